import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, FlatNode, Paragraph, Span} from '../tree/types.js'
import {linesSpan} from '../tree/span.js'
import {spanPosition, type ParseContext} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {inlineList} from './inline-list.js'
import {mdParagraph} from './mdast.js'
import {pushAll} from '../util/arrays.js'

/**
 * Text lines: consecutive lines are one paragraph (hard-wrapped text),
 * ended by a blank line or a line another block type takes. Last in the
 * order: it takes any line.
 */
export const paragraph: BlockModule<Paragraph, Static<typeof contract.paragraph>> = {
  type: 'paragraph',
  letter: 'p',
  read: {
    precedence: 100,
    test: () => true,
    build(_, index, reader) {
      const {lines} = reader.context
      let last = index
      while (last + 1 < lines.length && !reader.interrupts(last + 1)) last++
      pushAll(reader.nodes, textBlocks(reader.context, linesSpan(lines, index, last, ' ')))
      return last
    }
  },
  json: contract.paragraph,
  units: (node) => [{span: node.span, block: node.id, blockType: 'paragraph'}],
  toJson: (node) => ({id: node.id, type: 'paragraph', text: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text,
  toMdast: (json) => [mdParagraph(json.text)]
}

/** A paragraph, or an inline list when the text runs `○ a ○ b ○ c`. */
export function textBlocks(context: ParseContext, span: Span): FlatNode[] {
  const list = inlineList(context, span)
  if (list) return [list]
  const node: Paragraph<Draft> = {type: 'paragraph', span, position: spanPosition(context, span)}
  return [node]
}
