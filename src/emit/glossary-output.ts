import type {GlossaryEntry} from '../terms/glossary.js'
import type {TableFormat} from './csv.js'
import {toCsv} from './csv.js'
import {glossaryColumns, glossaryRecord, type GlossaryDirection} from './glossary-record.js'
import {toOmegat} from './omegat.js'
import {toTbx} from './tbx.js'

export type GlossaryFormat = TableFormat | 'json' | 'jsonl' | 'tbx' | 'omegat'

export interface GlossaryRenderOptions {
  direction: GlossaryDirection
  /** CSV / TSV: start with a UTF-8 BOM. */
  bom: boolean
  /** CSV / TSV: no formula escaping. */
  raw?: boolean
  /** TBX: traditional form of a simplified term, simplified form of a written one. */
  toTraditional?: (text: string) => string
  toSimplified?: (text: string) => string
  /** TBX: a line for the header's source description. */
  description?: string
}

/** The glossary in one of its formats: records (CSV, TSV, JSON, JSON Lines) or a termbase (TBX, OmegaT). */
export function renderGlossary(entries: readonly GlossaryEntry[], format: GlossaryFormat, options: GlossaryRenderOptions): string {
  switch (format) {
    case 'tbx':
      return toTbx(entries, options)
    case 'omegat':
      return toOmegat(entries, options.direction)
    default: {
      const records = entries.map((entry) => glossaryRecord(entry, options.direction))
      if (format === 'json') return JSON.stringify(records, null, 2) + '\n'
      if (format === 'jsonl') return records.map((record) => JSON.stringify(record)).join('\n') + (records.length > 0 ? '\n' : '')
      return toCsv(records, glossaryColumns, {bom: options.bom, raw: options.raw, format})
    }
  }
}
