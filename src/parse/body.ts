import type {
  ArticleSource,
  ArticleTitle,
  Caption,
  Cell,
  Colophon,
  Draft,
  FlatNode,
  Heading,
  List,
  ListItem,
  Masthead,
  Note,
  Paragraph,
  SectionHeading,
  SourceItem,
  Sources,
  Span,
  Table
} from '../tree/types.js'
import {colophonOpeners, headerWords} from '../data/bulletin.js'
import {isBlank, normalizeKey, similarity, trimBlank} from '../util/text.js'
import {concatSpans, joinSpans, lineSpan, lineTail, sliceSpan} from '../tree/span.js'
import {linesPosition, spanPosition, type ParseContext} from './context.js'
import {lineEnd, type Line} from './lines.js'
import {circledNumber, patterns, romanNumber} from './patterns.js'
import {parseCell} from './cells.js'
import {captionKind, splitCredit} from './caption.js'
import {applyLabel} from './masthead.js'
import {inlineList} from './inline-list.js'
import {pushAll, maxOf} from '../util/arrays.js'

export interface BodyOptions {
  /** Section names, from the ToC and the bulletin's standing layout. */
  sectionNames: string[]
  /** ToC titles: a numbered line that matches one is an article, never a source item. */
  tocTitles: string[]
  /** Masthead, to finish from the closing block; null for generic text. */
  masthead: Masthead<Draft> | null
  /**
   * Starts of lines known to be article titles (Markdown `##` headings): there
   * `N. title` is a title even when it starts with a digit (`12. 3D 프린팅`).
   */
  articleLines?: ReadonlySet<number>
}

/** Minimum title similarity to treat a numbered line as a ToC article. */
const tocMatch = 0.6

/**
 * Read the body, line by line, into a flat list of blocks. Consecutive text
 * lines form one paragraph; blank lines end it. Page-break repairs and the
 * nesting into sections and articles are separate transforms.
 */
export function parseBody(
  context: ParseContext,
  start: number,
  options: BodyOptions
): {nodes: FlatNode[]; colophon: Colophon<Draft> | null} {
  const {lines} = context
  const sections = new Set(options.sectionNames.map(normalizeKey))
  const longestSection = maxOf(options.sectionNames.map((name) => name.length), 0) + 8
  const closingTitle = options.masthead?.title ? normalizeKey(options.masthead.title) : null
  // Normalizing is costly: only short lines can be section names or the closing title.
  const keyOf = (text: string) => (text.length <= longestSection ? normalizeKey(text) : '')
  const nodes: FlatNode[] = []
  let paragraph: Span[] | null = null
  let sources: Sources<Draft> | null = null
  let articles = 0

  const flush = () => {
    if (paragraph) {
      pushAll(nodes, textBlocks(context, concatSpans(paragraph, ' ')))
      paragraph = null
    }
  }

  const matchesToc = (title: string) =>
    options.tocTitles.some((toc) => similarity(toc, title.replace(patterns.category, '').split(/ [—–―] /)[0]) >= tocMatch)

  let index = start
  for (; index < lines.length; index++) {
    const line = lines[index]
    const text = trimBlank(line.text)

    if (isBlank(line.text)) {
      flush()
      continue
    }

    // The closing block: the bulletin's name again, or a subscription notice.
    if (
      articles > 0 &&
      ((closingTitle && keyOf(text) === closingTitle) ||
        colophonOpeners.some((opener) => text.startsWith(opener)))
    ) {
      flush()
      break
    }

    if (sources) {
      const taken = sourceLine(context, sources, line, text, matchesToc)
      if (taken) continue
      sources = null
    }

    if (sections.has(keyOf(text)) && !line.text.includes('\t')) {
      flush()
      const node: SectionHeading = {type: 'sectionHeading', title: text, position: linesPosition(context, line, line)}
      nodes.push(node)
      continue
    }

    if (line.text.includes('\t') && isTableRow(line.text)) {
      flush()
      const first = index
      while (index + 1 < lines.length && lines[index + 1].text.includes('\t') && isTableRow(lines[index + 1].text)) index++
      nodes.push(table(context, lines.slice(first, index + 1)))
      continue
    }

    const caption = patterns.caption.exec(text)
    if (caption && (caption[3] || caption[4])) {
      flush()
      nodes.push(captionNode(context, line, caption))
      continue
    }

    const note = patterns.note.exec(text) ?? patterns.bareNote.exec(text)
    if (note) {
      flush()
      nodes.push(noteNode(context, line, note))
      continue
    }

    const sourcesMatch = patterns.sources.exec(text)
    if (sourcesMatch) {
      flush()
      sources = {type: 'sources', items: [], position: linesPosition(context, line, line)}
      if (sourcesMatch[1]) {
        const span = lineTail(line, sourcesMatch[1].length)
        sources.items.push(sourceItem(context, null, span))
      }
      nodes.push(sources)
      continue
    }

    const explicit = options.articleLines?.has(line.start) ?? false
    const title = patterns.articleTitle.exec(text) ?? (explicit ? patterns.numberedLine.exec(text) : null)
    if (title) {
      flush()
      const node = articleTitle(context, line, title)
      if (explicit) node.explicit = true
      nodes.push(node)
      articles++
      continue
    }

    const source = patterns.articleSource.exec(text)
    if (source) {
      flush()
      const node: ArticleSource = {
        type: 'articleSource',
        span: lineTail(line, source[1].length),
        position: linesPosition(context, line, line)
      }
      nodes.push(node)
      continue
    }

    const heading = headingOf(context, line, text)
    if (heading) {
      flush()
      pushAll(nodes, heading)
      continue
    }

    const item = listItemOf(context, line)
    if (item) {
      flush()
      appendItem(nodes, item.node, item.indent)
      continue
    }

    // A text line: continue the paragraph (hard-wrapped text) or start one.
    const span = lineSpan(line)
    if (paragraph) paragraph.push(span)
    else paragraph = [span]
  }
  flush()
  markPlainHeadings(nodes)

  let colophon: Colophon<Draft> | null = null
  if (index < lines.length) {
    const rest = lines.slice(index).filter((line) => !isBlank(line.text))
    colophon = {
      type: 'colophon',
      lines: rest.map((line) => line.text.trim()),
      position: linesPosition(context, rest[0], rest[rest.length - 1])
    }
    if (options.masthead) {
      for (const text of colophon.lines) applyLabel(options.masthead, text)
    }
  }
  return {nodes, colophon}
}

