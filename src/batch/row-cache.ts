import {createHash} from 'node:crypto'
import {readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {version} from '../version.js'
import type {TermRecord} from '../contract/records.js'
import type {Layout} from './render.js'
import {tableColumns} from './tables.js'
import {temporaryPath} from './temporary.js'
import {utf8Bytes} from '../util/utf8.js'

/**
 * The rendered rows of one converted input, kept beside its JSON so that a
 * re-run over unchanged inputs only hashes them and concatenates bytes: CSV
 * rows per table (with the header they were laid out on), the JSON Lines
 * text when it was asked for, the term records for the glossary.
 *
 * One file per input in `outdir/rows/`, named by the SHA-256 of (input
 * SHA-256, input name, encoding option): the rows hold the name, and the
 * encoding changes the document. The first line is JSON metadata (kic
 * version, the layout: columns of every table, CSV or TSV, formula escaping;
 * sizes of every part), then the parts, byte for byte. A file that does not
 * match (another kic version or layout, a size that is off, a JSON that
 * changed) is ignored and rewritten: it can cost a re-parse, never a wrong row.
 */
export const rowsFolder = 'rows'

export interface CachedTable {
  count: number
  /** Size of the rows in the payload. */
  size: number
}

export interface RowsMeta {
  version: string
  sha256: string
  name: string
  encoding: string
  /** `layoutKey` of the rows. */
  layout: string
  issue: number | null
  warnings: number
  records: number
  /** Size of the per-issue JSON the rows were rendered from (a torn JSON is not reused). */
  json: number
  tables: {[table: string]: CachedTable}
  /** Size of the JSON Lines text, or null when it was not rendered. */
  jsonl: number | null
  /** Size of the term records (JSON). */
  terms: number
}

export interface CachedRows {
  meta: RowsMeta
  tables: {[table: string]: Uint8Array}
  jsonl: Uint8Array | null
  terms: TermRecord[]
}

/** What the rows' bytes depend on besides the input: the tables' columns, CSV or TSV, formula escaping. */
export function layoutKey(layout: Layout): string {
  return createHash('sha256').update(JSON.stringify([layout.format, layout.raw, tableColumns])).digest('hex').slice(0, 16)
}

export function rowsPath(outdir: string): string {
  return join(outdir, rowsFolder)
}

/** File name of the rows of one input. */
export function rowsName(sha256: string, name: string, encoding: string): string {
  return createHash('sha256').update(`${sha256}\n${encoding}\n${name}`).digest('hex') + '.rows'
}

const decoder = new TextDecoder()

/** Write the rows of one input into `folder` (made by the run; temporary name, then rename; no fsync: they are checked when read). */
export async function writeRows(
  folder: string,
  name: string,
  meta: Omit<RowsMeta, 'version' | 'tables' | 'jsonl' | 'terms'>,
  tables: {[table: string]: {count: number; bytes: Uint8Array}},
  jsonl: Uint8Array | null,
  terms: readonly TermRecord[]
): Promise<void> {
  const termBytes = utf8Bytes(JSON.stringify(terms))
  const parts: Uint8Array[] = []
  const described: RowsMeta['tables'] = {}
  for (const [table, rows] of Object.entries(tables)) {
    described[table] = {count: rows.count, size: rows.bytes.length}
    parts.push(rows.bytes)
  }
  if (jsonl) parts.push(jsonl)
  parts.push(termBytes)
  const full: RowsMeta = {...meta, version, tables: described, jsonl: jsonl ? jsonl.length : null, terms: termBytes.length}
  const temporary = temporaryPath(folder, 'rows')
  await writeFile(temporary, Buffer.concat([utf8Bytes(JSON.stringify(full) + '\n'), ...parts]))
  await rename(temporary, join(folder, name))
}

/**
 * The rows of an input if a matching file is there: same kic version, input
 * bytes, path and encoding option, every part of the announced size, and the
 * JSON they came from still of its size. Null otherwise.
 */
export async function readRows(
  folder: string,
  name: string,
  expected: {sha256: string; name: string; encoding: string; layout: string; json: string}
): Promise<CachedRows | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(folder, name))
  } catch {
    return null
  }
  const end = bytes.indexOf(10)
  if (end < 0) return null
  let meta: RowsMeta
  try {
    meta = JSON.parse(decoder.decode(bytes.subarray(0, end))) as RowsMeta
  } catch {
    return null
  }
  if (meta.version !== version || meta.sha256 !== expected.sha256 || meta.name !== expected.name || meta.encoding !== expected.encoding || meta.layout !== expected.layout) return null
  let size = 0
  for (const table of Object.values(meta.tables)) size += table.size
  size += (meta.jsonl ?? 0) + meta.terms
  if (end + 1 + size !== bytes.length) return null
  try {
    if ((await stat(expected.json)).size !== meta.json) return null
  } catch {
    return null
  }
  const tables: CachedRows['tables'] = {}
  let offset = end + 1
  for (const [table, described] of Object.entries(meta.tables)) {
    tables[table] = bytes.subarray(offset, offset + described.size)
    offset += described.size
  }
  let jsonl: Uint8Array | null = null
  if (meta.jsonl !== null) {
    jsonl = bytes.subarray(offset, offset + meta.jsonl)
    offset += meta.jsonl
  }
  let terms: TermRecord[]
  try {
    terms = JSON.parse(decoder.decode(bytes.subarray(offset, offset + meta.terms))) as TermRecord[]
  } catch {
    return null
  }
  return {meta, tables, jsonl, terms}
}

/** Remove rows files no current input uses (and temporaries of this process's dead predecessors are left to removeStaleTemporaries). */
export async function pruneRows(folder: string, keep: ReadonlySet<string>): Promise<void> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (name.endsWith('.rows') && !keep.has(name)) await rm(join(folder, name), {force: true})
  }
}
