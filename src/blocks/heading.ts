import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, FlatNode, Heading, Paragraph, Span} from '../tree/types.js'
import {lineSpan, sliceSpan} from '../tree/span.js'
import {spanPosition} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {textBlocks} from './paragraph.js'
import {mdText} from './mdast.js'
import {pushAll} from '../util/arrays.js'

/** Marker kinds: pattern (marker, text), kind, the marker as written, the number it stands for. */
const kinds: Array<{pattern: RegExp; kind: string; marker: (mark: string) => string; ordinal: (mark: string) => number | null}> = [
  {pattern: /^(\d{1,2})\)\s*(\S.*)$/, kind: 'paren', marker: (mark) => `${mark})`, ordinal: (mark) => Number(mark)},
  {pattern: /^([\u2460-\u2473\u24eb-\u24f4])\s*(\S.*)$/, kind: 'circled', marker: (mark) => mark, ordinal: circledNumber},
  {pattern: /^(i{1,3}|iv|vi{0,3}|ix|x)\.\s+(\S.*)$/, kind: 'roman', marker: (mark) => `${mark}.`, ordinal: romanNumber},
  {pattern: /^([\u2160-\u2169])[.)]?\s+(\S.*)$/, kind: 'upper-roman', marker: (mark) => mark, ordinal: romanNumber},
  {pattern: /^([▶►▷■□◆◇])\s*(\S.*)$/, kind: 'arrow', marker: (mark) => mark, ordinal: () => null}
]

type Kind = (typeof kinds)[number]

/** First characters of the markers above: digits, circled digits, roman numerals, arrows. */
const headingStarts = '0123456789ivxⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ▶►▷■□◆◇' + range(0x2460, 0x2473) + range(0x24eb, 0x24f4)

/** Longest line read as an unmarked heading. */
const plainHeadingLength = 40

/**
 * Headings inside an article, marked `1)`, `①`, `i.`, `Ⅱ.`, `▶`, and
 * unmarked ones (a short line right before a list). A `▶` line that goes
 * on after `:` with whole sentences is a heading followed by a paragraph.
 */
export const heading: BlockModule<Heading, Static<typeof contract.heading>> = {
  type: 'heading',
  letter: 'h',
  read: {
    precedence: 80,
    starts: headingStarts,
    marks: (text) => kinds.some((kind) => kind.pattern.test(text)),
    test(_, text) {
      for (const kind of kinds) {
        const match = kind.pattern.exec(text)
        if (match) return {kind, match}
      }
      return null
    },
    build({kind, match}: {kind: Kind; match: RegExpExecArray}, index, reader) {
      const {context} = reader
      const whole = lineSpan(context.lines[index])
      let span = sliceSpan(whole, whole.text.length - match[2].length)
      let rest: Span | null = null
      const colon = span.text.indexOf(': ')
      if (colon > 0 && colon < 40) {
        const after = sliceSpan(span, colon + 1)
        if (after.text.length >= 20 && /[.다]$/.test(after.text)) {
          rest = after
          span = sliceSpan(span, 0, colon)
        }
      }
      reader.nodes.push({
        type: 'heading',
        marker: kind.marker(match[1]),
        markerKind: kind.kind,
        ordinal: kind.ordinal(match[1]),
        level: 1,
        span,
        position: spanPosition(context, rest ? sliceSpan(whole, 0, whole.text.length - rest.text.length - 1) : whole)
      })
      if (rest) pushAll(reader.nodes, textBlocks(context, rest))
      return index
    },
    finish: markPlainHeadings
  },
  json: contract.heading,
  units: (node) => [{span: node.span, block: node.id, blockType: 'heading'}],
  toJson: (node) => ({id: node.id, type: 'heading', marker: node.marker, level: node.level, title: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.title,
  toMdast(json) {
    // With its marker, one level deeper per heading level (`### 1) …`, `#### ① …`).
    const title = json.marker ? `${json.marker} ${json.title}` : json.title
    const depth = Math.min(6, 2 + Math.max(1, json.level)) as 3 | 4 | 5 | 6
    return [{type: 'heading', depth, children: [mdText(title)]}]
  }
}

/**
 * An unmarked heading: a short one-line paragraph without closing
 * punctuation, right before a list (`디지털화로 품종 증대` / `- ① …`).
 */
function markPlainHeadings(nodes: FlatNode[]) {
  for (let index = 0; index + 1 < nodes.length; index++) {
    const node = nodes[index]
    const next = nodes[index + 1]
    if (node.type !== 'paragraph' || next.type !== 'list' || next.inline) continue
    const text = node.span.text
    if (text.length > plainHeadingLength || node.span.map.length > 1 || /[.!?。:：,]$|다$/.test(text)) continue
    nodes[index] = plainHeading(node)
  }
}

/** A paragraph read as an unmarked heading (level set later by the structure transform). */
export function plainHeading(node: Paragraph<Draft>): Heading<Draft> {
  return {type: 'heading', marker: null, markerKind: 'plain', ordinal: null, level: 1, span: node.span, position: node.position}
}

function range(from: number, to: number): string {
  let out = ''
  for (let code = from; code <= to; code++) out += String.fromCharCode(code)
  return out
}

/** Circled digits ①–⑳ and ⓫–⓴ → their number. */
function circledNumber(mark: string): number {
  const code = mark.codePointAt(0) ?? 0
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1
  if (code >= 0x24eb && code <= 0x24f4) return code - 0x24eb + 11
  return 0
}

const romans: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10}

function romanNumber(mark: string): number {
  const code = mark.codePointAt(0) ?? 0
  if (code >= 0x2160 && code <= 0x2169) return code - 0x2160 + 1
  return romans[mark.toLowerCase()] ?? 0
}
