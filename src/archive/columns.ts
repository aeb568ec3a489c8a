import type {Record as FlatRecord} from '../emit/records.js'

/**
 * Tables of the archive, derived from the records themselves: one table per
 * record kind (`record` field: `block` → `blocks`), one column per field in
 * the order records carry them, a type from the values seen. Nothing here
 * lists fields by hand, so a change of the record contract flows through.
 */
export type ColumnType = 'integer' | 'real' | 'boolean' | 'text' | 'mixed'

export function tableName(kind: string): string {
  return kind === 'glossary' ? kind : kind.endsWith('s') ? kind : kind + 's'
}

/** Fields indexed wherever a table has them: ids, the issue, and the two sides of a term. */
export const indexedFields = ['id', 'issue', 'article', 'block', 'chinese', 'korean', 'key']

/** Per table: columns in order of first appearance, each with the type of its values. */
export class TableShapes {
  readonly tables = new Map<string, Map<string, ColumnType | null>>()

  /** Fold a record's fields into its table; returns the columns new to the table. */
  observe(table: string, record: FlatRecord): string[] {
    return this.observeFields(table, Object.keys(record).map((field) => [field, typeOf(record[field])]))
  }

  /** Fold fields (name, type of their values) into a table; returns the columns new to the table. */
  observeFields(table: string, fields: ReadonlyArray<readonly [string, ColumnType | null]>): string[] {
    let columns = this.tables.get(table)
    if (!columns) this.tables.set(table, (columns = new Map()))
    const added: string[] = []
    for (const [field, type] of fields) {
      const known = columns.get(field)
      if (known === undefined) {
        columns.set(field, type)
        added.push(field)
      } else if (type !== null && known !== type) {
        columns.set(field, widen(known, type))
      }
    }
    return added
  }
}

export function typeOf(value: unknown): ColumnType | null {
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'real'
    case 'boolean':
      return 'boolean'
    case 'string':
      return 'text'
    case 'undefined':
      return null
    default:
      return value === null ? null : 'text'
  }
}

export function widen(a: ColumnType | null, b: ColumnType): ColumnType {
  if (a === null || a === b) return b
  if ((a === 'integer' && b === 'real') || (a === 'real' && b === 'integer')) return 'real'
  return 'mixed'
}

/** A value as SQLite and Parquet store it: booleans as they are, objects as JSON. */
export function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return JSON.stringify(value)
  return value as string | number | boolean
}
