import {csvColumns, csvRows} from '../emit/csv.js'
import {documentRecords, inputErrorRecord, termRecords, type Record as FlatRecord} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'
import type {InputFailure, TableRows} from './messages.js'
import {diagnosticsTable, tables} from './tables.js'

export interface Rendered {
  tables: {[table: string]: TableRows}
  jsonl: Uint8Array | null
  terms: FlatRecord[]
  records: number
}

/** The rows of one table as kept for a re-run: laid out on the task's header, or on the records' own columns. */
export interface LaidOut {
  count: number
  layout: string[]
  extra?: string[]
  bytes: Uint8Array
}

const encoder = new TextEncoder()

/**
 * Lay out records on a known header as CSV (UTF-8 bytes, encoded here in the
 * worker rather than on the main thread); without a header, hand the
 * records back so the main thread can fix the header from the first ones.
 */
export function tableRows(records: FlatRecord[], header: string[] | undefined): TableRows {
  if (!header) return {count: records.length, records}
  const {bytes, extra} = layOut(records, header)
  return {count: records.length, bytes, layout: header, ...(extra ? {extra} : {})}
}

/** CSV rows of records on a header, and the fields the header lacks. */
export function layOut(records: FlatRecord[], header: string[]): LaidOut {
  const known = new Set(header)
  const extra = new Set<string>()
  for (const record of records) for (const key in record) if (!known.has(key)) extra.add(key)
  return {count: records.length, layout: header, bytes: encoder.encode(csvRows(records, header)), ...(extra.size > 0 ? {extra: [...extra]} : {})}
}

/** Buffers to transfer with a rendered result (each from TextEncoder or copied, so never a shared pool; each once). */
export function transferables(rendered: Pick<Rendered, 'tables' | 'jsonl'>): ArrayBuffer[] {
  const list = new Set<ArrayBuffer>()
  for (const rows of Object.values(rendered.tables)) if (rows.bytes) list.add(rows.bytes.buffer as ArrayBuffer)
  if (rendered.jsonl) list.add(rendered.jsonl.buffer as ArrayBuffer)
  return [...list]
}

/**
 * All combined-file rows of one document, and the same rows laid out for the
 * row cache (on the task's header, or on the records' own columns where the
 * task had no header yet).
 */
export function renderDocument(document: KicDocument, headers: {[table: string]: string[]}, jsonl: boolean): Rendered & {kept: {[table: string]: LaidOut}} {
  const out: Rendered & {kept: {[table: string]: LaidOut}} = {tables: {}, jsonl: null, terms: [], records: 0, kept: {}}
  for (const table of tables) {
    const records = [...table.records(document)]
    if (records.length === 0) continue
    const rows = (out.tables[table.name] = tableRows(records, headers[table.name]))
    out.kept[table.name] = rows.bytes ? {count: rows.count, layout: rows.layout!, bytes: rows.bytes, ...(rows.extra ? {extra: rows.extra} : {})} : layOut(records, csvColumns(records))
    out.records += records.length
  }
  if (jsonl) {
    let text = ''
    for (const record of documentRecords(document)) text += JSON.stringify(record) + '\n'
    out.jsonl = encoder.encode(text)
  }
  out.terms = [...termRecords(document)]
  return out
}

/** The rows of an input that failed: one error in diagnostics.csv (and records.jsonl). */
export function renderFailure(path: string, failure: InputFailure, headers: {[table: string]: string[]}, jsonl: boolean): Rendered {
  const record = inputErrorRecord({file: path, ...failure})
  return {
    tables: {[diagnosticsTable]: tableRows([record], headers[diagnosticsTable])},
    jsonl: jsonl ? encoder.encode(JSON.stringify(record) + '\n') : null,
    terms: [],
    records: 1
  }
}
