/**
 * Markdown → kic's flat tree. The mdast (remark-parse + remark-gfm) is laid
 * out as the lines the text parser reads — a paragraph's lines, `- item`
 * lines indented by depth, tab-separated table rows, a caption line per
 * image — where every character keeps its offset in the Markdown source
 * (`Line.map`). The bulletin's own readers (masthead, ToC, and the body:
 * each block module's line test and builder) then run unchanged, so
 * Markdown and text give the same records. A block module with a
 * `fromMdast` hook lays out the Markdown blocks it claims itself (the
 * table module: GFM tables); the registry is asked first, in order.
 *
 * What Markdown adds, and how it maps:
 * - `#` heading: a marked title (`1. …` article, `1)` `①` `i.` `Ⅱ` `▶`
 *   heading, `사진 N)` caption, the masthead title) is read as its marker
 *   says, at any depth. Unmarked: depth 1 is a section, depth 2 an article
 *   (numbered in order within its section), depth 3–6 a heading without
 *   marker (`markerKind: 'plain'`).
 * - GFM table (`blocks/table.ts`): one tab row per table row; `<br>` and `<p>` are cut like the
 *   PDF export's HTML, `<li>` becomes a `•` item. In the front of the file a
 *   table whose rows end in page numbers (`P10`) is the table of contents.
 * - blockquote of one line: the article source (as a `— source` line).
 * - image: its alt text, or its title, when it reads `사진 N) …` / `표 N) …`, is a caption.
 * - front matter (`key: value` lines) or the first lines: the masthead.
 * - ordered list after `*출처:`: the numbered source items; elsewhere
 *   `- N. text` items. Bullets `•` `○` written inside a `-` item keep their marker.
 */
import {pointLocator} from '../util/line-breaks.js'
import type {Heading as MdHeading, Image, List as MdList, Nodes, PhrasingContent, Root as MdRoot, RootContent, Table as MdTable} from 'mdast'
import type {Draft, FlatNode, FlatRoot, Heading, Masthead, Segment, Span, Toc, TocEntry} from '../tree/types.js'
import {sectionNames} from '../data/bulletin.js'
import {mastheadLabels} from '../data/bulletin.js'
import {isBlank} from '../util/text.js'
import {joinSpans, sliceSpan, spanOffset} from '../tree/span.js'
import {lineEnd, type Line} from '../lines/split.js'
import {spanPosition, type ParseContext, type Report} from '../lines/context.js'
import {patterns} from '../parse/patterns.js'
import {emptyMasthead, parseMasthead, isoDate} from '../parse/masthead.js'
import {parseBody} from '../parse/body.js'
import {blockModules, type MarkdownLayout} from '../blocks/index.js'
import {plainHeading as plainHeadingOf} from '../blocks/heading.js'
import {captionPattern} from '../blocks/caption.js'
import {sourcesPattern} from '../blocks/sources.js'
import type {FrontMatter} from './front-matter.js'
import {pushAll, maxOf} from '../util/arrays.js'
import {everyCodePoint, isLetterOrNumber} from '../util/unicode-class.js'

export interface FromMdastOptions {
  /** Front matter read off the source (see `readFrontMatter`). */
  frontMatter?: FrontMatter | null
  report?: Report
}

