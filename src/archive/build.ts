import {chmod, rename, rm} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import {basename, dirname, join} from 'node:path'
import type {ArchiveDatabase} from './sqlite.js'
import type {ParquetTables} from './parquet.js'
import {archivePayload, type ArchivePayload} from './payload.js'
import {pushAll} from '../util/arrays.js'

export interface ArchiveTargets {
  /** SQLite file to write (atomically), or null. */
  sqlite: string | null
  /** Folder for the Parquet files, or null. */
  parquet: string | null
}

/**
 * The archive database and Parquet files of a batch, fed input by input with
 * the payloads workers make from the same records as the CSVs, then the
 * glossary. The database is written under a temporary name and renamed into
 * place at the end; nothing appears if the run fails.
 */
export class ArchiveWriter {
  private constructor(
    private readonly targets: ArchiveTargets,
    private readonly temporary: string | null,
    private readonly database: ArchiveDatabase | null,
    private readonly parquet: ParquetTables | null
  ) {}

  static async open(targets: ArchiveTargets): Promise<ArchiveWriter> {
    const path = targets.sqlite
    const temporary = path ? join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`) : null
    const database = temporary ? new (await import('./sqlite.js')).ArchiveDatabase(temporary) : null
    const parquet = targets.parquet ? new (await import('./parquet.js')).ParquetTables() : null
    return new ArchiveWriter(targets, temporary, database, parquet)
  }

  add(payload: ArchivePayload | null): void {
    if (!payload) return
    this.database?.add(payload)
    this.parquet?.add(payload)
  }

  /** Add the glossary and the meta data, write everything; returns the files written. */
  async finish(glossary: readonly object[], meta: Record<string, string>): Promise<string[]> {
    this.add(archivePayload([glossary]))
    const files: string[] = []
    if (this.database && this.temporary && this.targets.sqlite) {
      for (const [key, value] of Object.entries(meta)) this.database.setMeta(key, value)
      this.database.finish()
      // SQLite creates its file private (0600); the database is as readable as the CSVs beside it.
      await chmod(this.temporary, 0o666 & ~process.umask())
      await rename(this.temporary, this.targets.sqlite)
      files.push(this.targets.sqlite)
    }
    if (this.parquet && this.targets.parquet) {
      pushAll(files, (await this.parquet.write(this.targets.parquet)).map((name) => join(this.targets.parquet!, name)))
    }
    return files
  }

  async abort(): Promise<void> {
    try {
      this.database?.close()
    } finally {
      if (this.temporary) await rm(this.temporary, {force: true})
    }
  }
}
