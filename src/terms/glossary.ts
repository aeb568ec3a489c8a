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
import {LexiconIndex, compactKorean} from '../lexicon/match.js'
import {lexiconFlag} from '../lexicon/apply-terms.js'
import type {LexiconRow} from '../lexicon/types.js'

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
  /** Every Korean form, most frequent first; `flags` are those all its occurrences share (`reading-mismatch`). */
  koreanVariants: Array<{text: string; count: number; flags: string[]}>
  chinese: string | null
  chineseForms: string[]
  english: string | null
  /** Null for a pair only the lexicon knows. */
  kind: TermKind | null
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
  /** The user's corrections (see src/lexicon): applied to every occurrence and entry. */
  lexicon?: readonly LexiconRow[] | null
}

/** All occurrences at once: see `GlossaryBuilder`. */
export function buildGlossary(occurrences: readonly TermOccurrence[], options: GlossaryOptions = {}): GlossaryEntry[] {
  const builder = new GlossaryBuilder(options)
  for (const occurrence of occurrences) builder.add(occurrence)
  return builder.entries()
}

/**
 * The glossary as a running aggregate: memory grows with the number of
 * distinct terms, not with the occurrences, so a batch over any archive size
 * can feed it issue by issue. Ties (most frequent Korean, kind, category) go
 * to the value seen first in reading order (issue, file, line, column),
 * whatever order occurrences arrive in.
 */
export class GlossaryBuilder {
  private readonly groups = new Map<string, Aggregate>()
  private readonly simplify: (text: string) => string
  private readonly lexicon: LexiconIndex | null

  constructor(options: GlossaryOptions = {}) {
    this.simplify = (text) => {
      if (options.toSimplified) return options.toSimplified(text)
      return termDictionariesReady() ? openccSimplified(text) : text
    }
    this.lexicon = options.lexicon && options.lexicon.length > 0 ? new LexiconIndex(options.lexicon, this.simplify) : null
  }

  add(occurrence: TermOccurrence): void {
    const verdict = this.lexicon?.judge(occurrence.chinese, occurrence.korean)
    if (verdict?.rejected) return
    let chinese = occurrence.chinese ? occurrence.simplified ?? this.simplify(occurrence.chinese) : null
    let key = chinese ? 'zh:' + chinese : occurrence.english ? 'en:' + occurrence.english : null
    if (!key) return
    if (verdict?.keep && occurrence.chinese) {
      // `keep-form`: the form as written is its own entry (and the Korean too, when the row names one).
      chinese = verdict.keep.chinese ?? chinese
      key = 'zh:' + chinese + (verdict.keep.korean ? '|ko:' + compactKorean(verdict.keep.korean) : '')
    }
    let group = this.groups.get(key)
    if (!group) this.groups.set(key, (group = new Aggregate(key, chinese)))
    group.add(occurrence)
  }

  entries(): GlossaryEntry[] {
    const entries = [...this.groups.values()].map((group) => group.entry())
    if (this.lexicon) applyLexicon(entries, this.lexicon, this.simplify)
    markHomographs(entries)
    return entries.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
  }
}

type Place = Pick<TermOccurrence, 'issue' | 'file' | 'line' | 'column'>

/** Counts values, remembering where each was first seen in reading order. */
class Counter<T> {
  private readonly values = new Map<T, {count: number; first: Place}>()

  add(value: T, place: Place): void {
    const known = this.values.get(value)
    if (!known) this.values.set(value, {count: 1, first: place})
    else {
      known.count++
      if (compareOccurrence(place, known.first) < 0) known.first = place
    }
  }

  get size(): number {
    return this.values.size
  }

  /** Most frequent first; ties by first appearance. */
  ranked(): Array<{value: T; count: number}> {
    return [...this.values]
      .sort(([, a], [, b]) => b.count - a.count || compareOccurrence(a.first, b.first))
      .map(([value, {count}]) => ({value, count}))
  }

  top(): T | null {
    return this.ranked()[0]?.value ?? null
  }

  /** Values in order of first appearance. */
  inOrder(): T[] {
    return [...this.values].sort(([, a], [, b]) => compareOccurrence(a.first, b.first)).map(([value]) => value)
  }
}

/** What one glossary entry needs of its occurrences. */
class Aggregate {
  count = 0
  private first: TermOccurrence | null = null
  private readonly korean = new Counter<string>()
  /** Per Korean form: the flags every occurrence of it carried. */
  private readonly koreanFlags = new Map<string, Set<string>>()
  private readonly compact = new Set<string>()
  private readonly forms = new Counter<string>()
  private readonly english = new Counter<string>()
  private readonly inlineKinds = new Counter<TermKind>()
  private readonly kinds = new Counter<TermKind>()
  private readonly categories = new Counter<TermCategory>()
  private readonly flags = new Set<string>()
  private readonly issues = new Set<number>()
  private explanation: {text: string; place: Place} | null = null
  private standard: {text: string; place: Place} | null = null

  constructor(
    readonly key: string,
    readonly chinese: string | null
  ) {}

