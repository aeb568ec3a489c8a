import {csvRows, type TableFormat} from '../emit/csv.js'
import {documentRecords, inputErrorRecord, termRecords} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'
import type {TermRecord} from '../contract/records.js'
import type {InputFailure, TableRows} from './messages.js'
import {diagnosticsTable, tables} from './tables.js'

export interface Rendered {
  tables: {[table: string]: TableRows}
  jsonl: Uint8Array | null
  terms: TermRecord[]
  records: number
}

/** How the rows of the combined tables are laid out. */
export interface Layout {
  format: TableFormat
  raw: boolean
  jsonl: boolean
}

const encoder = new TextEncoder()

/** Records laid out on their table's columns as CSV (or TSV) bytes, encoded here in the worker. */
export function tableRows(records: readonly object[], columns: readonly string[], layout: Layout): TableRows {
  return {count: records.length, bytes: encoder.encode(csvRows(records, columns, layout))}
}

/** Buffers to transfer with a rendered result (each from TextEncoder, so never a shared pool). */
export function transferables(rendered: Pick<Rendered, 'tables' | 'jsonl'>): ArrayBuffer[] {
  const list: ArrayBuffer[] = []
  for (const rows of Object.values(rendered.tables)) list.push(rows.bytes.buffer as ArrayBuffer)
  if (rendered.jsonl) list.push(rendered.jsonl.buffer as ArrayBuffer)
  return list
}

/** All combined-file rows of one document. */
export function renderDocument(document: KicDocument, layout: Layout): Rendered {
  const out: Rendered = {tables: {}, jsonl: null, terms: [], records: 0}
  for (const table of tables) {
    const records = [...table.records(document)]
    if (records.length === 0) continue
    out.tables[table.name] = tableRows(records, table.columns, layout)
    out.records += records.length
  }
  if (layout.jsonl) {
    let text = ''
    for (const record of documentRecords(document)) text += JSON.stringify(record) + '\n'
    out.jsonl = encoder.encode(text)
  }
  out.terms = [...termRecords(document)]
  return out
}

/** The rows of an input that failed: one error in diagnostics.csv (and records.jsonl). */
export function renderFailure(file: string, failure: InputFailure, layout: Layout): Rendered {
  const record = inputErrorRecord({file, ...failure})
  const columns = tables.find((table) => table.name === diagnosticsTable)!.columns
  return {
    tables: {[diagnosticsTable]: tableRows([record], columns, layout)},
    jsonl: layout.jsonl ? encoder.encode(JSON.stringify(record) + '\n') : null,
    terms: [],
    records: 1
  }
}
