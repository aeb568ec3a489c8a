import type {Record as FlatRecord} from '../emit/records.js'
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

  add(records: readonly FlatRecord[]): void {
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
  async rows(direction: GlossaryDirection = 'zh-ko'): Promise<FlatRecord[]> {
    return this.entries().map((entry) => glossaryRecord(entry, direction))
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
