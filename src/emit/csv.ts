import {stringify} from 'csv-stringify/sync'

/**
 * CSV (and TSV) for spreadsheets and data tools. CSV: RFC 4180 quoting, CRLF
 * rows, a header row of field names. Lists are `;`-joined. By default
 * formula-like cells (`=`, `+`, `-`, `@`, tab, CR, and their full-width
 * forms) get a leading `'` so a spreadsheet never runs them (`raw: true`
 * turns that off; numbers stay numbers: `-3` is not escaped). A UTF-8 byte
 * order mark starts the output only when asked (`bom: true`): the commands
 * ask for it when they write a file, never on stdout.
 *
 * TSV: one line per row, fields split by tabs, no quoting; a backslash, tab,
 * LF or CR inside a field is written `\\`, `\t`, `\n`, `\r`.
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default false). */
  bom?: boolean
  /** Leave formula-like cells as they are (default false). */
  raw?: boolean
  /** `csv` (default) or `tsv`. */
  format?: TableFormat
}

export type TableFormat = 'csv' | 'tsv'

export const bom = '\uFEFF'

/** Separator of list items in a CSV cell. */
export const listSeparator = ';'

const cast = {
  boolean: (value: boolean) => (value ? 'true' : 'false'),
  number: (value: number) => String(value),
  // Lists `;`-joined; other objects (none in kic's records) as JSON.
  object: (value: object) => (Array.isArray(value) ? value.join(listSeparator) : JSON.stringify(value))
}

const csvOptions = (raw: boolean | undefined) =>
  ({
    escape_formulas: raw !== true,
    record_delimiter: '\r\n',
    // A bare LF or CR inside a cell must be quoted too (csv-stringify quotes only the record delimiter).
    quoted_match: /[\r\n]/,
    cast
  }) as const

/** The header line (with the BOM when `bom: true`). */
export function csvHeader(columns: readonly string[], options: CsvOptions = {}): string {
  const start = options.bom === true ? bom : ''
  if (options.format === 'tsv') return start + columns.map(tsvField).join('\t') + '\n'
  return start + stringify([columns.slice()], csvOptions(options.raw))
}

/** Data rows only, each record laid out on `columns` (missing fields are empty). */
export function csvRows(records: Iterable<object>, columns: readonly string[], options: CsvOptions = {}): string {
  const list = Array.isArray(records) ? records : [...records]
  if (list.length === 0) return ''
  if (options.format === 'tsv') return tsvRows(list as Array<{[key: string]: unknown}>, columns, options.raw === true)
  return stringify(list, {...csvOptions(options.raw), columns: columns.slice(), header: false})
}

/** A whole CSV (or TSV) document: header then rows. */
export function toCsv(records: Iterable<object>, columns: readonly string[], options: CsvOptions = {}): string {
  return csvHeader(columns, options) + csvRows(records, columns, options)
}

const formulaStart = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])

function tsvRows(records: Array<{[key: string]: unknown}>, columns: readonly string[], raw: boolean): string {
  let out = ''
  for (const record of records) {
    let line = ''
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += '\t'
      line += tsvValue(record[columns[i]!], raw)
    }
    out += line + '\n'
  }
  return out
}

function tsvValue(value: unknown, raw: boolean): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = typeof value === 'string' ? value : cast.object(value as object)
  const escaped = !raw && text.length > 0 && formulaStart.has(text[0]!) ? `'${text}` : text
  return tsvField(escaped)
}

function tsvField(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (char) => tsvEscapes[char]!) : text
}

const tsvEscapes: {[char: string]: string} = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