/** A line with tabs whose cells are not all empty. */
function isTableRow(text: string): boolean {
  let filled = 0
  for (const cell of text.split('\t')) if (!isBlank(cell)) filled++
  return filled >= 2 || (filled === 1 && text.split('\t').length >= 2 && !isBlank(text.split('\t')[0]))
}

function table(context: ParseContext, rows: Line[]): Table<Draft> {
  const cells: Cell<Draft>[][] = rows.map((line) => {
    const row: Cell<Draft>[] = []
    let from = 0
    for (const raw of line.text.split('\t')) {
      row.push(parseCell(context, line, from, from + raw.length))
      from += raw.length + 1
    }
    while (row.length > 1 && row[row.length - 1].span.text === '') row.pop()
    return row
  })
  return {
    type: 'table',
    rows: cells,
    header: isHeaderRow(cells),
    caption: null,
    position: linesPosition(context, rows[0], rows[rows.length - 1])
  }
}

/** A first row of short labels above rows that differ from it. */
function isHeaderRow(rows: Cell<Draft>[][]): boolean {
  if (rows.length < 2) return false
  const head = rows[0]
  if (head.some((cell) => cell.items || cell.span.text.length > 40)) return false
  if (headerWords.includes(head[0].span.text.replace(/\s/g, ''))) return true
  const digits = (row: Cell<Draft>[]) => row.some((cell) => /\d/.test(cell.span.text))
  return !digits(head) && rows.slice(1).some(digits)
}

function captionNode(context: ParseContext, line: Line, match: RegExpExecArray): Caption<Draft> {
  const whole = lineSpan(line)
  const bodyStart = whole.text.length - (match[4]?.length ?? 0)
  const span = sliceSpan(whole, bodyStart)
  const kind = captionKind(match[1])
  const {credit, text} = splitCredit(span, kind)
  if (!match[3]) {
    context.report(
      `caption \`${match[1]} ${match[2]}\` has no \`)\` after its number`,
      context.toPoint(line.start + line.text.indexOf(match[1])),
      'caption-format'
    )
  }
  return {
    type: 'caption',
    kind,
    number: Number(match[2]),
    label: match[1],
    span,
    text,
    credit,
    imageOnly: false,
    position: spanPosition(context, whole)
  }
}

function noteNode(context: ParseContext, line: Line, match: RegExpExecArray): Note<Draft> {
  const whole = lineSpan(line)
  let to = whole.text.length
  if (whole.text.startsWith('(') && whole.text.endsWith(')')) to--
  const span = sliceSpan(whole, whole.text.length - match[2].length, Math.max(to, whole.text.length - match[2].length))
  return {type: 'note', term: match[1].trim(), span, position: spanPosition(context, whole)}
}

/** Take a line into the open source list; false ends the list. */
function sourceLine(
  context: ParseContext,
  sources: Sources<Draft>,
  line: Line,
  text: string,
  matchesToc: (title: string) => boolean
): boolean {
  const last = sources.items[sources.items.length - 1]
  const numbered = patterns.sourceItem.exec(text)
  if (numbered && !matchesToc(numbered[2])) {
    const number = Number(numbered[1])
    const expected = last ? (last.number === null ? -1 : last.number + 1) : 1
    if (number === expected) {
      const span = lineTail(line, numbered[2].length)
      sources.items.push(sourceItem(context, number, span))
      sources.position.end = context.toPoint(lineEnd(line))
      return true
    }
    return false
  }
  const continuation = patterns.continuation.exec(text)
  const urlOnly = /^<?(?:https?:\/\/|www\.)\S{1,2000}$/.test(text)
  if (last && (continuation || urlOnly)) {
    last.span = joinSpans(last.span, lineSpan(line), ' ')
    last.urls = urlsOf(last.span.text)
    last.position.end = context.toPoint(lineEnd(line))
    sources.position.end = last.position.end
    return true
  }
  return false
}

