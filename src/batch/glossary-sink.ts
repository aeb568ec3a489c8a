import type {GlossaryRecord, TermRecord} from '../contract/records.js'
import {glossaryRecord, type GlossaryDirection} from '../emit/glossary-record.js'
import type {LexiconRow} from '../lexicon/types.js'
import {GlossaryBuilder, type GlossaryEntry, type TermOccurrence} from '../terms/glossary.js'

/**
 * The one place `kic batch` meets the glossary: term records in, glossary rows
 * out. Each record goes straight into the running aggregate, so memory grows
 * with the number of distinct terms, never with the archive.
 */
export class GlossarySink {
  private readonly builder: GlossaryBuilder
  private count = 0

  constructor(options: {lexicon?: readonly LexiconRow[] | null; toSimplified?: (text: string) => string} = {}) {
    this.builder = new GlossaryBuilder(options)
  }

  add(records: readonly TermRecord[]): void {
    for (const record of records) {
      this.builder.add(occurrenceOf(record))
      this.count++
    }
  }

  get size(): number {
    return this.count
  }

  /** The entries (the lexicon's own pairs even when no issue had a term). */
  entries(): GlossaryEntry[] {
    return this.builder.entries()
  }

  /** Glossary rows, one per entry. */
  async rows(direction: GlossaryDirection = 'zh-ko'): Promise<GlossaryRecord[]> {
    return this.entries().map((entry) => glossaryRecord(entry, direction))
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