/** Map a Markdown tree over `source` to the flat kic tree the text parser makes. */
export function fromMdast(tree: MdRoot, source: string, options: FromMdastOptions = {}): FlatRoot {
  const report: Report = options.report ?? (() => {})
  const toPoint = pointLocator(source)

  const layout = new Layout(source, toPoint)
  for (const node of tree.children) layout.top(node)
  const lines = layout.lines
  if (lines.length === 0) lines.push({number: 1, start: 0, text: ''})
  const context: ParseContext = {lines, toPoint, report}

  const root: FlatRoot = {
    type: 'root',
    children: [],
    position: {start: toPoint(0), end: toPoint(source.length)}
  }

  // Masthead: front matter, or the first lines (up to the first heading, list or table).
  let masthead: Masthead<Draft> | null = options.frontMatter ? mastheadOf(options.frontMatter, source, toPoint) : null
  let next = 0
  if (!masthead) {
    const front = layout.blocks.find((block) => block.opensBody)
    const found = parseMasthead({...context, lines: lines.slice(0, front ? front.first : lines.length)})
    if (found) {
      masthead = found.node
      next = found.next
    }
  }
  if (masthead) {
    root.children.push(masthead)
  } else {
    const first = lines.find((line) => !isBlank(line.text)) ?? lines[0]
    report(
      'no bulletin masthead (front matter `number:` or `주간 중국 창업 제 N호`): read as generic text',
      toPoint(first.start),
      'no-masthead'
    )
  }

  const toc = readToc(layout, next, context)
  if (toc) {
    root.children.push(toc.node)
    next = toc.next
  }

  const names = new Set([...sectionNames, ...layout.sections])
  for (const entry of toc?.node.entries ?? []) if (entry.section) names.add(entry.section)
  const body = parseBody(context, next, {
    sectionNames: [...names],
    tocTitles: toc ? toc.node.entries.map((entry) => entry.title) : [],
    masthead,
    articleLines: layout.articleLines
  })
  pushAll(root.children, body.nodes.map((node) => plainHeading(node, layout.plainHeadings)))
  if (body.colophon) root.children.push(body.colophon)
  const key = options.frontMatter?.fields.find((field) => field.key === 'key')?.value.trim()
  if (key && isKey(key)) root.data = {key}
  return root
}

/** A block of the Markdown and the lines it was laid out as. */
interface BlockLines {
  node: RootContent
  first: number
  last: number
  /** A heading, list or table: the masthead cannot run past it. */
  opensBody: boolean
}

/** Lays mdast blocks out as text lines with source maps. */
class Layout implements MarkdownLayout {
  lines: Line[] = []
  blocks: BlockLines[] = []
  /** Unmarked depth-1 headings: section names. */
  sections = new Set<string>()
  /** Source offsets of unmarked deep headings. */
  plainHeadings = new Set<number>()
  /** Line starts of headings that are article titles (`## 12. 3D 프린팅`: a title may start with a digit). */
  articleLines = new Set<number>()
  private articleNumber = 0
  private sourcesOpen = false

  constructor(
    private source: string,
    private toPoint: (offset: number) => {line: number}
  ) {}

  top(node: RootContent) {
    const first = this.lines.length
    this.block(node, 0)
    const last = this.lines.length - 1
    const opensBody =
      node.type === 'list' ||
      node.type === 'table' ||
      (node.type === 'heading' && !patterns.mastheadTitle.test(this.phrasing(node.children).text.trim()))
    if (last >= first) this.blocks.push({node, first, last, opensBody})
    this.blank(node)
  }

  private block(node: RootContent, depth: number) {
    // A block type that reads this node its own way (a GFM table as tab-separated rows).
    for (const module of blockModules()) {
      if (module.fromMdast?.(node, this)) {
        this.sourcesOpen = false
        return
      }
    }
    switch (node.type) {
      case 'paragraph': {
        this.paragraph(node.children)
        break
      }
      case 'heading': {
        this.heading(node)
        this.sourcesOpen = false
        break
      }
      case 'blockquote': {
        const before = this.lines.length
        for (const child of node.children) {
          this.block(child, depth)
          this.blank(child)
        }
        const added = this.lines.slice(before).filter((line) => !isBlank(line.text))
        const only = added[0]
        if (added.length === 1 && !patterns.articleSource.test(only.text) && !marked(only.text)) {
          // A one-line quote is the article's source: `— source`.
          const span = joinSpans(synthetic('— ', only.start), {text: only.text, map: only.map!}, '')
          this.lines.splice(before, this.lines.length - before, this.line(span, only.start))
        }
        break
      }
      case 'list': {
        this.list(node, depth)
        break
      }
      case 'code': {
        const span = this.align(node.value, node, true)
        this.pushText(span)
        this.sourcesOpen = false
        break
      }
      case 'html': {
        if (node.value.startsWith('<!--')) break
        this.pushText(stripTags(this.align(node.value, node)))
        break
      }
      default:
        // thematicBreak, definition, footnoteDefinition, yaml: nothing to read.
        break
    }
  }

