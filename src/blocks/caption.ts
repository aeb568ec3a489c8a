import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Caption} from '../tree/types.js'
import {lineSpan, sliceSpan} from '../tree/span.js'
import {spanPosition} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {captionKind, splitCredit} from './caption-credit.js'
import {mdText} from './mdast.js'

/** `사진 1) 출처: …`: label, number, `)`, text. Anchored; a line without `)` or text is not a caption. */
export const captionPattern = /^(사진|표|그림|도표|차트)\s*(\d{1,3})\s*(\))?\s*(\S.*)?$/

/** `사진 1) …`, `표 2) …` captions (a table caption with no table: `imageOnly`). */
export const caption: BlockModule<Caption, Static<typeof contract.caption>> = {
  type: 'caption',
  letter: 'c',
  read: {
    precedence: 30,
    starts: '사표그도차',
    marks: (text) => captionPattern.test(text),
    test(_, text) {
      const match = captionPattern.exec(text)
      return match && (match[3] || match[4]) ? match : null
    },
    build(match: RegExpExecArray, index, reader) {
      const {context} = reader
      const line = context.lines[index]
      const whole = lineSpan(line)
      const span = sliceSpan(whole, whole.text.length - (match[4]?.length ?? 0))
      const kind = captionKind(match[1])
      const {credit, text} = splitCredit(span, kind)
      if (!match[3]) {
        context.report(
          `caption \`${match[1]} ${match[2]}\` has no \`)\` after its number`,
          context.toPoint(line.start + line.text.indexOf(match[1])),
          'caption-format'
        )
      }
      reader.nodes.push({
        type: 'caption',
        kind,
        number: Number(match[2]),
        label: match[1],
        span,
        text,
        credit,
        imageOnly: false,
        position: spanPosition(context, whole)
      })
      return index
    }
  },
  json: contract.caption,
  units: (node) => [{span: node.span, block: node.id, blockType: 'caption'}],
  toJson: (node) => ({
    id: node.id,
    type: 'caption',
    kind: node.kind,
    label: node.label,
    number: node.number,
    text: node.text,
    credit: node.credit,
    raw: node.span.text,
    imageOnly: node.imageOnly,
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text: (json) => json.raw,
  toMdast(json) {
    // An emphasised line `*사진 1) …*` (the serializer escapes `*` in the text).
    const head = json.number !== null ? `${json.label} ${json.number})` : json.label
    const line = json.raw ? `${head} ${json.raw}` : head
    return [{type: 'paragraph', children: [{type: 'emphasis', children: [mdText(line)]}]}]
  }
}
