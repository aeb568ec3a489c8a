import {tableName, typeOf, widen, type ColumnType, type FlatRecord} from './columns.js'
import {indexText} from './tokens.js'
import {searchedTable} from './names.js'

/**
 * One input's records, ready for the archive: per table, the fields the
 * records carry (with the type of their values), the records as one JSON
 * array, and for blocks the search tokens of each. Made on the worker thread
 * so the main thread only hands strings to SQLite.
 */
export interface TablePayload {
  /** The record kind (`block`). */
  kind: string
  count: number
  fields: Array<[string, ColumnType | null]>
  json: string
  /** JSON array of each block's search tokens (blocks only). */
  tokens?: string
}

export type ArchivePayload = {[table: string]: TablePayload}

/** Group records by kind into tables (`block` → `blocks`) and lay them out. */
export function archivePayload(groups: Iterable<readonly object[]>): ArchivePayload {
  const byTable = new Map<string, FlatRecord[]>()
  for (const records of groups as Iterable<readonly FlatRecord[]>) {
    for (const record of records) {
      const table = tableName(record.record)
      const list = byTable.get(table)
      if (list) list.push(record)
      else byTable.set(table, [record])
    }
  }
  const payload: ArchivePayload = {}
  for (const [table, records] of byTable) {
    const fields = new Map<string, ColumnType | null>()
    for (const record of records) {
      for (const field in record) {
        const type = typeOf(record[field])
        const known = fields.get(field)
        if (known === undefined) fields.set(field, type)
        else if (type !== null && type !== known) fields.set(field, widen(known, type))
      }
    }
    payload[table] = {
      kind: records[0]!.record,
      count: records.length,
      fields: [...fields],
      json: JSON.stringify(records),
      ...(table === searchedTable ? {tokens: JSON.stringify(records.map((record) => (typeof record.text === 'string' ? indexText(record.text) : '')))} : {})
    }
  }
  return payload
}