  /** Paragraph text, split at images: an image is a line of its own (its caption). */
  private paragraph(children: PhrasingContent[]) {
    let pieces: PhrasingContent[] = []
    const flush = () => {
      if (pieces.length > 0) this.pushText(this.phrasing(pieces))
      pieces = []
    }
    for (const child of children) {
      if (child.type === 'image') {
        flush()
        const caption = this.imageCaption(child)
        if (caption) this.pushText(caption)
      } else {
        pieces.push(child)
      }
    }
    flush()
    const last = this.lines[this.lines.length - 1]
    if (last && !isBlank(last.text)) {
      const sources = sourcesPattern.exec(last.text.trim())
      this.sourcesOpen = Boolean(sources && !sources[1])
    }
  }

  private heading(node: MdHeading) {
    const span = trim(this.phrasing(node.children.filter((child) => child.type !== 'image')))
    const text = span.text
    if (!text) return
    const at = node.position?.start.offset
    const title = patterns.articleTitle.exec(text) ?? (node.depth <= 2 ? patterns.numberedLine.exec(text) : null)
    if (title) {
      if (node.depth <= 2) this.articleNumber = Number(title[1])
      const count = this.lines.length
      this.pushText(span, at)
      if (node.depth <= 2 && this.lines.length > count) this.articleLines.add(this.lines[count].start)
      return
    }
    if (patterns.mastheadTitle.test(text) || marked(text)) {
      this.pushText(span, at)
      return
    }
    if (node.depth === 1) {
      this.sections.add(text)
      this.articleNumber = 0
      this.pushText(span, at)
    } else if (node.depth === 2) {
      // An unmarked article title: numbered in order within its section.
      this.articleNumber++
      const start = spanOffset(span, 0)
      const count = this.lines.length
      this.pushText(joinSpans(synthetic(`${this.articleNumber}. `, start), span, ''), at)
      if (this.lines.length > count) this.articleLines.add(this.lines[count].start)
    } else {
      this.plainHeadings.add(spanOffset(span, 0))
      this.pushText(span, at)
    }
  }

  private list(node: MdList, depth: number) {
    const sources = this.sourcesOpen && depth === 0
    node.children.forEach((item, index) => {
      const number = (node.start ?? 1) + index
      let first = true
      for (const child of item.children) {
        if (first && child.type === 'paragraph') {
          first = false
          const read = trim(this.phrasing(child.children))
          if (!read.text) continue
          // A wrapped item is one item.
          const span = {text: read.text.replace(/\n/g, ' '), map: read.map}
          const start = item.position?.start.offset ?? spanOffset(span, 0)
          const indent = '  '.repeat(depth)
          let prefix: string
          if (sources) prefix = `${number}. `
          else if (node.ordered) prefix = `${indent}- ${number}. `
          else if (ownBullet(span.text)) prefix = indent
          else prefix = `${indent}- `
          const marker = prefix ? joinSpans(synthetic(prefix, start, indent.length), span, '') : span
          this.lines.push(this.line(marker, start))
        } else if (child.type === 'list') {
          this.list(child, depth + 1)
        } else {
          this.block(child, depth + 1)
        }
      }
    })
    this.sourcesOpen = sources
  }

  /** `사진 1) …` from the image's alt text, else from its title. */
  private imageCaption(node: Image): Span | null {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return null
    const raw = this.source.slice(start, end)
    const alt = (node.alt ?? '').trim()
    if (alt && captionPattern.test(alt)) return trim(align(alt, raw.slice(2), start + 2))
    const title = (node.title ?? '').trim()
    if (title && captionPattern.test(title)) {
      const url = raw.lastIndexOf('](')
      let at = raw.indexOf(' "', url)
      if (at === -1) at = raw.indexOf(" '", url)
      if (at === -1) at = url
      return trim(align(title, raw.slice(at + 2), start + at + 2))
    }
    return null
  }

