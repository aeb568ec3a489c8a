import assert from 'node:assert/strict'
import {test} from 'node:test'
import {stringify} from 'csv-stringify/sync'
import {csvHeader, csvRows, toCsv} from '../src/emit/csv.js'
import {seededRandom as random} from './support/random.js'

/**
 * csvRows renders plain cells itself and hands the rest to csv-stringify; its
 * bytes must be those of csv-stringify's documented generic path (object
 * records, cast callbacks, a quoting expression) on any cell.
 */
function reference(records: Array<Record<string, unknown>>, columns: string[], raw = false): string {
  if (records.length === 0) return ''
  return stringify(records, {
    escape_formulas: !raw,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
    columns,
    header: false,
    cast: {
      boolean: (value: boolean) => (value ? 'true' : 'false'),
      number: (value: number) => String(value),
      object: (value: object) => (Array.isArray(value) ? value.join(';') : JSON.stringify(value))
    }
  })
}


const alphabet = ['a', '가', '中', ',', '"', '\r', '\n', '\r\n', '-', '=', '+', '@', '\t', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', ' ', "'", '1', '.', ';']

test('csvRows writes the bytes of csv-stringify for any mix of cells', () => {
  const next = random(13)
  const text = () => Array.from({length: Math.floor(next() * 7)}, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
  const value = (): unknown => {
    const kind = next()
    if (kind < 0.55) return text()
    if (kind < 0.65) return Math.round((next() - 0.5) * 2000) / 10
    if (kind < 0.7) return next() < 0.5
    if (kind < 0.75) return null
    if (kind < 0.8) return undefined
    if (kind < 0.85) return next() < 0.5 ? [text(), 1] : [text(), text()]
    if (kind < 0.9) return {a: text()}
    return ''
  }
  const columns = ['a', 'b', 'c', 'd']
  for (let round = 0; round < 300; round++) {
    const records = Array.from({length: 1 + Math.floor(next() * 5)}, () => ({a: value(), b: value(), c: value(), d: value()}))
    assert.equal(csvRows(records, columns), reference(records, columns), JSON.stringify(records))
    assert.equal(csvRows(records, columns, {raw: true}), reference(records, columns, true), JSON.stringify(records))
  }
})

test('csvRows: formula-like text is escaped, negative numbers are not, line breaks are quoted', () => {
  const rows = csvRows([{a: '=1+1', b: -3, c: 'x\ny', d: '－5', e: 'a "b"'}], ['a', 'b', 'c', 'd', 'e'])
  assert.equal(rows, `'=1+1,-3,"x\ny",'－5,"a ""b"""\r\n`)
  assert.equal(csvHeader(['a', 'b'], {bom: true}), '\uFEFFa,b\r\n')
  assert.equal(toCsv([], ['a']), 'a\r\n')
  assert.equal(csvRows([{a: '=1'}], ['a'], {raw: true}), '=1\r\n')
})
