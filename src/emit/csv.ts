import {Stringifier} from 'csv-stringify'

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
  // A bare LF or CR inside a cell must be quoted too (with a custom record
  // delimiter csv-stringify quotes only that delimiter unless told so).
  quote_record_delimiter: true
} as const

/**
 * csv-stringify, made once: its options are normalized here, not per call,
 * and each cell that needs its care goes through `api.stringify` (the
 * rendering of one record, as the sync and stream APIs do it).
 */
let stringifier: {api: {stringify(record: unknown[]): [Error | undefined, string | undefined]}} | undefined

function stringifyCell(value: string | number): string {
  stringifier ??= new Stringifier(stringifyOptions) as unknown as typeof stringifier
  const [error, text] = stringifier!.api.stringify([value])
  if (error) throw error
  return text ?? ''
}

/**
 * A string cell csv-stringify would write unchanged: no quote, delimiter, CR
 * or LF anywhere and no formula-like first character (see `escape_formulas`).
 * Anything else is left to csv-stringify.
 */
const needsCare = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|[",\r\n]/

/** One cell as csv-stringify writes it (cast as documented above). */
function cell(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return needsCare.test(value) ? stringifyCell(value) : value
    case 'number':
      // A number's text has no quote, delimiter or newline, and csv-stringify never formula-escapes numbers (`-3` stays `-3`).
      return '' + value
    case 'boolean':
      return value ? 'true' : 'false'
    case 'undefined':
      return ''
    case 'object':
      // Arrays and objects (rare in flat records) as JSON, not `[object Object]`.
      return value === null ? '' : cell(JSON.stringify(value))
    default:
      return cell(String(value))
  }
}

/** The header line (with the BOM unless `bom: false`). */
export function csvHeader(columns: readonly string[], options: CsvOptions = {}): string {
  return (options.bom === false ? '' : bom) + csvLine(columns)
}

function csvLine(cells: readonly unknown[]): string {
  let line = ''
  for (let index = 0; index < cells.length; index++) line += (index === 0 ? '' : ',') + cell(cells[index])
  return line + '\r\n'
}

/**
 * Data rows only, each record laid out on `columns` (missing fields are
 * empty). Cells that need quoting or formula escaping are rendered by
 * csv-stringify one by one; plain text and numbers are written as
 * csv-stringify would write them, without the per-cell cost of its generic path.
 */
export function csvRows(records: Iterable<Record<string, unknown>>, columns: readonly string[]): string {
  let text = ''
  for (const record of records) {
    let line = ''
    for (let index = 0; index < columns.length; index++) line += (index === 0 ? '' : ',') + cell(record[columns[index]!])
    text += line + '\r\n'
  }
  return text
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
