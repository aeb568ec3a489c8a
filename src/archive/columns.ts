import {recordDefinition} from '../contract/records.js'
import type {Type} from '../contract/define.js'

/** A flat record as the archive sees it. */
export type FlatRecord = {record: string; [field: string]: unknown}

/**
 * Tables of the archive, derived from the record definitions of
 * src/contract: one table per record kind (`block` → `blocks`), one column
 * per defined field in definition order, typed by the definition; a field a
 * record carries beyond its definition becomes a column too, typed by its
 * values. Nothing here lists fields by hand, so a change of the contract
 * flows through.
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
  private readonly defined = new Map<string, Set<string>>()

  /** Fold a record's fields into its table; returns the columns new to the table. */
  observe(table: string, record: FlatRecord): string[] {
    return this.observeFields(table, Object.keys(record).map((field) => [field, typeOf(record[field])]), record.record)
  }

  /** Fold fields (name, type of their values) into a table of a record kind; returns the columns new to the table. */
  observeFields(table: string, fields: ReadonlyArray<readonly [string, ColumnType | null]>, kind?: string): string[] {
    let columns = this.tables.get(table)
    const added: string[] = []
    if (!columns) {
      this.tables.set(table, (columns = new Map()))
      // The definition's columns first, all of them, with their declared types.
      const defined = definedColumns(kind ?? '')
      for (const [field, type] of defined) {
        columns.set(field, type)
        added.push(field)
      }
      this.defined.set(table, new Set(defined.map(([field]) => field)))
    }
    const defined = this.defined.get(table)!
    for (const [field, type] of fields) {
      const known = columns.get(field)
      if (known === undefined) {
        columns.set(field, type)
        added.push(field)
      } else if (!defined.has(field) && type !== null && known !== type) {
        columns.set(field, widen(known, type))
      }
    }
    return added
  }
}

/** Columns of a record kind with the types of its definition (none for a kind without one). */
export function definedColumns(kind: string): Array<[string, ColumnType]> {
  const definition = recordDefinition(kind)
  if (!definition) return []
  return definition.columns.map((column) => [column, columnType(definition.type.fields[column] as Type)])
}

function columnType(type: Type): ColumnType {
  switch (type.kind) {
    case 'nullable':
      return columnType((type as Type & {of: Type}).of)
    case 'integer':
      return 'integer'
    case 'number':
      return 'real'
    case 'boolean':
      return 'boolean'
    case 'union':
      return 'mixed'
    default:
      // string, enum, const; lists and objects are stored as JSON text
      return 'text'
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
