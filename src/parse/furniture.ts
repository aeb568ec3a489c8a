import {maximumRunningLength, pageNumberForms, runningShare, type PageNumberForm} from '../data/page-furniture.js'
import {clip, isBlank} from '../util/text.js'
import {hasAsciiDigit} from '../util/chars.js'
import type {Line} from '../lines/split.js'

/** One kind of furniture found: a page-number form or one running line. */
export interface FurnitureGroup {
  kind: 'page-number' | 'running'
  /** The form (`- N -`) or the running line's text. */
  label: string
  /** Indexes into the lines, in order. */
  lines: number[]
}

/** Steps of a run of bare page numbers: 1 (every page) up to 2 (odd or even pages only). */
const maximumStep = 2
/** A run of bare numbers needs this many lines to count as page numbers without page breaks. */
const minimumBareRun = 3

/**
 * Find the page furniture in an extracted text: form feeds, page-number
 * lines (`- 2 -`, `3 / 30`, `page 4`, a bare `5` next to a page break or in
 * an increasing run), and running headers or footers — a line repeating
 * next to most page breaks. A plain function over lines, no parsing.
 * `lines` as `splitLines` cuts them: a form feed ends a line (`Line.pageBreak`), so no line
 * holds one.
 */
export function findTextFurniture(lines: Line[]): {groups: FurnitureGroup[]} {
  const formFeeds: number[] = []
  const texts: string[] = []
  // Only short lines with a digit can be page numbers (every form's group 1 is `\d+`): each form tests those alone.
  const short: number[] = []
  // One pass: page starts, trimmed texts, short lines with a digit.
  for (let index = 0; index < lines.length; index++) {
    // The line after a form feed opens the next page.
    if (index > 0 && lines[index - 1].pageBreak) formFeeds.push(index)
    const text = lines[index].text.trim()
    texts.push(text)
    if (text.length <= 24 && hasAsciiDigit(text)) short.push(index)
  }
  const feedSet = new Set(formFeeds)

  const groups: FurnitureGroup[] = []
  const taken = new Set<number>()
  for (const form of pageNumberForms) {
    const hits: Array<{index: number; page: number}> = []
    for (const index of short) {
      if (taken.has(index)) continue
      const match = form.pattern.exec(texts[index])
      if (match) hits.push({index, page: Number(match[1])})
    }
    const kept = form.weak ? bareRun(hits, texts, feedSet) : increasing(hits)
    if (kept.length === 0) continue
    for (const index of kept) taken.add(index)
    groups.push({kind: 'page-number', label: form.name, lines: kept})
  }

  // Page breaks: page-number lines and form feeds, one break per gap between
  // body lines. Running lines sit just before or just after them.
  const breaks = pageBreaks([...new Set([...taken, ...formFeeds])].sort((a, b) => a - b), texts, taken)
  if (breaks.length >= 2) {
    const seen = new Map<string, {label: string; lines: Set<number>; breaks: Set<number>}>()
    const near = (index: number, at: number) => {
      if (index < 0 || index >= lines.length || taken.has(index)) return
      const text = texts[index]
      if (text.length === 0 || text.length > maximumRunningLength) return
      const key = text.replace(/\d+/g, '#').replace(/\s+/g, ' ')
      const entry = seen.get(key) ?? {label: text, lines: new Set(), breaks: new Set()}
      entry.lines.add(index)
      entry.breaks.add(at)
      seen.set(key, entry)
    }
    breaks.forEach(({first, last}, at) => {
      near(neighbour(texts, taken, first, -1), at)
      near(feedSet.has(last) && texts[last] ? last : neighbour(texts, taken, last, 1), at)
    })
    for (const entry of seen.values()) {
      if (entry.lines.size < 2 || entry.breaks.size < Math.max(2, Math.ceil(breaks.length * runningShare))) continue
      const indexes = [...entry.lines].sort((a, b) => a - b)
      for (const index of indexes) taken.add(index)
      groups.push({kind: 'running', label: entry.label, lines: indexes})
    }
  }
  return {groups}
}

