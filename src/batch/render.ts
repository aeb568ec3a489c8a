import {csvRows} from '../emit/csv.js'
import {documentRecords, inputErrorRecord, termRecords} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'
import type {TermRecord} from '../contract/records.js'
import type {InputFailure, Layout, TableRows} from './messages.js'

export type {Layout}
import {diagnosticsTable, tables} from './tables.js'
import {archivePayload, type ArchivePayload} from '../archive/payload.js'
import {utf8Bytes} from '../util/utf8.js'

export interface Rendered {
  tables: {[table: string]: TableRows}
  jsonl: Uint8Array | null
  terms: TermRecord[]
  /** The records for the archive database / Parquet files (when the layout asks). */
  archive: ArchivePayload | null
  records: number
}



/** Records laid out on their table's columns as CSV (or TSV) bytes, encoded here in the worker. */
export function tableRows(records: readonly object[], columns: readonly string[], layout: Layout): TableRows {
  return {count: records.length, bytes: utf8Bytes(csvRows(records, columns, layout))}
}

/** Buffers to transfer with a rendered result (each from `utf8Bytes` or copied, so never a shared pool; each once). */
export function transferables(rendered: Pick<Rendered, 'tables' | 'jsonl'>): ArrayBuffer[] {
  const list = new Set<ArrayBuffer>()
  for (const rows of Object.values(rendered.tables)) list.add(rows.bytes.buffer as ArrayBuffer)
  if (rendered.jsonl) list.add(rendered.jsonl.buffer as ArrayBuffer)
  return [...list]
}

/** All combined-file rows of one document. */
export function renderDocument(document: KicDocument, layout: Layout): Rendered {
  const out: Rendered = {tables: {}, jsonl: null, terms: [], archive: null, records: 0}
  const all: Array<readonly object[]> = []
  for (const table of tables) {
    const records = [...table.records(document)]
    if (layout.archive) all.push(records)
    if (records.length === 0) continue
    out.tables[table.name] = tableRows(records, table.columns, layout)
    out.records += records.length
  }
  if (layout.jsonl) {
    let text = ''
    for (const record of documentRecords(document)) text += JSON.stringify(record) + '\n'
    out.jsonl = utf8Bytes(text)
  }
  out.terms = [...termRecords(document)]
  if (layout.archive) out.archive = archivePayload(all)
  return out
}

/** The rows of an input that failed: one error in diagnostics.csv (and records.jsonl). */
export function renderFailure(file: string, failure: InputFailure, layout: Layout): Rendered {
  const record = inputErrorRecord({file, ...failure})
  const columns = tables.find((table) => table.name === diagnosticsTable)!.columns
  return {
    tables: {[diagnosticsTable]: tableRows([record], columns, layout)},
    jsonl: layout.jsonl ? utf8Bytes(JSON.stringify(record) + '\n') : null,
    terms: [],
    archive: layout.archive ? archivePayload([[record]]) : null,
    records: 1
  }
}
