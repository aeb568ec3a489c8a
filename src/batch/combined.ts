import {join} from 'node:path'
import {csvColumns, csvHeader, csvRows} from '../emit/csv.js'
import type {Record as FlatRecord} from '../emit/records.js'
import {AtomicStream} from '../io/atomic-stream.js'
import type {Result} from './messages.js'
import {emptyColumns, glossaryFile, glossaryOmegatFile, glossaryTbxFile, jsonlFile, tables} from './tables.js'

/** Combined files that are not CSV (no header of their own). */
const plainFiles = new Set([jsonlFile, glossaryTbxFile, glossaryOmegatFile])

/**
 * The combined files of a batch, streamed: each CSV's header is fixed by the
 * first records of its kind (the main thread lays those out; workers then get
 * the header and send ready CSV bytes), rows are appended in input order, and
 * everything appears at once on `commit`.
 */
export class CombinedOutputs {
  /** Headers fixed so far, by table name; sent to workers with each task. */
  readonly headers: {[table: string]: string[]} = {}
  /** `table: field` pairs some record had beyond the header (dropped from CSV). */
  readonly dropped = new Set<string>()
  private readonly files = new Map<string, AtomicStream>()
  private readonly bom: boolean

  constructor(
    private readonly outdir: string,
    options: {bom: boolean; jsonl: boolean}
  ) {
    this.bom = options.bom
    for (const table of tables) this.files.set(table.name, new AtomicStream(join(outdir, table.name)))
    for (const name of [glossaryFile, glossaryTbxFile, glossaryOmegatFile]) this.files.set(name, new AtomicStream(join(outdir, name)))
    if (options.jsonl) this.files.set(jsonlFile, new AtomicStream(join(outdir, jsonlFile)))
  }

  /** Names of the combined files, relative to the output folder. */
  get names(): string[] {
    return [...this.files.keys()]
  }

  async open(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.open()))
  }

  /** Append the rows of one input. */
  async add(result: Pick<Result, 'tables' | 'jsonl'>): Promise<void> {
    for (const [name, rows] of Object.entries(result.tables)) {
      const file = this.files.get(name)!
      if (rows.bytes !== undefined) {
        await file.write(rows.bytes)
      } else if (rows.records) {
        await this.addRecords(name, rows.records)
      }
      for (const field of rows.extra ?? []) this.dropped.add(`${name}: ${field}`)
    }
    if (result.jsonl) await this.files.get(jsonlFile)?.write(result.jsonl)
  }

  /** Append records laid out by the main thread (the first of their kind, or the glossary). */
  async addRecords(name: string, records: FlatRecord[]): Promise<void> {
    if (records.length === 0) return
    const file = this.files.get(name)!
    let header = this.headers[name]
    if (!header) {
      header = this.headers[name] = csvColumns(records)
      await file.write(csvHeader(header, {bom: this.bom}))
    }
    const known = new Set(header)
    for (const record of records) for (const key in record) if (!known.has(key)) this.dropped.add(`${name}: ${key}`)
    await file.write(csvRows(records, header))
  }

  /** Append text to a file that is not CSV (the glossary's TBX and OmegaT forms). */
  async addText(name: string, text: string): Promise<void> {
    await this.files.get(name)!.write(text)
  }

  /** Finish every file (a header alone where no record came) and rename them all into place. */
  async commit(): Promise<void> {
    for (const [name, file] of this.files) {
      if (!plainFiles.has(name) && !this.headers[name]) await file.write(csvHeader(emptyColumns, {bom: this.bom}))
    }
    for (const file of this.files.values()) await file.commit()
  }

  async abort(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.abort()))
  }

  /** Bytes written so far. */
  get bytes(): number {
    let sum = 0
    for (const file of this.files.values()) sum += file.bytes
    return sum
  }
}
