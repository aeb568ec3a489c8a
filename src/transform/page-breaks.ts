import type {Paragraph, Root} from '../tree/types.js'
import {terminalCharacters} from '../data/page-breaks.js'
import {firstWord, gluesWithoutSpace, lastWord} from '../lang/word-glue.js'
import {joinSpans} from '../tree/span.js'
import {clip} from '../util/text.js'
import type {Report} from '../parse/context.js'

/** A page-wide line: shorter paragraphs ending without punctuation are headings or labels. */
const minimumBrokenLength = 40

/**
 * Rejoin paragraphs that a page break cut in two: the first ends without
 * closing punctuation, the second follows after blank lines only. The word
 * split by the break is glued without a space when either side is a
 * fragment (`현` + `실 세계`, `시장보` + `다 낮은`). Each repair is reported
 * as `page-break-join`. Only paragraphs are joined: never captions, list
 * items, headings or the masthead.
 */
export function repairPageBreaks(root: Root, report: Report): void {
  const children = root.children
  for (let index = 0; index + 1 < children.length; index++) {
    const left = children[index]
    const right = children[index + 1]
    if (!isParagraph(left) || !isParagraph(right)) continue
    if (!isBroken(left.span.text)) continue
    if (right.position.start.line - left.position.end.line < 2) continue

    const glue = gluesWithoutSpace(left.span.text, right.span.text) ? '' : ' '
    const tail = clip(lastWord(left.span.text))
    const head = clip(firstWord(right.span.text))
    report(
      `rejoined \`${tail}\` + \`${head}\` as \`${tail}${glue}${head}\` across a page break (lines ${left.position.end.line}–${right.position.start.line})`,
      {start: left.position.end, end: right.position.start},
      'page-break-join'
    )
    const joined: Paragraph = {
      type: 'paragraph',
      span: joinSpans(left.span, right.span, glue),
      position: {start: left.position.start, end: right.position.end}
    }
    children.splice(index, 2, joined)
    index--
  }
}

function isParagraph(node: Root['children'][number]): node is Paragraph {
  return node.type === 'paragraph'
}

function isBroken(text: string): boolean {
  if (text.length < minimumBrokenLength) return false
  const last = text[text.length - 1]
  return !terminalCharacters.has(last) && /[\p{L}\p{N}·]/u.test(last)
}
