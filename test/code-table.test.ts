import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CodeTable, groupByCode} from '../src/terms/code-table.js'

test('CodeTable: unset codes read undefined; set values (null too) read back', () => {
  const table = new CodeTable<string | null>()
  assert.equal(table.get(0x4e00), undefined)
  assert.equal(table.set(0x4e00, '一'), '一')
  assert.equal(table.set(0, null), null)
  assert.equal(table.set(0xffff, 'last'), 'last')
  assert.equal(table.get(0x4e00), '一')
  assert.equal(table.get(0), null)
  assert.equal(table.get(0xffff), 'last')
  assert.equal(table.get(0x4e01), undefined)
})

test('CodeTable: astral code points are kept apart from the BMP codes they share low bits with', () => {
  const table = new CodeTable<string | null>()
  assert.equal(table.get(0x20000), undefined)
  assert.equal(table.set(0x20000, '𠀀'), '𠀀')
  assert.equal(table.set(0x2a6d6, null), null)
  assert.equal(table.get(0x20000), '𠀀')
  assert.equal(table.get(0x2a6d6), null)
  assert.equal(table.get(0x0000), undefined)
  assert.equal(table.get(0x10000), undefined)
  table.set(0x0000, 'nul')
  assert.equal(table.get(0x20000), '𠀀')
  assert.equal(table.get(0x10000), undefined)
})

test('groupByCode: groups by the given code, in input order within a group', () => {
  const groups = groupByCode(['회장', '회의', '사장', '총리'], (word) => word.charCodeAt(0))
  assert.deepEqual(groups.get('회'.charCodeAt(0)), ['회장', '회의'])
  assert.deepEqual(groups.get('사'.charCodeAt(0)), ['사장'])
  assert.equal(groups.get('가'.charCodeAt(0)), undefined)
  const byLast = groupByCode(['회장', '사장', '총리'], (word) => word.charCodeAt(word.length - 1))
  assert.deepEqual(byLast.get('장'.charCodeAt(0)), ['회장', '사장'])
})