/**
 * Blank the furniture lines (offsets and line numbers stay), so the parser
 * sees the body only; a page break (a form feed ends its line, see
 * `splitLines`) becomes blank lines, which the page-break repair rejoins across.
 */
export function removeTextFurniture(lines: Line[], found: {groups: FurnitureGroup[]}): void {
  for (const group of found.groups) for (const index of group.lines) lines[index].text = ''
}

/** What a report says of one group. */
export function describeFurniture(group: FurnitureGroup, lines: Line[]): string {
  const numbers = group.lines.map((index) => lines[index].number)
  const span = numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers[0]}–${numbers[numbers.length - 1]}`
  const what = group.kind === 'page-number' ? `page number${numbers.length === 1 ? '' : 's'} \`${group.label}\`` : `running header/footer \`${clip(group.label)}\``
  return `removed ${numbers.length} ${what} from the body as page furniture (${span})`
}

/** Merge break lines with only blank lines or furniture between them into one break. */
function pageBreaks(indexes: number[], texts: string[], taken: Set<number>): Array<{first: number; last: number}> {
  const breaks: Array<{first: number; last: number}> = []
  for (const index of indexes) {
    const previous = breaks[breaks.length - 1]
    if (previous && neighbour(texts, taken, previous.last, 1) >= index && !bodyBetween(texts, taken, previous.last, index)) previous.last = index
    else breaks.push({first: index, last: index})
  }
  return breaks
}

/** Whether a body line lies strictly between two lines (a form-feed line's own text is the next page's). */
function bodyBetween(texts: string[], taken: Set<number>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (texts[index] && !taken.has(index)) return true
  return Boolean(texts[from]) && !taken.has(from)
}

/** The next non-blank line from `at` going `step`, skipping furniture already found; -1 if none. */
function neighbour(texts: string[], taken: Set<number>, at: number, step: 1 | -1): number {
  for (let index = at + step; index >= 0 && index < texts.length; index += step) {
    if (taken.has(index) || isBlank(texts[index])) continue
    return index
  }
  return -1
}

/** Strong forms: at least two, numbers mostly rising in reading order. */
function increasing(hits: Array<{index: number; page: number}>): number[] {
  if (hits.length < 2) return []
  let rising = 0
  for (let index = 1; index < hits.length; index++) if (hits[index].page > hits[index - 1].page) rising++
  return rising * 5 >= (hits.length - 1) * 4 ? hits.map((hit) => hit.index) : []
}

/**
 * Bare numbers: those standing right at a form feed, or the longest run of
 * at least three, each alone between blank lines, rising by 1–2 per page.
 */
function bareRun(hits: Array<{index: number; page: number}>, texts: string[], feeds: Set<number>): number[] {
  const atFeed =
    feeds.size === 0
      ? []
      : hits.filter((hit) => {
          const next = neighbourIndex(texts, hit.index, 1)
          const previous = neighbourIndex(texts, hit.index, -1)
          return feeds.has(hit.index) || feeds.has(next) || next === -1 || feeds.has(previous) || previous === -1
        })
  if (atFeed.length > 0) return atFeed.map((hit) => hit.index)
  const alone = hits.filter((hit) => isolated(texts, hit.index))
  let best: typeof alone = []
  let run: typeof alone = []
  for (const hit of alone) {
    const last = run[run.length - 1]
    if (last && hit.page - last.page >= 1 && hit.page - last.page <= maximumStep) run.push(hit)
    else run = [hit]
    if (run.length > best.length) best = [...run]
  }
  return best.length >= minimumBareRun ? best.map((hit) => hit.index) : []
}

function neighbourIndex(texts: string[], at: number, step: 1 | -1): number {
  for (let index = at + step; index >= 0 && index < texts.length; index += step) if (texts[index]) return index
  return -1
}

function isolated(texts: string[], index: number): boolean {
  return !texts[index - 1] && !texts[index + 1]
}
