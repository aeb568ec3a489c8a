import {join} from 'node:path'
import {csvHeader, csvRows, type TableFormat} from '../emit/csv.js'
import {AtomicStream} from '../io/atomic-stream.js'
import type {Result} from './messages.js'
import {glossaryFile, jsonlFile, tableColumns, tableFile, tables} from './tables.js'

/**
 * The combined files of a batch, streamed: each table's header is the
 * columns of its record definition (written on `open`); workers send ready
 * CSV (or TSV) bytes laid out on it; rows are appended in input order, and
 * everything appears at once on `commit`.
 */
export class CombinedOutputs {
  private readonly files = new Map<string, AtomicStream>()
  private readonly options: {bom: boolean; raw: boolean; format: TableFormat}

  constructor(
    private readonly outdir: string,
    options: {bom: boolean; jsonl: boolean; raw?: boolean; format?: TableFormat}
  ) {
    this.options = {bom: options.bom, raw: options.raw === true, format: options.format ?? 'csv'}
    for (const table of tables) this.files.set(table.name, new AtomicStream(join(outdir, tableFile(table.name, this.options.format))))
    this.files.set(glossaryFile, new AtomicStream(join(outdir, tableFile(glossaryFile, this.options.format))))
    if (options.jsonl) this.files.set(jsonlFile, new AtomicStream(join(outdir, jsonlFile)))
  }

  /** Names of the combined files, relative to the output folder. */
  get names(): string[] {
    return [...this.files.keys()].map((name) => (name === jsonlFile ? name : tableFile(name, this.options.format)))
  }

  /** How workers lay out rows. */
  get layout(): {raw: boolean; format: TableFormat} {
    return {raw: this.options.raw, format: this.options.format}
  }

  async open(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.open()))
    for (const [name, file] of this.files) {
      if (name !== jsonlFile) await file.write(csvHeader(tableColumns[name]!, {bom: this.options.bom, format: this.options.format}))
    }
  }

  /** Append the rows of one input. */
  async add(result: Pick<Result, 'tables' | 'jsonl'>): Promise<void> {
    for (const [name, rows] of Object.entries(result.tables)) await this.files.get(name)!.write(rows.bytes)
    if (result.jsonl) await this.files.get(jsonlFile)?.write(result.jsonl)
  }

  /** Append records laid out here (the glossary). */
  async addRecords(name: string, records: readonly object[]): Promise<void> {
    if (records.length === 0) return
    await this.files.get(name)!.write(csvRows(records, tableColumns[name]!, this.layout))
  }

  /** Rename every file into place. */
  async commit(): Promise<void> {
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
