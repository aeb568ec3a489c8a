import type {Record as FlatRecord} from '../emit/records.js'
import {glossaryRecord} from '../emit/glossary-record.js'
import {GlossaryBuilder, type TermOccurrence} from '../terms/glossary.js'

/**
 * The one place `kic batch` meets the glossary: term records in, glossary rows
 * out. Each record goes straight into the running aggregate, so memory grows
 * with the number of distinct terms, never with the archive.
 */
export class GlossarySink {
  private readonly builder = new GlossaryBuilder()
  private count = 0

  add(records: readonly FlatRecord[]): void {
    for (const record of records) {
      this.builder.add(occurrenceOf(record))
      this.count++
    }
  }

  get size(): number {
    return this.count
  }

  /** Glossary rows, one per entry. */
  async rows(): Promise<FlatRecord[]> {
    return this.count === 0 ? [] : this.builder.entries().map(glossaryRecord)
  }
}

/** The fields the glossary reads (offsets, role and confidence are not kept). */
function occurrenceOf(record: FlatRecord): TermOccurrence {
  const text = (field: string) => (record[field] as string | null | undefined) ?? null
  const flags = Array.isArray(record.flags) ? (record.flags as string[]) : typeof record.flags === 'string' && record.flags ? record.flags.split(';') : []
  const simplified = text('simplified')
  return {
    start: 0,
    end: 0,
    korean: String(record.korean ?? ''),
    chinese: text('chinese'),
    english: text('english'),
    gloss: text('gloss'),
    role: null,
    kind: text('kind') as TermOccurrence['kind'],
    category: text('category') as TermOccurrence['category'],
    confidence: 0,
    flags,
    standard: text('standard'),
    source: text('source') as TermOccurrence['source'],
    ...(simplified === null ? {} : {simplified}),
    file: record.file ?? '',
    issue: record.issue,
    line: Number(record.line ?? 0),
    column: Number(record.column ?? 0)
  }
}
