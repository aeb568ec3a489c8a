import {toCsv} from '../emit/csv.js'

export type RecordFormat = 'csv' | 'tsv' | 'json' | 'jsonl'

export interface RecordOutputOptions {
  /** The definition's columns (CSV / TSV header). */
  columns: readonly string[]
  /** Start CSV / TSV with a UTF-8 BOM (when writing a file). */
  bom?: boolean
  /** No formula escaping. */
  raw?: boolean
}

/** Records as CSV or TSV, a JSON array, or JSON Lines: the same fields in the same order. */
export function formatRecords(records: readonly object[], format: RecordFormat, options: RecordOutputOptions): string {
  if (format === 'json') return JSON.stringify(records, null, 2) + '\n'
  if (format === 'jsonl') return records.map((record) => JSON.stringify(record)).join('\n') + (records.length > 0 ? '\n' : '')
  return toCsv(records, options.columns, {bom: options.bom, raw: options.raw, format})
}

/** True when output goes to a file (`-o name`), not stdout: only then does CSV get a BOM. */
export function writesFile(output: string | undefined): boolean {
  return Boolean(output && output !== '-')
}
