import {test} from 'node:test'
import assert from 'node:assert/strict'
import {CodeTable} from '../src/terms/code-table.js'

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