  /** Plain text of inline content with its source map; `cell` keeps `<br>` and turns `<li>` into `•`. */
  phrasing(nodes: PhrasingContent[], cell = false): Span {
    const pieces: Span[] = []
    const walk = (node: PhrasingContent) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          pieces.push(this.align(node.value, node))
          break
        }
        case 'break': {
          const offset = node.position?.start.offset ?? 0
          pieces.push(synthetic(cell ? '<br>' : '\n', offset))
          break
        }
        case 'html': {
          const offset = node.position?.start.offset ?? 0
          if (/^<br\s*\/?>$/i.test(node.value)) pieces.push(synthetic(cell ? '<br>' : '\n', offset))
          else if (cell && /^<li[\s>]/i.test(node.value)) pieces.push(synthetic('• ', offset))
          else if (cell) pieces.push(this.align(node.value, node))
          break
        }
        case 'link': {
          const raw = this.slice(node)
          if (raw.startsWith('<') && raw.endsWith('>')) pieces.push(this.align(raw, node))
          else for (const child of node.children) walk(child)
          break
        }
        case 'image': {
          if (node.alt) pieces.push(this.align(node.alt, node))
          break
        }
        case 'footnoteReference':
          break
        default: {
          if ('children' in node) for (const child of node.children as PhrasingContent[]) walk(child)
          else if ('value' in node && typeof node.value === 'string') pieces.push(this.align(node.value, node))
        }
      }
    }
    for (const node of nodes) walk(node)
    return concat(pieces)
  }

  private slice(node: Nodes): string {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? '' : this.source.slice(start, end)
  }

  private align(value: string, node: Nodes, code = false): Span {
    const start = node.position?.start.offset ?? 0
    const raw = this.slice(node)
    if (code) {
      // A fenced block's value starts after the opening fence line.
      const open = raw.indexOf('\n')
      if (raw.startsWith('```') || raw.startsWith('~~~')) return align(value, raw.slice(open + 1), start + open + 1)
    }
    return align(value, raw, start)
  }

  /** Split a span into lines at `\n`; tabs outside tables become spaces. */
  pushLine(span: Span, start: number) {
    this.lines.push(this.line(span, start))
  }

  pushText(span: Span, start?: number) {
    let from = 0
    const text = span.text
    for (let index = 0; index <= text.length; index++) {
      if (index === text.length || text[index] === '\n') {
        const piece = sliceSpan(span, from, index)
        if (piece.text) {
          const clean = {text: piece.text.replace(/\t/g, ' '), map: piece.map}
          const first = start !== undefined && from === 0 ? Math.min(start, spanOffset(clean, 0)) : spanOffset(clean, 0)
          this.lines.push(this.line(clean, first))
        }
        from = index + 1
      }
    }
  }

  private line(span: Span, start: number): Line {
    return {number: this.toPoint(start).line, start, text: span.text, map: span.map}
  }

  /** A blank line after each block, as between paragraphs of text. */
  private blank(node: Nodes) {
    const offset = node.position?.end.offset ?? this.source.length
    this.lines.push({number: this.toPoint(offset).line, start: offset, text: ''})
  }
}

/** A line that starts with a marker naming its block type (a heading, caption, note or source list). */
function marked(text: string): boolean {
  return blockModules().some((module) => module.read.marks?.(text) === true)
}

/** A `-` item whose text starts with its own bullet (`- • a`, `- ○ b`). */
function ownBullet(text: string): boolean {
  return /^[•◦▪‣○●][ \u00a0]/.test(text)
}

/** Unmarked deep Markdown headings that the body reader took for paragraphs. */
function plainHeading(node: FlatNode, starts: Set<number>): FlatNode {
  if (node.type !== 'paragraph' || !starts.has(spanOffset(node.span, 0))) return node
  return plainHeadingOf(node)
}

/**
 * Align a node's value with its source text: characters the value lacks
 * (backslashes of escapes, markup, line prefixes) are skipped; a character
 * reference maps to its `&`. Linear: every step moves on in one of the two.
 */
export function align(value: string, raw: string, start: number): Span {
  const map: Segment[] = []
  let delta: number | null = null
  let i = 0
  let j = 0
  const mark = (at: number, offset: number) => {
    if (delta === null || offset - at !== delta) {
      map.push({at, offset})
      delta = offset - at
    }
  }
  while (j < value.length) {
    if (i >= raw.length) {
      mark(j, start + raw.length)
      break
    }
    if (raw[i] === value[j]) {
      mark(j, start + i)
      i++
      j++
    } else if (raw[i] === '&') {
      const semi = raw.indexOf(';', i)
      map.push({at: j, offset: start + i})
      delta = null
      i = semi !== -1 && semi - i <= 32 ? semi + 1 : i + 1
      const code = value.charCodeAt(j)
      j += code >= 0xd800 && code <= 0xdbff ? 2 : 1
    } else {
      i++
    }
  }
  if (map.length === 0) map.push({at: 0, offset: start})
  return {text: value, map}
}

