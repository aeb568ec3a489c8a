import {test} from 'node:test'
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {kic} from './support/run.js'
import {corpus} from './support/paths.js'

test('kic figures: one row per figure with value, unit, qualifiers and place', () => {
  const run = kic(['figures', join(corpus, '287.txt'), '--format', 'jsonl', '-q'])
  assert.equal(run.status, 0, run.stderr)
  const rows = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
  const index = rows.find((row) => row.text === '130.9')
  assert.deepEqual([index.kind, index.value, index.line], ['index', 130.9, 213])
  const mom = rows.find((row) => row.text === '2.4%')
  assert.deepEqual([mom.kind, mom.change, mom.basis], ['percent', 'increase', 'mom'])
  const money = rows.find((row) => row.text.startsWith('968 억 8600 만'))
  assert.deepEqual([money.value, money.unit], [96886000000, 'CNY'])
  const cell = rows.find((row) => row.text === '8.42 억 명')
  assert.deepEqual([cell.value, cell.unit, cell.block], [842000000, '명', '287/2.1/t1'])
  assert.match(cell.subject, /인터넷쇼핑 사용자 수/)
  assert.ok(!rows.some((row) => row.text === '287' || row.text.startsWith('P1')), 'issue number and page refs are not figures')
})

test('kic figures CSV and a bad file alongside a good one', () => {
  const run = kic(['figures', join(corpus, '287.txt'), join(corpus, 'missing.txt'), '-q'])
  assert.equal(run.status, 1)
  assert.match(run.stderr, /missing\.txt error no such file/)
  assert.ok(run.stdout.startsWith('record,issue,file,article,articleTitle,id,block,text,value,unit,kind'), run.stdout.slice(0, 80))
  assert.ok(run.stdout.split('\r\n').length > 150)
})
