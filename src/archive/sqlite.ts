import {createRequire} from 'node:module'
import type {Database as DatabaseType, Statement} from 'node-sqlite3-wasm'
import type * as Sqlite from 'node-sqlite3-wasm'
import {cellValue, indexedFields, TableShapes, type ColumnType, type FlatRecord} from './columns.js'
import {searchedTable, searchTable} from './names.js'
import type {ArchivePayload} from './payload.js'

export {searchTable, searchedTable} from './names.js'

const require = createRequire(import.meta.url)

/** SQLite (WebAssembly, no native build); loaded only by `--sqlite` and `kic search`. */
export function openDatabase(path: string, options: {readOnly?: boolean} = {}): DatabaseType {
  const {Database} = require('node-sqlite3-wasm') as typeof Sqlite
  return new Database(path, {readOnly: options.readOnly ?? false, fileMustExist: options.readOnly ?? false})
}

/** Declared types; a column whose values were all null so far, or mixed, gets none (values kept as they are). */
const declared: Record<ColumnType, string> = {integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', text: 'TEXT', mixed: ''}

/**
 * Writes records into an SQLite file: a table per record kind created on the
 * first records of that kind, a column added whenever records bring a new
 * field, one prepared insert per table (in this WebAssembly build binding
 * values is much cheaper than SQL text or `json_each`). The full-text index
 * is filled alongside (rowid = blocks.rowid) with `detail=none`: it only
 * narrows the candidates, each of which is checked against the text (see
 * search/query.ts), so positions are not needed and the index costs a
 * fraction. Indexes on ids are built at the end.
 */
export class ArchiveDatabase {
  private readonly db: DatabaseType
  private readonly shapes = new TableShapes()
  private readonly inserts = new Map<string, {statement: Statement; columns: string[]}>()
  private readonly rowids = new Map<string, number>()
  private readonly fts: Statement
  private readonly text = new Utf8Scratch()

  constructor(path: string) {
    this.db = openDatabase(path)
    this.db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; BEGIN')
    this.db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)`)
    // Contentless: the text lives in `blocks`; the index holds kic's tokens (see tokens.ts).
    this.db.exec(`CREATE VIRTUAL TABLE ${searchTable} USING fts5(tokens, content='', tokenize='ascii', detail=none)`)
    this.fts = this.db.prepare(`INSERT INTO ${searchTable} (rowid, tokens) VALUES (?1, CAST(?2 AS TEXT))`)
  }

  add(payload: ArchivePayload): void {
    for (const [table, part] of Object.entries(payload)) {
      const added = this.shapes.observeFields(table, part.fields, part.kind)
      if (added.length > 0) this.extend(table, added)
      const first = this.rowids.get(table) ?? 1
      const {statement, columns} = this.inserts.get(table)!
      const rows = JSON.parse(part.json) as FlatRecord[]
      const values: Array<Uint8Array | number | boolean | null> = new Array(columns.length + 1)
      for (const [i, row] of rows.entries()) {
        values[0] = first + i
        this.text.reset()
        for (let c = 0; c < columns.length; c++) values[c + 1] = this.text.bindable(cellValue(row[columns[c]!]))
        statement.run(values)
      }
      if (table === searchedTable && part.tokens) {
        const tokens = JSON.parse(part.tokens) as string[]
        for (const [i, text] of tokens.entries()) {
          if (!text) continue
          this.text.reset()
          this.fts.run([first + i, this.text.bindable(text) as Uint8Array])
        }
      }
      this.rowids.set(table, first + rows.length)
    }
  }

  setMeta(key: string, value: string): void {
    this.db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [key, value])
  }

  /** Indexes, column types in `meta`, commit, close. */
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
      if (commit) this.db.exec('COMMIT')
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
      for (const name of added) this.db.exec(`ALTER TABLE ${quote(table)} ADD COLUMN ${`${quote(name)} ${declared[columns.get(name) ?? 'mixed']}`.trim()}`)
      known.statement.finalize()
    }
    const names = [...columns.keys()]
    // Text arrives as UTF-8 bytes (see `bindable`) and becomes TEXT again here, in SQLite.
    const values = names.map((_, i) => `CASE WHEN typeof(?${i + 2}) = 'blob' THEN CAST(?${i + 2} AS TEXT) ELSE ?${i + 2} END`)
    const statement = this.db.prepare(`INSERT INTO ${quote(table)} (rowid, ${names.map(quote).join(', ')}) VALUES (?1, ${values.join(', ')})`)
    this.inserts.set(table, {statement, columns: names})
  }
}

const encoder = new TextEncoder()

/**
 * Strings go to SQLite as UTF-8 bytes, encoded by the engine into one
 * reusable buffer per row (views into it are bound, and SQLite copies them):
 * the WebAssembly binding would otherwise encode each string in a JavaScript
 * loop, which was the largest cost of writing the archive.
 */
class Utf8Scratch {
  private buffer = new Uint8Array(1 << 16)
  private used = 0

  reset(): void {
    this.used = 0
  }

  bindable(value: string | number | boolean | null): Uint8Array | number | boolean | null {
    if (typeof value !== 'string') return value
    const needed = value.length * 3
    if (this.used + needed > this.buffer.length) {
      // Views handed out for this row keep the old buffer alive; the new one serves the rest.
      this.buffer = new Uint8Array(Math.max(this.buffer.length * 2, needed * 2))
      this.used = 0
    }
    const {written} = encoder.encodeInto(value, this.buffer.subarray(this.used))
    const view = this.buffer.subarray(this.used, this.used + written)
    this.used += written
    return view
  }
}

export function quote(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"'
}
