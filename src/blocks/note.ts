import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Note} from '../tree/types.js'
import {lineSpan, sliceSpan} from '../tree/span.js'
import {spanPosition} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {mdParagraph} from './mdast.js'

/** `(*term 편집자 주: text)` and the bare `*term 편집자 주: text`. */
const notePatterns = [/^\(\*\s*([^:：]{1,80}?)\s*편집자\s*주\s*[:：]\s*(.*)$/, /^\*\s*([^:：]{1,80}?)\s*편집자\s*주\s*[:：]\s*(.*)$/]

/** Editor's notes `(*term 편집자 주: …)`. */
export const note: BlockModule<Note, Static<typeof contract.note>> = {
  type: 'note',
  letter: 'n',
  read: {
    precedence: 40,
    starts: '(*',
    marks: (text) => notePatterns.some((pattern) => pattern.test(text)),
    test: (_, text) => notePatterns[0].exec(text) ?? notePatterns[1].exec(text),
    build(match: RegExpExecArray, index, reader) {
      const whole = lineSpan(reader.context.lines[index])
      let to = whole.text.length
      if (whole.text.startsWith('(') && whole.text.endsWith(')')) to--
      const span = sliceSpan(whole, whole.text.length - match[2].length, Math.max(to, whole.text.length - match[2].length))
      reader.nodes.push({type: 'note', term: match[1].trim(), span, position: spanPosition(reader.context, whole)})
      return index
    }
  },
  json: contract.note,
  units: (node) => [{span: node.span, block: node.id, blockType: 'note', noteTerm: node.term}],
  toJson: (node) => ({id: node.id, type: 'note', term: node.term, text: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text,
  toMdast: (json) => [mdParagraph(`(*${json.term} 편집자 주: ${json.text})`)]
}
