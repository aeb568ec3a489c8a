import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import {writeAtomic} from '../io/write-atomic.js'
import {cellValue, TableShapes, type ColumnType, type FlatRecord} from './columns.js'
import type {ArchivePayload} from './payload.js'

/**
 * One Parquet file per record kind (`parquet/blocks.parquet`, …), columns and
 * types derived from the records (see columns.ts). Rows are gathered per
 * table and written at the end (Parquet is column-major); the writer is pure
 * JavaScript and loads only for `--parquet`.
 */
export class ParquetTables {
  private readonly shapes = new TableShapes()
  private readonly rows = new Map<string, Array<Record<string, unknown>>>()

  add(payload: ArchivePayload): void {
    for (const [table, part] of Object.entries(payload)) {
      this.shapes.observeFields(table, part.fields, part.kind)
      let list = this.rows.get(table)
      if (!list) this.rows.set(table, (list = []))
      for (const record of JSON.parse(part.json) as FlatRecord[]) list.push(record)
    }
  }

  /** Write every table into `folder`; returns the file names. */
  async write(folder: string): Promise<string[]> {
    const {parquetWriteBuffer} = await import('hyparquet-writer')
    await mkdir(folder, {recursive: true})
    const names: string[] = []
    for (const [table, columns] of this.shapes.tables) {
      const rows = this.rows.get(table) ?? []
      const columnData = [...columns].map(([name, type]) => column(name, type, rows))
      const buffer = parquetWriteBuffer({columnData, createdBy: 'kic'})
      const file = `${table}.parquet`
      await writeAtomic(join(folder, file), new Uint8Array(buffer))
      names.push(file)
    }
    return names
  }
}

function column(name: string, type: ColumnType | null, rows: Array<Record<string, unknown>>) {
  switch (type) {
    case 'integer': {
      const data = rows.map((row) => numberOrNull(row[name]))
      // INT32 when every value fits (lines, counts, issue numbers); else DOUBLE, exact up to 2^53 without BigInt.
      const fits = data.every((value) => value === null || (value >= -2147483648 && value <= 2147483647))
      return {name, type: fits ? ('INT32' as const) : ('DOUBLE' as const), data}
    }
    case 'real':
      return {name, type: 'DOUBLE' as const, data: rows.map((row) => numberOrNull(row[name]))}
    case 'boolean':
      return {name, type: 'BOOLEAN' as const, data: rows.map((row) => (typeof row[name] === 'boolean' ? (row[name] as boolean) : null))}
    default:
      return {name, type: 'STRING' as const, data: rows.map((row) => textOrNull(row[name]))}
  }
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null
}

function textOrNull(value: unknown): string | null {
  const cell = cellValue(value)
  return cell === null ? null : String(cell)
}
