/**
 * The record contract as a data tool reads it: DuckDB's `read_csv_auto` on
 * the combined CSV files of a batch types every column the definitions call
 * a number, an integer or a boolean as such (a figure's `value` is a number
 * column, so `sum(value)` works), and `read_json_auto` reads records.jsonl
 * with the same types.
 */
import {after, before, test} from 'node:test'
import assert from 'node:assert/strict'
import {copyFile, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {DuckDBInstance, type DuckDBConnection} from '@duckdb/node-api'
import type {Type} from '../src/contract/define.js'
import {glossaryRecord, recordDefinitions} from '../src/contract/records.js'
import {glossaryFile, jsonlFile, tables} from '../src/batch/tables.js'
import {kic} from './support/run.js'
import {corpus, fixtures, root} from './support/paths.js'
import {readCsvObjects} from './support/csv.js'

/** DuckDB types a number or integer column may get (an integer-valued number column is an integer one). */
const integerTypes = ['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT']
const numberTypes = [...integerTypes, 'FLOAT', 'DOUBLE']

/** The DuckDB types a field's values must get, or null for fields a CSV holds as text (strings, enums, lists). */
function expectedTypes(field: Type): string[] | null {
  const type = field.kind === 'nullable' ? (field as Type & {of: Type}).of : field
  if (type.kind === 'integer') return integerTypes
  if (type.kind === 'number') return numberTypes
  if (type.kind === 'boolean') return ['BOOLEAN']
  return null
}

function fieldsOf(columns: readonly string[]): {readonly [name: string]: Type} {
  const definition = recordDefinitions.find((each) => each.columns === columns)
  assert.ok(definition, columns.join(','))
  return definition.type.fields
}

/** A quoted SQL string. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

async function rows(connection: DuckDBConnection, sql: string): Promise<Array<Record<string, unknown>>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS()
}

async function describe(connection: DuckDBConnection, from: string): Promise<Map<string, string>> {
  const described = await rows(connection, `DESCRIBE SELECT * FROM ${from}`)
  return new Map(described.map((row) => [String(row.column_name), String(row.column_type)]))
}

/** Columns whose DuckDB type is not the one the definition gives (columns with no value at all cannot be typed and are left out). */
async function mistyped(connection: DuckDBConnection, path: string, fields: {readonly [name: string]: Type}): Promise<{wrong: string[]; checked: string[]}> {
  const types = await describe(connection, `read_csv_auto(${literal(path)})`)
  const values = readCsvObjects(await readFile(path, 'utf8'))
  const wrong: string[] = []
  const checked: string[] = []
  for (const [name, field] of Object.entries(fields)) {
    const expected = expectedTypes(field)
    if (!expected || !values.some((row) => row[name] !== '')) continue
    checked.push(name)
    const type = types.get(name)
    if (!type || !expected.some((each) => type === each || (each === 'DOUBLE' && type.startsWith('DECIMAL')))) wrong.push(`${name}: ${type}`)
  }
  return {wrong, checked}
}

/** A small archive: the sample issue, dates without a year (`yearInferred`), changes and bases, a table. */
async function batch(folder: string): Promise<string> {
  const archive = join(folder, 'archive')
  await mkdir(archive)
  await copyFile(join(corpus, '287.txt'), join(archive, '287.txt'))
  await copyFile(join(fixtures, 'figures', 'dates-without-year', 'input.txt'), join(archive, 'dates.txt'))
  await copyFile(join(fixtures, 'figures', 'change-basis', 'input.txt'), join(archive, 'change.txt'))
  await copyFile(join(fixtures, 'parse', 'tables', 'input.txt'), join(archive, 'tables.txt'))
  const out = join(folder, 'out')
  const run = kic(['batch', archive, '-o', out, '-q', '--jsonl', '--jobs', '1'])
  assert.equal(run.status, 0, run.stderr)
  return out
}

/** One batch and one DuckDB connection for every test here. */
let folder: string
let out: string
let instance: DuckDBInstance
let connection: DuckDBConnection

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kic-duckdb-'))
  out = await batch(folder)
  instance = await DuckDBInstance.create(':memory:')
  connection = await instance.connect()
})

