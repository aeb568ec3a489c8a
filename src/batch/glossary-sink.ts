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

  add(records: readonly FlatRecord[]): void {
    for (const record of records) this.occurrences.push(toOccurrence(record))
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
}

function toOccurrence(record: FlatRecord): TermOccurrence {
  const flags = record.flags
  return {
    start: 0,
    end: 0,
    korean: String(record.korean ?? ''),
    chinese: (record.chinese as string | null) ?? null,
    english: (record.english as string | null) ?? null,
    gloss: (record.gloss as string | null) ?? null,
    role: (record.role as string | null) ?? null,
    kind: record.kind as TermOccurrence['kind'],
    category: record.category as TermOccurrence['category'],
    confidence: Number(record.confidence ?? 0),
    flags: Array.isArray(flags) ? (flags as string[]) : typeof flags === 'string' && flags ? flags.split(';') : [],
    standard: (record.standard as string | null) ?? null,
    source: record.source as TermOccurrence['source'],
    ...(typeof record.simplified === 'string' ? {simplified: record.simplified} : {}),
    file: record.file ?? '',
    issue: record.issue,
    line: Number(record.line ?? 0),
    column: Number(record.column ?? 0)
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
