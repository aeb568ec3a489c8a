import type {GlossaryRecord, TermRecord} from '../contract/records.js'
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

  add(records: readonly TermRecord[]): void {
    for (const record of records) {
      this.builder.add(occurrenceOf(record))
      this.count++
    }
  }

  get size(): number {
    return this.count
  }

  /** Glossary rows, one per entry. */
  async rows(): Promise<GlossaryRecord[]> {
    return this.count === 0 ? [] : this.builder.entries().map(glossaryRecord)
  }
}

/** The fields the glossary reads (offsets, role and confidence are not kept). */
function occurrenceOf(record: TermRecord): TermOccurrence {
  return {
    start: 0,
    end: 0,
    korean: record.korean,
    chinese: record.chinese,
    english: record.english,
    gloss: record.gloss,
    role: null,
    kind: record.kind,
    category: record.category,
    confidence: 0,
    flags: record.flags,
    standard: record.standard,
    source: record.source,
    ...(record.simplified === null ? {} : {simplified: record.simplified}),
    file: record.file ?? '',
    issue: record.issue,
    line: record.line ?? 0,
    column: record.column ?? 0
  }
}