/** Text that is not in the source (a marker the layout adds), mapped to `offset`. */
function synthetic(text: string, offset: number, indent = 0): Span {
  // An indent maps to the same offset as what follows it.
  return {text, map: indent > 0 && indent < text.length ? [{at: 0, offset}, {at: indent, offset}] : [{at: 0, offset}]}
}

function concat(pieces: Span[]): Span {
  let text = ''
  const map: Segment[] = []
  for (const piece of pieces) {
    if (!piece.text) continue
    for (const segment of piece.map) map.push({at: segment.at + text.length, offset: segment.offset})
    text += piece.text
  }
  if (map.length === 0) map.push({at: 0, offset: pieces[0]?.map[0]?.offset ?? 0})
  return {text, map}
}

function trim(span: Span): Span {
  return sliceSpan(span, 0)
}

/** Drop `<tag>`s of an HTML block, keeping the text between them. */
function stripTags(span: Span): Span {
  const pieces: Span[] = []
  let index = 0
  const text = span.text
  while (index < text.length) {
    const open = text.indexOf('<', index)
    const close = open === -1 ? -1 : text.indexOf('>', open)
    if (open === -1 || close === -1) {
      pieces.push(rawSlice(span, index, text.length))
      break
    }
    if (open > index) pieces.push(rawSlice(span, index, open))
    if (/^<\/?(?:p|div|br|li)\b/i.test(text.slice(open, open + 5))) pieces.push(synthetic('\n', spanOffset(span, open)))
    index = close + 1
  }
  return concat(pieces)
}

/** Part of a span without trimming. */
function rawSlice(span: Span, from: number, to: number): Span {
  const map: Segment[] = [{at: 0, offset: spanOffset(span, from)}]
  for (const segment of span.map) if (segment.at > from && segment.at < to) map.push({at: segment.at - from, offset: segment.offset})
  return {text: span.text.slice(from, to), map}
}

/** Masthead fields from front matter; null when it names no issue. */
function mastheadOf(matter: FrontMatter, source: string, toPoint: (offset: number) => {line: number; column: number; offset: number}): Masthead<Draft> | null {
  const node = emptyMasthead({start: toPoint(0), end: toPoint(Math.max(0, matter.end - 1))})
  const fields = ['publisher', 'director', 'phone', 'email', 'web'] as const
  for (const field of matter.fields) {
    const key = field.key.toLowerCase()
    const value = field.value.trim()
    if (!value) continue
    if (key === 'title') {
      const match = patterns.mastheadTitle.exec(value)
      if (match) {
        node.title = match[1].trim()
        node.number ??= Number(match[2])
      } else node.title = value
    } else if (key === 'number' || key === 'issue' || key === '호') {
      if (/^\d{1,5}$/.test(value)) node.number = Number(value)
    } else if (key === 'date' || key === '날짜' || key === '발행일') {
      const date = patterns.date.exec(value)
      node.date = date ? isoDate(date[1], date[2], date[3]) : null
      node.dateSpan = {text: value, map: [{at: 0, offset: field.offset}]}
    } else if (key === 'notice' || key === 'notices' || key === '알림') {
      node.notices.push(value)
    } else if ((fields as readonly string[]).includes(key)) {
      const name = key as (typeof fields)[number]
      node[name] ??= value
    } else {
      const name = mastheadLabels[field.key.trim()]
      if (name) node[name] ??= value
    }
  }
  if (node.number === null && node.title === null) return null
  return node
}

/**
 * The table of contents in Markdown: tables (and `01` group lines) right
 * after the masthead whose rows end in a page (`P10`), or that a header
 * cell names (`쪽`, `페이지`, `page`). In a row, the cell before the page is
 * the title (with `【category】`), a `01` cell the group, other cells before
 * the title the section name (parts joined as the text ToC's first column).
 */
