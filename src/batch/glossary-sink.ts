import type {Record as FlatRecord} from '../emit/records.js'
import type {GlossaryEntry, TermOccurrence} from '../terms/glossary.js'

/**
 * The one place `kic batch` meets the glossary: term records in, glossary rows
 * out. Occurrences are kept slim (the fields `buildGlossary` reads); this is
 * the only aggregate a batch holds in memory. Switch the row layout here if
 * the glossary command grows its own.
 */
export class GlossarySink {
  private readonly occurrences: TermOccurrence[] = []
  /** One copy of each repeated string (terms recur from issue to issue). */
  private readonly strings = new Map<string, string>()
  private readonly flagLists = new Map<string, string[]>()

  add(records: readonly FlatRecord[]): void {
    for (const record of records) this.occurrences.push(this.toOccurrence(record))
  }

  get size(): number {
    return this.occurrences.length
  }

  /** Glossary rows, one per entry; loads the glossary module only when there are terms. */
  async rows(): Promise<FlatRecord[]> {
    if (this.occurrences.length === 0) return []
    const {buildGlossary} = await import('../terms/glossary.js')
    return buildGlossary(this.occurrences).map(glossaryRecord)
  }

  private intern<T extends string | null>(value: T): T {
    if (value === null) return value
    const known = this.strings.get(value)
    if (known !== undefined) return known as T
    this.strings.set(value, value)
    return value
  }

  private flags(value: unknown): string[] {
    const joined = Array.isArray(value) ? value.join(';') : typeof value === 'string' ? value : ''
    let list = this.flagLists.get(joined)
    if (!list) this.flagLists.set(joined, (list = joined ? joined.split(';') : []))
    return list
  }

  /** The fields `buildGlossary` reads (offsets, role and confidence are not kept). */
  private toOccurrence(record: FlatRecord): TermOccurrence {
    const text = (field: string) => this.intern((record[field] as string | null | undefined) ?? null)
    const simplified = text('simplified')
    return {
      start: 0,
      end: 0,
      korean: this.intern(String(record.korean ?? '')),
      chinese: text('chinese'),
      english: text('english'),
      gloss: text('gloss'),
      role: null,
      kind: text('kind') as TermOccurrence['kind'],
      category: text('category') as TermOccurrence['category'],
      confidence: 0,
      flags: this.flags(record.flags),
      standard: text('standard'),
      source: text('source') as TermOccurrence['source'],
      ...(simplified === null ? {} : {simplified}),
      file: this.intern(record.file ?? ''),
      issue: record.issue,
      line: Number(record.line ?? 0),
      column: Number(record.column ?? 0)
    }
  }
}

/** A glossary entry as a flat CSV row (lists joined, first occurrence spread out). */
export function glossaryRecord(entry: GlossaryEntry): FlatRecord {
  return {
    record: 'glossary',
    issue: entry.firstSeen.issue,
    file: entry.firstSeen.file,
    key: entry.key,
    korean: entry.korean,
    koreanVariants: entry.koreanVariants.map((variant) => `${variant.text}×${variant.count}`).join('; '),
    chinese: entry.chinese,
    chineseForms: entry.chineseForms.join(' '),
    english: entry.english,
    kind: entry.kind,
    category: entry.category,
    count: entry.count,
    issues: entry.issues.join(' '),
    line: entry.firstSeen.line,
    column: entry.firstSeen.column,
    flags: entry.flags.join(';'),
    homographs: entry.homographs.join(' '),
    explanation: entry.explanation,
    standard: entry.standard
  }
}
