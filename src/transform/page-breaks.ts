import type {Draft, FlatRoot, Paragraph, Span} from '../tree/types.js'
import {terminalCharacters} from '../data/page-breaks.js'
import {firstWord, lastWord, tailGlues, trimPunctuation, type CutTail} from '../lang/word-glue.js'
import {isAllHangulSyllables} from '../util/chars.js'
import {clip} from '../util/text.js'
import {isLetterOrNumber} from '../util/unicode-class.js'
import type {Report} from '../lines/context.js'

/** A page-wide line: shorter paragraphs ending without punctuation are headings or labels. */
const minimumBrokenLength = 40
/** `·`, which joins words (`한·중`): a text ending in it goes on. */
const middleDot = 0xb7

/**
 * Rejoin paragraphs that a page break cut in two: the first ends without
 * closing punctuation, the second follows after blank lines only. The word
 * split by the break is glued without a space when either side is a
 * fragment (`현` + `실 세계`, `시장보` + `다 낮은`). Each repair is reported
 * as `page-break-join`. Only paragraphs are joined: never captions, list
 * items, headings or the masthead.
 */
export function repairPageBreaks(root: FlatRoot, report: Report): void {
  // One pass; a run of joins is concatenated once at its end, so thousands of
  // short broken paragraphs in a row cost linear time, not a copy per join.
  // `open`: what the next paragraph may go on. Most paragraphs are joined to
  // nothing: the last one is kept as it is, and a chain is made only at its first join.
  const out: FlatRoot['children'] = []
  let open: Paragraph<Draft> | Chain | null = null
  const close = () => {
    if (open) out.push(open instanceof Chain ? open.paragraph() : open)
    open = null
  }
  for (const node of root.children) {
    if (open && isParagraph(node) && joinsOn(open, node)) {
      const chain: Chain = open instanceof Chain ? open : (open = new Chain(open))
      const head = trimPunctuation(firstWord(node.span.text))
      const glue = chain.gluesWithoutSpace(head) ? '' : ' '
      const tail = chain.tailForMessage()
      const shown = clip(firstWord(node.span.text))
      report(
        `rejoined \`${tail}\` + \`${shown}\` as \`${tail}${glue}${shown}\` across a page break (lines ${chain.endLine}–${node.position.start.line})`,
        {start: chain.end, end: node.position.start},
        'page-break-join'
      )
      chain.add(node, glue)
      continue
    }
    close()
    if (isParagraph(node)) open = node
    else out.push(node)
  }
  close()
  root.children.length = 0
  for (const node of out) root.children.push(node)
}

/** Whether `next` goes on what a page break cut: the text before it ends without closing punctuation, and blank lines lie between. */
function joinsOn(before: Chain | Paragraph<Draft>, next: Paragraph<Draft>): boolean {
  if (before instanceof Chain) return before.broken() && next.position.start.line - before.endLine >= 2
  return endsBroken(before.span.text.length, before.span.text) && next.position.start.line - before.position.end.line >= 2
}

/** A text of `length` characters whose last non-empty part is `last` ends where a page break cut it: long, and its last character a letter or digit. */
function endsBroken(length: number, last: string): boolean {
  if (length < minimumBrokenLength) return false
  if (last.length === 0) return false
  // the last code unit, as `[\p{L}\p{N}·]` read it: half an astral character is neither
  const code = last.charCodeAt(last.length - 1)
  return (code === middleDot || isLetterOrNumber(code)) && !terminalCharacters.has(last[last.length - 1]!)
}

/** Paragraphs being rejoined: what the next join needs of their text, kept up to date without building it. */
class Chain {
  private readonly parts: Array<Paragraph<Draft>>
  private readonly glues: string[] = []
  private length: number
  /** The text of the last part that has any. */
  private lastText: string
  /** The last word of the joined text (after its last space): what the glue rule needs of it, and its first 40 characters. */
  private tail: CutTail = {hangul: false, length: 0, last: ''}
  private tailStart = ''

  constructor(first: Paragraph<Draft>) {
    this.parts = [first]
    this.length = first.span.text.length
    this.lastText = first.span.text
    this.resetTail(lastWord(first.span.text))
  }

  get endLine(): number {
    return this.parts[this.parts.length - 1]!.position.end.line
  }

  get end(): Paragraph<Draft>['position']['end'] {
    return this.parts[this.parts.length - 1]!.position.end
  }

  broken(): boolean {
    return endsBroken(this.length, this.lastText)
  }

  /** `gluesWithoutSpace` of the joined text's last word and the next paragraph's first word. */
  gluesWithoutSpace(head: string): boolean {
    return tailGlues(this.tail, head)
  }

  tailForMessage(): string {
    return this.tail.length <= 40 ? this.tailStart : this.tailStart.slice(0, 39) + '…'
  }

  add(next: Paragraph<Draft>, glue: string): void {
    const text = next.span.text
    this.parts.push(next)
    this.glues.push(glue)
    this.length += glue.length + text.length
    if (text.length > 0) this.lastText = text
    if (text.includes(' ') || glue !== '') this.resetTail(lastWord(text))
    else {
      // Glued without a space: the last word goes on into this paragraph.
      if (this.tailStart.length < 40) this.tailStart = (this.tailStart + text).slice(0, 40)
      this.tail.length += text.length
      this.tail.hangul = this.tail.hangul && isAllHangulSyllables(text)
      this.tail.last = text[text.length - 1] ?? this.tail.last
    }
  }

  paragraph(): Paragraph<Draft> {
    if (this.parts.length === 1) return this.parts[0]!
    const spans = this.parts.map((part) => part.span)
    return {
      type: 'paragraph',
      span: concatGlued(spans, this.glues),
      position: {start: this.parts[0]!.position.start, end: this.end}
    }
  }

  private resetTail(word: string): void {
    this.tailStart = word.slice(0, 40)
    this.tail = {hangul: isAllHangulSyllables(word), length: word.length, last: word[word.length - 1] ?? ''}
  }
}

/** Spans joined with `glues[i - 1]` before span `i` (each glue maps to the end of the span before it). */
function concatGlued(spans: Span[], glues: string[]): Span {
  const texts: string[] = []
  const map: Span['map'] = []
  let length = 0
  spans.forEach((span, index) => {
    if (index > 0) {
      texts.push(glues[index - 1]!)
      length += glues[index - 1]!.length
    }
    for (const segment of span.map) map.push({at: segment.at + length, offset: segment.offset})
    texts.push(span.text)
    length += span.text.length
  })
  return {text: texts.join(''), map}
}

function isParagraph(node: FlatRoot['children'][number]): node is Paragraph<Draft> {
  return node.type === 'paragraph'
}