function readToc(layout: Layout, next: number, context: ParseContext): {node: Toc<Draft>; next: number} | undefined {
  const entries: TocEntry<Draft>[] = []
  let group: string | null = null
  let parts: string[] = []
  let open: TocEntry<Draft>[] = []
  let first: BlockLines | null = null
  let last: BlockLines | null = null
  const close = () => {
    const section = parts.length > 0 ? parts.join(' ') : null
    for (const entry of open) entry.section = section
    open = []
    parts = []
  }
  const setGroup = (value: string) => {
    if (value === group) return
    close()
    group = value
  }

  for (const block of layout.blocks) {
    if (block.last < next) continue
    const node = block.node
    if (node.type === 'paragraph' && patterns.tocGroup.test(context.lines[block.first].text.trim()) && block.first === block.last) {
      setGroup(context.lines[block.first].text.trim())
      first ??= block
      last = block
      continue
    }
    if (node.type !== 'table' || !isTocTable(layout, node)) break
    first ??= block
    last = block
    const rows = node.children.map((row) => row.children.map((cell) => trim(layout.phrasing(cell.children))))
    const pageColumn = pageColumnOf(rows)
    rows.forEach((cells, index) => {
      const page = patterns.page.test(cells[pageColumn]?.text ?? '') ? pageColumn : -1
      if (index === 0 && page === -1 && block.node.type === 'table') {
        // The header row (`차례 | 섹션 | 기사 | 쪽`) unless it is an entry.
        if (!cells.some((cell, at) => at < pageColumn - 1 && patterns.tocGroup.test(cell.text))) return
      }
      const title = pageColumn - 1
      for (const cell of cells.slice(0, Math.max(0, title))) {
        if (!cell.text) continue
        if (patterns.tocGroup.test(cell.text)) setGroup(cell.text)
        else parts.push(cell.text)
      }
      // A row with only the group or the section name opens them.
      if (title < 0 || !cells[title]?.text) return
      let span = cells[title]
      const category = patterns.category.exec(span.text)
      if (category) span = sliceSpan(span, category[0].length)
      const entry: TocEntry<Draft> = {
        type: 'tocEntry',
        span,
        group,
        section: null,
        title: span.text,
        category: category ? category[1].trim() : null,
        page: page === -1 ? null : Number(patterns.page.exec(cells[page].text)![1]),
        articleId: null,
        position: spanPosition(context, span)
      }
      entries.push(entry)
      open.push(entry)
    })
  }
  close()
  if (entries.length === 0 || !first || !last) return undefined
  const start = context.lines[first.first]
  const end = context.lines[last.last]
  return {
    node: {
      type: 'toc',
      entries,
      position: {start: context.toPoint(start.start), end: context.toPoint(lineEnd(end))}
    },
    next: last.last + 1
  }
}

/** The column of the page references (`P10`): where most rows have one. */
function pageColumnOf(rows: Span[][]): number {
  const counts = new Map<number, number>()
  for (const row of rows) {
    for (let at = row.length - 1; at > 0; at--) {
      if (patterns.page.test(row[at].text)) {
        counts.set(at, (counts.get(at) ?? 0) + 1)
        break
      }
    }
  }
  let best = -1
  let most = 0
  for (const [at, count] of counts) if (count > most) [best, most] = [at, count]
  return best === -1 ? maxOf(rows.map((row) => row.length), 1) : best
}

function isTocTable(layout: Layout, node: MdTable): boolean {
  const header = node.children[0]?.children.map((cell) => layout.phrasing(cell.children).text.trim().toLowerCase()) ?? []
  if (header.some((text) => text === '쪽' || text === '페이지' || text === 'page' || text === 'p.')) return true
  let paged = 0
  for (const row of node.children) {
    const lastCell = row.children.map((cell) => layout.phrasing(cell.children).text.trim()).filter(Boolean).pop()
    if (lastCell && patterns.page.test(lastCell)) paged++
  }
  return paged > 0 && paged * 2 >= node.children.length - 1
}

/** A front matter key kic takes as the ids' prefix: 1 to 80 letters, digits, `.`, `_` or `-` (`/^[\p{L}\p{N}._-]{1,80}$/u`). */
function isKey(key: string): boolean {
  return everyCodePoint(key, (code) => code === 0x2e || code === 0x5f || code === 0x2d || isLetterOrNumber(code)) && [...key].length <= 80
}
