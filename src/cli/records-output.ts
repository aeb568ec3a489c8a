import type {Record as FlatRecord} from '../emit/records.js'
import {toCsv} from '../emit/csv.js'

export type RecordFormat = 'csv' | 'json' | 'jsonl'

/** Records as CSV (UTF-8 BOM unless `bom: false`), a JSON array, or JSON Lines. */
export function formatRecords(records: FlatRecord[], format: RecordFormat, options: {bom?: boolean; columns?: string[]} = {}): string {
  if (format === 'json') return JSON.stringify(records, null, 2) + '\n'
  if (format === 'jsonl') return records.map((record) => JSON.stringify(record)).join('\n') + (records.length > 0 ? '\n' : '')
  return toCsv(records, {bom: options.bom, columns: options.columns})
}
