import {csvRows} from '../emit/csv.js'
import {documentRecords, inputErrorRecord, termRecords, type Record as FlatRecord} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'
import type {InputFailure, TableRows} from './messages.js'
import {diagnosticsTable, tables} from './tables.js'
import {archivePayload, type ArchivePayload} from '../archive/payload.js'

export interface Rendered {
  tables: {[table: string]: TableRows}
  jsonl: Uint8Array | null
  terms: FlatRecord[]
  archive: ArchivePayload | null
  records: number
}

const encoder = new TextEncoder()

/**
 * Lay out records on a known header as CSV (UTF-8 bytes, encoded here in the
 * worker rather than on the main thread); without a header, hand the
 * records back so the main thread can fix the header from the first ones.
 */
export function tableRows(records: FlatRecord[], header: string[] | undefined): TableRows {
  if (!header) return {count: records.length, records}
  const known = new Set(header)
  const extra = new Set<string>()
  for (const record of records) for (const key in record) if (!known.has(key)) extra.add(key)
  return {count: records.length, bytes: encoder.encode(csvRows(records, header)), ...(extra.size > 0 ? {extra: [...extra]} : {})}
}

/** Buffers to transfer with a rendered result (each from TextEncoder, so never a shared pool). */
export function transferables(rendered: Pick<Rendered, 'tables' | 'jsonl'>): ArrayBuffer[] {
  const list: ArrayBuffer[] = []
  for (const rows of Object.values(rendered.tables)) if (rows.bytes) list.push(rows.bytes.buffer as ArrayBuffer)
  if (rendered.jsonl) list.push(rendered.jsonl.buffer as ArrayBuffer)
  return list
}

/** All combined-file rows of one document. */
export function renderDocument(document: KicDocument, headers: {[table: string]: string[]}, jsonl: boolean, archive = false): Rendered {
  const out: Rendered = {tables: {}, jsonl: null, terms: [], archive: null, records: 0}
  const all: FlatRecord[][] = []
  for (const table of tables) {
    const records = [...table.records(document)]
    if (archive) all.push(records)
    if (records.length === 0) continue
    out.tables[table.name] = tableRows(records, headers[table.name])
    out.records += records.length
  }
  if (jsonl) {
    let text = ''
    for (const record of documentRecords(document)) text += JSON.stringify(record) + '\n'
    out.jsonl = encoder.encode(text)
  }
  out.terms = [...termRecords(document)]
  if (archive) out.archive = archivePayload(all)
  return out
}

/** The rows of an input that failed: one error in diagnostics.csv (and records.jsonl). */
export function renderFailure(path: string, failure: InputFailure, headers: {[table: string]: string[]}, jsonl: boolean, archive = false): Rendered {
  const record = inputErrorRecord({file: path, ...failure})
  return {
    tables: {[diagnosticsTable]: tableRows([record], headers[diagnosticsTable])},
    jsonl: jsonl ? encoder.encode(JSON.stringify(record) + '\n') : null,
    terms: [],
    archive: archive ? archivePayload([[record]]) : null,
    records: 1
  }
}
