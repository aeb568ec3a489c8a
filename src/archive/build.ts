import {chmod, readFile, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {randomBytes} from 'node:crypto'
import type {KicDocument} from '../emit/document.js'
import type {Record as FlatRecord} from '../emit/records.js'
import {tables} from '../batch/tables.js'
import {tableName} from './columns.js'

export interface ArchiveTargets {
  /** SQLite file to write (atomically), or null. */
  sqlite: string | null
  /** Folder for the Parquet files, or null. */
  parquet: string | null
  /** Recorded in the database's `meta` table. */
  meta?: Record<string, string>
}

export interface ArchiveSummary {
  records: number
  files: string[]
}

/**
 * The archive database and Parquet files of a batch, from its per-issue JSON
 * (the same documents the CSVs come from) and its glossary rows: every record
 * generator of the batch tables, grouped by record kind.
 */
export async function writeArchive(documents: readonly string[], glossary: readonly FlatRecord[], targets: ArchiveTargets): Promise<ArchiveSummary> {
  const sqlitePath = targets.sqlite
  const temporary = sqlitePath ? join(dirname(sqlitePath), `.${basename(sqlitePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`) : null
  const database = temporary ? new (await import('./sqlite.js')).ArchiveDatabase(temporary) : null
  const parquet = targets.parquet ? new (await import('./parquet.js')).ParquetTables() : null
  let records = 0
  const add = (kind: string, rows: FlatRecord[]) => {
    if (rows.length === 0) return
    const table = tableName(kind)
    database?.add(table, rows)
    parquet?.add(table, rows)
    records += rows.length
  }
  try {
    for (const path of documents) {
      const document = JSON.parse(await readFile(path, 'utf8')) as KicDocument
      for (const table of tables) {
        const rows = [...table.records(document)]
        // Group by kind: one generator yields one kind of record.
        const byKind = new Map<string, FlatRecord[]>()
        for (const row of rows) {
          const list = byKind.get(row.record)
          if (list) list.push(row)
          else byKind.set(row.record, [row])
        }
        for (const [kind, list] of byKind) add(kind, list)
      }
    }
    add('glossary', [...glossary])
    const files: string[] = []
    if (database && temporary && sqlitePath) {
      for (const [key, value] of Object.entries(targets.meta ?? {})) database.setMeta(key, value)
      database.finish()
      // SQLite creates its file private (0600); the database is as readable as the CSVs beside it.
      await chmod(temporary, 0o666 & ~process.umask())
      await rename(temporary, sqlitePath)
      files.push(sqlitePath)
    }
    if (parquet && targets.parquet) files.push(...(await parquet.write(targets.parquet)).map((name) => join(targets.parquet!, name)))
    return {records, files}
  } catch (error) {
    database?.close()
    if (temporary) await rm(temporary, {force: true})
    throw error
  }
}