  add(o: TermOccurrence): void {
    const place: Place = {issue: o.issue, file: o.file, line: o.line, column: o.column}
    this.count++
    if (!this.first || compareOccurrence(o, this.first) < 0) this.first = o
    this.korean.add(o.korean, place)
    const shared = this.koreanFlags.get(o.korean)
    if (!shared) this.koreanFlags.set(o.korean, new Set(o.flags))
    else for (const flag of shared) if (!o.flags.includes(flag)) shared.delete(flag)
    this.compact.add(o.korean.replace(/\s+/g, ''))
    if (o.chinese !== null) this.forms.add(o.chinese, place)
    if (o.english) this.english.add(o.english, place)
    this.kinds.add(o.kind, place)
    if (o.source === 'inline') this.inlineKinds.add(o.kind, place)
    if (o.category !== 'other') this.categories.add(o.category, place)
    for (const flag of o.flags) this.flags.add(flag)
    if (o.issue !== null) this.issues.add(o.issue)
    if (o.source === 'note' && o.gloss && (!this.explanation || compareOccurrence(place, this.explanation.place) < 0)) {
      this.explanation = {text: o.gloss, place}
    }
    if (o.standard && (!this.standard || compareOccurrence(place, this.standard.place) < 0)) {
      this.standard = {text: o.standard, place}
    }
  }

  entry(): GlossaryEntry {
    const first = this.first!
    const flags = new Set(this.flags)
    if (this.compact.size > 1) flags.add('conflict')
    return {
      key: this.key,
      korean: this.korean.top() ?? first.korean,
      koreanVariants: this.korean.ranked().map(({value, count}) => ({text: value, count, flags: [...(this.koreanFlags.get(value) ?? [])].sort()})),
      chinese: this.chinese,
      chineseForms: this.forms.inOrder(),
      english: this.english.top(),
      kind: (this.inlineKinds.size > 0 ? this.inlineKinds : this.kinds).top() ?? first.kind,
      category: this.categories.top() ?? 'other',
      count: this.count,
      issues: [...this.issues].sort((a, b) => a - b),
      firstSeen: {file: first.file, issue: first.issue, line: first.line, column: first.column},
      flags: [...flags].sort(),
      homographs: [],
      explanation: this.explanation?.text ?? null,
      standard: this.standard?.text ?? null
    }
  }
}

/**
 * Entry-level corrections: a `prefer` row sets the Korean form (kept among the
 * variants), category, English and note of its entry; `prefer` and `add` rows
 * whose pair no issue wrote become entries of their own (count 0).
 */
function applyLexicon(entries: GlossaryEntry[], lexicon: LexiconIndex, simplify: (text: string) => string): void {
  const byChinese = new Map<string, GlossaryEntry>()
  for (const entry of entries) if (entry.chinese && !entry.key.includes('|ko:')) byChinese.set(entry.chinese, entry)
  for (const entry of entries) {
    if (!entry.chinese) continue
    const verdict = lexicon.judge(entry.chineseForms[0] ?? entry.chinese, entry.korean)
    if (!verdict.matched) continue
    if (verdict.preferred && !entry.key.includes('|ko:')) {
      entry.korean = verdict.preferred
      if (!entry.koreanVariants.some((variant) => compactKorean(variant.text) === compactKorean(verdict.preferred!))) {
        entry.koreanVariants.push({text: verdict.preferred, count: 0, flags: []})
      }
    }
    correct(entry, verdict)
  }
  for (const row of lexicon.known()) {
    const chinese = simplify(row.chinese!)
    let entry = byChinese.get(chinese)
    if (!entry) {
      entry = {
        key: 'zh:' + chinese,
        korean: row.korean!,
        koreanVariants: [],
        chinese,
        chineseForms: [row.chinese!],
        english: null,
        kind: null,
        category: 'other',
        count: 0,
        issues: [],
        firstSeen: {file: row.file, issue: null, line: row.line, column: 1},
        flags: [],
        homographs: [],
        explanation: null,
        standard: null
      }
      entries.push(entry)
      byChinese.set(chinese, entry)
    }
    if (!entry.koreanVariants.some((variant) => compactKorean(variant.text) === compactKorean(row.korean!))) {
      entry.koreanVariants.push({text: row.korean!, count: 0, flags: []})
    }
    if (row.action === 'prefer') entry.korean = row.korean!
    correct(entry, {category: row.category, english: row.english, note: row.note})
  }
}

function correct(entry: GlossaryEntry, verdict: {category: TermCategory | null; english: string | null; note: string | null}): void {
  entry.category = verdict.category ?? entry.category
  entry.english = verdict.english ?? entry.english
  entry.explanation = verdict.note ?? entry.explanation
  if (!entry.flags.includes(lexiconFlag)) entry.flags = [...entry.flags, lexiconFlag].sort()
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

function compareOccurrence(a: Place, b: Place): number {
  const ia = a.issue ?? Number.MAX_SAFE_INTEGER
  const ib = b.issue ?? Number.MAX_SAFE_INTEGER
  return ia - ib || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
}

