import {createRequire} from 'node:module'
import type {Database as DatabaseType, Statement} from 'node-sqlite3-wasm'
import type {Record as FlatRecord} from '../emit/records.js'
import {cellValue, indexedFields, TableShapes, type ColumnType} from './columns.js'
import {indexText} from './tokens.js'

const require = createRequire(import.meta.url)

/** SQLite (WebAssembly, no native build); loaded only by `--sqlite` and `kic search`. */
export function openDatabase(path: string, options: {readOnly?: boolean} = {}): DatabaseType {
  const {Database} = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm')
  return new Database(path, {readOnly: options.readOnly ?? false, fileMustExist: options.readOnly ?? false})
}

/** The full-text index over block text (captions, notes and table cells are blocks too). */
export const searchTable = 'blocks_fts'
/** Table and column the full-text index covers. */
export const searchedTable = 'blocks'

/** Declared types; a column whose values were all null so far, or mixed, gets none (values kept as they are). */
const declared: Record<ColumnType, string> = {integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', text: 'TEXT', mixed: ''}

/**
 * Writes records into an SQLite file: a table per record kind created on the
 * first record of that kind, a column added whenever a record brings a new
 * field, rows inserted in one transaction, the full-text index filled as
 * blocks arrive; indexes are built at the end (faster than maintaining them).
 */
export class ArchiveDatabase {
  private readonly db: DatabaseType
  private readonly shapes = new TableShapes()
  private readonly inserts = new Map<string, {statement: Statement; columns: string[]}>()
  private readonly fts: Statement

  constructor(path: string) {
    this.db = openDatabase(path)
    this.db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; BEGIN')
    this.db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)`)
    // Contentless: the text lives in `blocks`; the index holds kic's tokens (see tokens.ts), rowid = blocks.rowid.
    this.db.exec(`CREATE VIRTUAL TABLE ${searchTable} USING fts5(tokens, content='', tokenize='ascii')`)
    this.fts = this.db.prepare(`INSERT INTO ${searchTable} (rowid, tokens) VALUES (?, ?)`)
  }

  /** Rows of one table (typically one document's): their fields are seen first, so column types come from all of them. */
  add(table: string, records: readonly FlatRecord[]): void {
    const added = new Set<string>()
    for (const record of records) for (const field of this.shapes.observe(table, record)) added.add(field)
    if (added.size > 0) this.extend(table, [...added])
    const insert = this.inserts.get(table)
    if (!insert) return
    for (const record of records) {
      const values = insert.columns.map((column) => cellValue(record[column]))
      const {lastInsertRowid} = insert.statement.run(values)
      if (table === searchedTable && typeof record.text === 'string') this.fts.run([lastInsertRowid, indexText(record.text)])
    }
  }

  setMeta(key: string, value: string): void {
    this.db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [key, value])
  }

  /** Indexes, column types, commit, close. */
  finish(): void {
    for (const [table, columns] of this.shapes.tables) {
      for (const field of indexedFields) {
        if (columns.has(field)) this.db.exec(`CREATE INDEX ${quote(`${table}_${field}`)} ON ${quote(table)} (${quote(field)})`)
      }
    }
    this.setMeta('columns', JSON.stringify(Object.fromEntries([...this.shapes.tables].map(([table, columns]) => [table, Object.fromEntries(columns)]))))
    this.close(true)
  }

  close(commit = false): void {
    for (const {statement} of this.inserts.values()) statement.finalize()
    this.inserts.clear()
    if (!this.fts.isFinalized) this.fts.finalize()
    if (this.db.isOpen) {
      if (commit) this.db.exec('COMMIT; PRAGMA optimize')
      this.db.close()
    }
  }

  /** Create the table or add columns, then prepare its insert anew. */
  private extend(table: string, added: string[]): void {
    const columns = this.shapes.tables.get(table)!
    const known = this.inserts.get(table)
    if (!known) {
      // `rowid` is the key (ids repeat when two inputs claim one issue number).
      const list = [...columns].map(([name, type]) => `${quote(name)} ${declared[type ?? 'mixed']}`.trim())
      this.db.exec(`CREATE TABLE ${quote(table)} (rowid INTEGER PRIMARY KEY, ${list.join(', ')})`)
    } else {
      for (const name of added) this.db.exec(`ALTER TABLE ${quote(table)} ADD COLUMN ${quote(name)} ${declared[columns.get(name) ?? 'mixed']}`.trim())
      known.statement.finalize()
    }
    const names = [...columns.keys()]
    const statement = this.db.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    this.inserts.set(table, {statement, columns: names})
  }
}

export function quote(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"'
}
