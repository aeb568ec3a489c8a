import {stringify} from 'csv-stringify/sync'

/**
 * CSV for spreadsheets and data tools: RFC 4180 quoting, CRLF rows, a header
 * row of field names, UTF-8 with a BOM by default (so Excel reads Korean and
 * Chinese right) and formula-like cells (`=`, `+`, `-`, `@`, tab, CR, and
 * their full-width forms) prefixed with `'` so a spreadsheet never runs them.
 * Numbers stay numbers (`-3` is not escaped).
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean
}

export const bom = '\uFEFF'

const stringifyOptions = {
  escape_formulas: true,
  record_delimiter: '\r\n',
  // A bare LF or CR inside a cell must be quoted too (csv-stringify quotes only the record delimiter).
  quoted_match: /[\r\n]/,
  cast: {
    boolean: (value: boolean) => (value ? 'true' : 'false'),
    number: (value: number) => String(value),
    // Arrays and objects (rare in flat records) as JSON, not `[object Object]`.
    object: (value: object) => JSON.stringify(value)
  }
} as const

/** The header line (with the BOM unless `bom: false`). */
export function csvHeader(columns: readonly string[], options: CsvOptions = {}): string {
  return (options.bom === false ? '' : bom) + stringify([columns.slice()], {...stringifyOptions})
}

/** Data rows only, each record laid out on `columns` (missing fields are empty). */
export function csvRows(records: Iterable<Record<string, unknown>>, columns: readonly string[]): string {
  const list = Array.isArray(records) ? records : [...records]
  if (list.length === 0) return ''
  return stringify(list, {...stringifyOptions, columns: columns.slice(), header: false})
}

/** Columns of a record list: the first record's fields, then any new ones in order of appearance. */
export function csvColumns(records: Iterable<Record<string, unknown>>): string[] {
  const seen = new Set<string>()
  for (const record of records) for (const key of Object.keys(record)) seen.add(key)
  return [...seen]
}

/** A whole CSV document: header then rows. Columns default to those of the records. */
export function toCsv(
  records: Iterable<Record<string, unknown>>,
  options: CsvOptions & {columns?: readonly string[]} = {}
): string {
  const list = Array.isArray(records) ? records : [...records]
  const columns = options.columns ?? csvColumns(list)
  return csvHeader(columns, options) + csvRows(list, columns)
}
