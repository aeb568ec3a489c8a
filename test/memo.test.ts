import assert from 'node:assert/strict'
import test from 'node:test'
import {memo} from '../src/util/memo.js'

test('memo: computes a key once, and empties itself when full (bounded memory)', () => {
  const calls: string[] = []
  const length = memo(3, (key) => {
    calls.push(key)
    return key.length
  })
  assert.equal(length('ab'), 2)
  assert.equal(length('ab'), 2)
  assert.deepEqual(calls, ['ab'])
  for (const key of ['c', 'de', 'fgh']) length(key)
  // 'fgh' found the map full (ab, c, de): it was emptied, so 'ab' is computed again.
  assert.equal(length('ab'), 2)
  assert.deepEqual(calls, ['ab', 'c', 'de', 'fgh', 'ab'])
})
