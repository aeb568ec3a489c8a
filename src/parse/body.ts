import type {ArticleSource, ArticleTitle, Colophon, Draft, FlatNode, Line, Masthead, SectionHeading, Span} from '../tree/types.js'
import {colophonOpeners} from '../data/bulletin.js'
import {isBlank, normalizeKey, similarity, trimBlank} from '../util/text.js'
import {lineTail, sliceSpan} from '../tree/span.js'
import {linesPosition, type ParseContext} from '../lines/context.js'
import type {BodyReader, LineReader} from '../lines/reader.js'
import {patterns} from './patterns.js'
import {applyLabel} from './masthead.js'
import {blockModules, type BlockModule} from '../blocks/index.js'
import {maxOf} from '../util/arrays.js'

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
 * Read the body into a flat list of blocks. Each line goes to the line
 * readers in order of precedence: the block types of the registry
 * (`blocks/index.ts`) and, between them, the lines that shape the issue
 * (section names, article titles, article sources). The first whose test
 * matches builds; a block left open (a source list) sees the next lines
 * first. Page-break repairs and the nesting into sections and articles are
 * separate transforms.
 */
export function parseBody(
  context: ParseContext,
  start: number,
  options: BodyOptions
): {nodes: FlatNode[]; colophon: Colophon<Draft> | null} {
  const {lines} = context
  const closingTitle = options.masthead?.title ? normalizeKey(options.masthead.title) : null
  const nodes: FlatNode[] = []
  const frame = frameReaders(context, nodes, options)
  const order = readerOrder(frame.readers)
  const readers = order.sorted.map((slot) => (slot < frame.readers.length ? frame.readers[slot] : order.modules[slot - frame.readers.length].read))
  /** The readers to try on a line, as places in `readers`. */
  const candidates = (text: string) => order.candidates(text.codePointAt(0) ?? 0)
  let open = null as ((line: Line, text: string) => boolean) | null
  let current = null as LineReader | null

  // The closing block: the bulletin's name again, or a subscription notice.
  const closes = (text: string) =>
    frame.articles() > 0 && ((closingTitle !== null && frame.keyOf(text) === closingTitle) || opensColophon(text))

  const reader: BodyReader = {
    context,
    nodes,
    matchesToc: frame.matchesToc,
    interrupts(index) {
      const line = lines[index]
      if (isBlank(line.text)) return true
      const text = trimBlank(line.text)
      if (closes(text)) return true
      for (const at of candidates(text)) {
        const each = readers[at]
        if (each !== current && each.test(line, text) !== null) return true
      }
      return false
    },
    open(take) {
      open = take
    }
  }

  let index = start
  for (; index < lines.length; index++) {
    const line = lines[index]
    if (isBlank(line.text)) continue
    const text = trimBlank(line.text)
    if (closes(text)) break
    if (open) {
      if (open(line, text)) continue
      open = null
    }
    for (const at of candidates(text)) {
      const each = readers[at]
      const match = each.test(line, text)
      if (match === null) continue
      current = each
      index = each.build(match, index, reader)
      current = null
      break
    }
  }
  for (const each of readers) each.finish?.(nodes)

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

/** First characters of the colophon's openers: a line starting otherwise is not tested against each. */
const openerStarts = new Set(colophonOpeners.map((opener) => opener.charCodeAt(0)))

/** Whether a line opens the closing block with a subscription notice (`구독 문의`). */
function opensColophon(text: string): boolean {
  return openerStarts.has(text.charCodeAt(0)) && colophonOpeners.some((opener) => text.startsWith(opener))
}

/** The readers' order of precedence, and which of them a line can match by its first character (`LineReader.starts`). */
interface ReaderOrder {
  /** The block modules it was worked out for. */
  modules: readonly BlockModule[]
  /** The frame readers' precedence and starts it was worked out for. */
  frame: ReadonlyArray<Pick<LineReader, 'precedence' | 'starts'>>
  /** Slots in order of precedence: the frame readers first, then the modules' readers, as registered. */
  sorted: number[]
  /** The readers to try on a line starting with this code point, as places in the sorted order. */
  candidates(first: number): readonly number[]
}

let lastOrder: ReaderOrder | null = null

/**
 * The order of the frame readers and the block modules' readers, and the readers to try per
 * first character, worked out again only when the registered modules or the frame readers'
 * precedence or starts change (the frame readers are made anew for each issue, the same each
 * time): sorting and reading every `starts` string for each issue cost more than reading a
 * short issue's lines.
 */
function readerOrder(frame: readonly LineReader[]): ReaderOrder {
  const modules = blockModules()
  if (lastOrder && lastOrder.modules === modules && sameFrame(lastOrder.frame, frame)) return lastOrder
  const all = [...frame, ...modules.map((module) => module.read)]
  // Array sort is stable: ties keep registration order.
  const sorted = all.map((_, slot) => slot).sort((a, b) => all[a].precedence - all[b].precedence)
  const starts = sorted.map((slot) => all[slot].starts)
  const named = new Set<number>()
  for (const each of starts) for (const char of each ?? '') named.add(char.codePointAt(0)!)
  const places = (char: string | null) => {
    const found: number[] = []
    starts.forEach((each, at) => {
      if (each === undefined || (char !== null && each.includes(char))) found.push(at)
    })
    return found
  }
  // A character no reader names as a start (most letters) gets the readers that take any line.
  const anyStart = places(null)
  const byFirst = new Map<number, number[]>()
  const candidates = (first: number) => {
    if (!named.has(first)) return anyStart
    let found = byFirst.get(first)
    if (!found) byFirst.set(first, (found = places(String.fromCodePoint(first))))
    return found
  }
  lastOrder = {modules, frame: frame.map(({precedence, starts}) => ({precedence, starts})), sorted, candidates}
  return lastOrder
}

/** Whether the frame readers have the precedence and starts an order was worked out for. */
function sameFrame(known: ReaderOrder['frame'], frame: readonly LineReader[]): boolean {
  return known.length === frame.length && frame.every((each, at) => each.precedence === known[at].precedence && each.starts === known[at].starts)
}

/**
 * The lines that shape the issue rather than make a block: section names
 * (precedence 10), article titles (60) and article sources (70).
 */
function frameReaders(context: ParseContext, nodes: FlatNode[], options: BodyOptions) {
  const sections = new Set(options.sectionNames.map(normalizeKey))
  const longestSection = maxOf(options.sectionNames.map((name) => name.length), 0) + 8
  // Normalizing is costly: only short lines can be section names or the closing title.
  const keyOf = (text: string) => (text.length <= longestSection ? normalizeKey(text) : '')
  const matchesToc = (title: string) => {
    if (options.tocTitles.length === 0) return false
    // The title without its category and trailing source, made once for all the ToC's titles.
    const bare = title.replace(patterns.category, '').split(/ [—–―] /)[0]
    return options.tocTitles.some((toc) => similarity(toc, bare) >= tocMatch)
  }
  let articles = 0

  const section: LineReader<true> = {
    precedence: 10,
    test: (line, text) => (sections.has(keyOf(text)) && !line.text.includes('\t') ? true : null),
    build(_, index) {
      const line = context.lines[index]
      const node: SectionHeading = {type: 'sectionHeading', title: trimBlank(line.text), position: linesPosition(context, line, line)}
      nodes.push(node)
      return index
    }
  }
  const title: LineReader<{match: RegExpExecArray; explicit: boolean}> = {
    precedence: 60,
    starts: '0123456789',
    test(line, text) {
      const explicit = options.articleLines?.has(line.start) ?? false
      const match = patterns.articleTitle.exec(text) ?? (explicit ? patterns.numberedLine.exec(text) : null)
      return match ? {match, explicit} : null
    },
    build({match, explicit}, index) {
      const node = articleTitle(context, context.lines[index], match)
      if (explicit) node.explicit = true
      nodes.push(node)
      articles++
      return index
    }
  }
  const source: LineReader<RegExpExecArray> = {
    precedence: 70,
    starts: '—–―',
    test: (_, text) => patterns.articleSource.exec(text),
    build(match, index) {
      const line = context.lines[index]
      const node: ArticleSource = {type: 'articleSource', span: lineTail(line, match[1].length), position: linesPosition(context, line, line)}
      nodes.push(node)
      return index
    }
  }
  return {readers: [section, title, source] as LineReader[], keyOf, matchesToc, articles: () => articles}
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