after(async () => {
  connection?.closeSync()
  instance?.closeSync()
  await rm(folder, {recursive: true, force: true})
})

test('duckdb: read_csv_auto types the number, integer and boolean columns of every batch CSV as its definition says', async () => {
  const checked = new Set<string>()
  for (const table of tables) {
    const result = await mistyped(connection, join(out, table.name), fieldsOf(table.columns))
    assert.deepEqual(result.wrong, [], table.name)
    for (const name of result.checked) checked.add(`${table.name}:${name}`)
  }
  const glossary = await mistyped(connection, join(out, glossaryFile), glossaryRecord.type.fields)
  assert.deepEqual(glossary.wrong, [], glossaryFile)
  for (const name of glossary.checked) checked.add(`${glossaryFile}:${name}`)
  // The columns that matter most were present with values, so they were checked.
  for (const name of [
    'figures.csv:value', 'figures.csv:yearInferred', 'figures.csv:line', 'figures.csv:column', 'figures.csv:endLine', 'figures.csv:endColumn',
    'terms.csv:confidence', 'terms.csv:footnote', 'terms.csv:line', 'tables.csv:row', 'tables.csv:col', 'tables.csv:header',
    'issues.csv:number', 'articles.csv:blocks', 'glossary.csv:count'
  ]) {
    assert.ok(checked.has(name), `${name} was not checked`)
  }

  // sum(value) works, and adds up to the values of the JSON Lines figure records.
  const figures = join(out, 'figures.csv')
  const [sum] = await rows(connection, `SELECT sum(value) AS total, count(value) AS counted, count(*) AS figures FROM read_csv_auto(${literal(figures)})`)
  const records = (await readFile(join(out, jsonlFile), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as {record: string; value?: number | null})
  const values = records.filter((record) => record.record === 'figure').map((record) => record.value)
  const numbers = values.filter((value): value is number => typeof value === 'number')
  assert.ok(numbers.length > 50 && numbers.length < values.length, 'some figures have values, dates have none')
  assert.equal(Number(sum!.figures), values.length)
  assert.equal(Number(sum!.counted), numbers.length)
  const expected = numbers.reduce((total, value) => total + value, 0)
  assert.ok(Math.abs(Number(sum!.total) - expected) <= Math.abs(expected) * 1e-9, `${sum!.total} ≠ ${expected}`)
})

test('duckdb: read_json_auto reads records.jsonl with typed values and lists as lists', async () => {
  const from = `read_json_auto(${literal(join(out, jsonlFile))})`
  const types = await describe(connection, from)
  assert.equal(types.get('value'), 'DOUBLE')
  assert.equal(types.get('yearInferred'), 'BOOLEAN')
  assert.ok(integerTypes.includes(types.get('line')!), types.get('line'))
  assert.equal(types.get('flags'), 'VARCHAR[]')
  assert.equal(types.get('urls'), 'VARCHAR[]')
  const [figures] = await rows(connection, `SELECT count(*) AS figures, count(value) AS counted, sum(value) AS total FROM ${from} WHERE record = 'figure'`)
  const [csv] = await rows(connection, `SELECT count(*) AS figures, count(value) AS counted, sum(value) AS total FROM read_csv_auto(${literal(join(out, 'figures.csv'))})`)
  assert.deepEqual(figures, csv)
})

test('duckdb: the DuckDB queries in the README run on a batch and return rows', async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const block = /```sql\n-- DuckDB\n([\s\S]*?)```/.exec(readme)
  assert.ok(block, 'no DuckDB block in README.md')
  const queries = block[1]!.split(';').map((each) => each.trim()).filter(Boolean)
  assert.ok(queries.some((query) => query.includes('sum(value)')), 'the README shows sum(value)')
  for (const query of queries) {
    const result = await rows(connection, query.replaceAll("'out/", literal(`${out}/`).slice(0, -1)))
    assert.ok(result.length > 0, query)
  }
})
