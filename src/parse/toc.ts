import type {Draft, Toc, TocEntry} from '../tree/types.js'
import {isBlank} from '../util/text.js'
import {lineSpan} from '../tree/span.js'
import {linesPosition, spanPosition, type ParseContext} from '../lines/context.js'
import {patterns} from './patterns.js'
import {firstWord} from '../lang/word-glue.js'

/**
 * Read the table of contents: group numbers (`01`) and tab rows
 * `section-part \t title \t P10`. The section name of a group is its first
 * column read downwards (`WEEKLY` + `뉴스` → `WEEKLY 뉴스`).
 */
export function parseToc(context: ParseContext, start: number): {node: Toc<Draft>; next: number} | undefined {
  const {lines} = context
  const entries: TocEntry<Draft>[] = []
  let group: string | null = null
  let groupEntries: TocEntry<Draft>[] = []
  let groupParts: string[] = []
  let index = start
  let first = -1
  let last = -1

  const closeGroup = () => {
    const section = groupParts.length > 0 ? groupParts.join(' ') : null
    for (const entry of groupEntries) entry.section = section
    groupEntries = []
    groupParts = []
  }

  for (; index < lines.length; index++) {
    const line = lines[index]
    const text = line.text.trim()
    if (isBlank(line.text)) continue
    if (patterns.tocGroup.test(text) && !line.text.includes('\t')) {
      closeGroup()
      group = text
      if (first === -1) first = index
      last = index
      continue
    }
    if (!line.text.includes('\t')) break
    if (first === -1) first = index
    last = index

    const cells = line.text.split('\t')
    const part = cells[0].trim()
    if (part) groupParts.push(part)
    let pageIndex = -1
    for (let cell = cells.length - 1; cell > 0; cell--) {
      if (patterns.page.test(cells[cell].trim())) {
        pageIndex = cell
        break
      }
    }
    const titleCells = cells.slice(1, pageIndex === -1 ? undefined : pageIndex).map((cell) => cell.trim())
    const rawTitle = titleCells.filter(Boolean).join(' ')
    if (!rawTitle) continue

    // The title's cells are joined with spaces: when a search misses (a tab
    // inside the title), fall back to the title's first word, never to -1.
    let titleFrom = indexFrom(line.text, firstWord(rawTitle), cells[0].length)
    const category = patterns.category.exec(rawTitle)
    if (category) {
      const rest = rawTitle.slice(category[0].length)
      const at = line.text.indexOf(rest, titleFrom)
      titleFrom = at !== -1 ? at : indexFrom(line.text, firstWord(rest), titleFrom + category[0].length)
    }
    const title = category ? rawTitle.slice(category[0].length).trim() : rawTitle
    const span = lineSpan(line, titleFrom, titleFrom + title.length)
    const page = pageIndex === -1 ? null : Number(patterns.page.exec(cells[pageIndex].trim())![1])
    const entry: TocEntry<Draft> = {
      type: 'tocEntry',
      span,
      group,
      section: null,
      title,
      category: category ? category[1].trim() : null,
      page,
      articleId: null,
      position: spanPosition(context, span)
    }
    entries.push(entry)
    groupEntries.push(entry)
  }
  closeGroup()

  // Tab rows that mostly lack page references are a table, not a ToC.
  const paged = entries.filter((entry) => entry.page !== null).length
  if (entries.length === 0 || paged * 2 < entries.length) return undefined
  return {
    node: {type: 'toc', entries, position: linesPosition(context, lines[first], lines[last])},
    next: index
  }
}

/** Index of `what` in `text` at or after `from`; `from` itself when it is not there. */
function indexFrom(text: string, what: string, from: number): number {
  const at = text.indexOf(what, from)
  return at === -1 ? Math.min(from, text.length) : at
}