function sourceItem(context: ParseContext, number: number | null, span: Span): SourceItem<Draft> {
  return {type: 'sourceItem', number, span, urls: urlsOf(span.text), position: spanPosition(context, span)}
}

function urlsOf(text: string): string[] {
  const urls: string[] = []
  for (const match of text.matchAll(patterns.url)) urls.push(match[1])
  return urls
}

function articleTitle(context: ParseContext, line: Line, match: RegExpExecArray): ArticleTitle {
  let span = lineTail(line, match[2].length)
  const category = patterns.category.exec(span.text)
  if (category) span = sliceSpan(span, category[0].length)
  let source: Span | null = null
  const dash = patterns.trailingSource.exec(span.text)
  if (dash) {
    source = sliceSpan(span, dash.index + dash[0].length)
    span = sliceSpan(span, 0, dash.index)
  }
  return {
    type: 'articleTitle',
    number: Number(match[1]),
    title: span,
    category: category ? category[1].trim() : null,
    source,
    position: linesPosition(context, line, line)
  }
}

/**
 * A marked heading: `1)`, `①`, `i.`, `Ⅱ.`, `▶`. A `▶` line that goes on
 * after `:` with whole sentences is a heading followed by a paragraph.
 */
const headingKinds: Array<[RegExp, string, (mark: string) => number | null]> = [
  [patterns.parenHeading, 'paren', (mark) => Number(mark)],
  [patterns.circledHeading, 'circled', circledNumber],
  [patterns.romanHeading, 'roman', romanNumber],
  [patterns.upperRomanHeading, 'upper-roman', romanNumber],
  [patterns.arrowHeading, 'arrow', () => null]
]

function headingOf(context: ParseContext, line: Line, text: string): FlatNode[] | undefined {
  for (const [pattern, markerKind, ordinal] of headingKinds) {
    const match = pattern.exec(text)
    if (!match) continue
    const whole = lineSpan(line)
    let span = sliceSpan(whole, whole.text.length - match[2].length)
    const marker = markerKind === 'paren' ? `${match[1]})` : markerKind === 'roman' ? `${match[1]}.` : match[1]
    const nodes: FlatNode[] = []
    let rest: Span | null = null
    const colon = span.text.indexOf(': ')
    if (colon > 0 && colon < 40) {
      const after = sliceSpan(span, colon + 1)
      if (after.text.length >= 20 && /[.다]$/.test(after.text)) {
        rest = after
        span = sliceSpan(span, 0, colon)
      }
    }
    const heading: Heading<Draft> = {
      type: 'heading',
      marker,
      markerKind,
      ordinal: ordinal(match[1]),
      level: 1,
      span,
      position: spanPosition(context, rest ? sliceSpan(whole, 0, whole.text.length - rest.text.length - 1) : whole)
    }
    nodes.push(heading)
    if (rest) pushAll(nodes, textBlocks(context, rest))
    return nodes
  }
  return undefined
}

function listItemOf(context: ParseContext, line: Line): {node: ListItem<Draft>; indent: number} | undefined {
  const match = patterns.listItem.exec(line.text)
  if (!match) return undefined
  const marker = match[2]
  // `-` is a bullet only when a space follows it (`-30%` is a number).
  if (marker === '-' && !/^\s*-[\s\u00a0]/.test(line.text)) return undefined
  const span = lineSpan(line, line.text.length - match[3].length)
  const label = /^([\u2460-\u2473]|\d{1,2}\))\s*/.exec(span.text)
  return {
    indent: match[1].replace(/\t/g, '  ').length,
    node: {
      type: 'listItem',
      marker,
      label: label ? label[1] : null,
      span,
      children: [],
      position: spanPosition(context, lineSpan(line))
    }
  }
}

/** Put an item into the list just before it (nested by indentation), or open a list. */
function appendItem(nodes: FlatNode[], item: ListItem<Draft>, indent: number) {
  const previous = nodes[nodes.length - 1]
  if (previous && previous.type === 'list' && !previous.inline) {
    let siblings = previous.items
    const last = siblings[siblings.length - 1]
    if (indent > 0 && last) {
      siblings = last.children
      const deeper = siblings[siblings.length - 1]
      if (indent > 2 && deeper) siblings = deeper.children
    }
    siblings.push(item)
    previous.position.end = item.position.end
    return
  }
  const list: List<Draft> = {
    type: 'list',
    inline: false,
    span: null,
    lead: null,
    items: [item],
    position: {start: item.position.start, end: item.position.end}
  }
  nodes.push(list)
}

/** A paragraph, or an inline list when the text runs `○ a ○ b ○ c`. */
function textBlocks(context: ParseContext, span: Span): FlatNode[] {
  const list = inlineList(context, span)
  if (list) return [list]
  const node: Paragraph<Draft> = {type: 'paragraph', span, position: spanPosition(context, span)}
  return [node]
}

/** Longest line read as an unmarked heading. */
const plainHeadingLength = 40

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
