/**
 * One glossary entry per term, from term occurrences across issues. Pure: no I/O.
 *
 * Chinese pairs are keyed on the simplified form of the Chinese (兩化融合 and 两化融合 are one
 * entry, `chineseForms` keeps both); Korean(English) pairs are keyed on the English, apart.
 * The simplified form comes from `hit.simplified` (set by the extractor) or, failing that, from
 * `options.toSimplified` / the loaded opencc converter.
 */
import {termDictionariesReady, toSimplified as openccSimplified} from './readings.js'
import type {TermCategory, TermHit, TermKind} from './types.js'

export interface TermOccurrence extends TermHit {
  file: string
  issue: number | null
  line: number
  column: number
}

export interface GlossaryEntry {
  /** `zh:<simplified>` or `en:<english>`. */
  key: string
  korean: string
  koreanVariants: Array<{text: string; count: number}>
  chinese: string | null
  chineseForms: string[]
  english: string | null
  kind: TermKind
  category: TermCategory
  count: number
  issues: number[]
  firstSeen: {file: string; issue: number | null; line: number; column: number}
  /** `conflict` (several Korean forms), `homograph` (this Korean also names other Chinese terms), and the hits' flags. */
  flags: string[]
  /** Other Chinese terms written with the same Korean (for `homograph`). */
  homographs: string[]
  /** The editor's explanation, where a note gave one. */
  explanation: string | null
  /** Official spelling where a hit was flagged `nonstandard-spelling`. */
  standard: string | null
}

export interface GlossaryOptions {
  toSimplified?: (text: string) => string
}

export function buildGlossary(occurrences: readonly TermOccurrence[], options: GlossaryOptions = {}): GlossaryEntry[] {
  const simplify = (text: string): string => {
    if (options.toSimplified) return options.toSimplified(text)
    return termDictionariesReady() ? openccSimplified(text) : text
  }
  const groups = new Map<string, TermOccurrence[]>()
  for (const occurrence of occurrences) {
    const key = occurrence.chinese
      ? 'zh:' + (occurrence.simplified ?? simplify(occurrence.chinese))
      : occurrence.english
        ? 'en:' + occurrence.english
        : null
    if (!key) continue
    const group = groups.get(key)
    if (group) group.push(occurrence)
    else groups.set(key, [occurrence])
  }
  const entries: GlossaryEntry[] = []
  for (const [key, group] of groups) entries.push(entryOf(key, group))
  markHomographs(entries)
  return entries.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

function entryOf(key: string, group: TermOccurrence[]): GlossaryEntry {
  const ordered = [...group].sort(compareOccurrence)
  const first = ordered[0]!
  const koreanCounts = tally(ordered.map((o) => o.korean))
  const forms = unique(ordered.map((o) => o.chinese).filter((c): c is string => c !== null))
  const english = mostFrequent(ordered.map((o) => o.english).filter((e): e is string => Boolean(e)))
  const inline = ordered.filter((o) => o.source === 'inline')
  const korean = mostFrequent(ordered.map((o) => o.korean)) ?? first.korean
  const kind = mostFrequent((inline.length > 0 ? inline : ordered).map((o) => o.kind)) ?? first.kind
  const categories = ordered.map((o) => o.category).filter((c) => c !== 'other')
  const category = mostFrequent(categories) ?? 'other'
  const flags = new Set<string>()
  for (const o of ordered) for (const flag of o.flags) flags.add(flag)
  const distinct = new Set(ordered.map((o) => o.korean.replace(/\s+/g, '')))
  if (distinct.size > 1) flags.add('conflict')
  const notes = ordered.filter((o) => o.source === 'note' && o.gloss)
  const standard = ordered.find((o) => o.standard)?.standard ?? null
  return {
    key,
    korean,
    koreanVariants: koreanCounts,
    chinese: key.startsWith('zh:') ? key.slice(3) : null,
    chineseForms: forms,
    english,
    kind,
    category,
    count: ordered.length,
    issues: unique(ordered.map((o) => o.issue).filter((i): i is number => i !== null)).sort((a, b) => a - b),
    firstSeen: {file: first.file, issue: first.issue, line: first.line, column: first.column},
    flags: [...flags].sort(),
    homographs: [],
    explanation: notes[0]?.gloss ?? null,
    standard,
  }
}

/** One Korean (spaces ignored) for several Chinese entries: `homograph` on each. */
function markHomographs(entries: GlossaryEntry[]): void {
  const byKorean = new Map<string, GlossaryEntry[]>()
  for (const entry of entries) {
    if (!entry.chinese) continue
    for (const variant of entry.koreanVariants) {
      const key = variant.text.replace(/\s+/g, '')
      const list = byKorean.get(key) ?? []
      if (!list.includes(entry)) list.push(entry)
      byKorean.set(key, list)
    }
  }
  for (const list of byKorean.values()) {
    if (list.length < 2) continue
    for (const entry of list) {
      if (!entry.flags.includes('homograph')) entry.flags = [...entry.flags, 'homograph'].sort()
      for (const other of list) {
        if (other !== entry && other.chinese && !entry.homographs.includes(other.chinese)) entry.homographs.push(other.chinese)
      }
    }
  }
}

function compareOccurrence(a: TermOccurrence, b: TermOccurrence): number {
  const ia = a.issue ?? Number.MAX_SAFE_INTEGER
  const ib = b.issue ?? Number.MAX_SAFE_INTEGER
  return ia - ib || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
}

function tally(values: string[]): Array<{text: string; count: number}> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].map(([text, count]) => ({text, count})).sort((a, b) => b.count - a.count)
}

/** Most frequent value; ties go to the one seen first. */
function mostFrequent<T>(values: T[]): T | null {
  const counts = new Map<T, number>()
  let best: T | null = null
  let bestCount = 0
  for (const value of values) {
    const n = (counts.get(value) ?? 0) + 1
    counts.set(value, n)
    if (n > bestCount) {
      best = value
      bestCount = n
    }
  }
  return best
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
