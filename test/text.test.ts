import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import test from 'node:test'
import {normalizeKey, similarity} from '../src/util/text.js'
import {corpus} from './support/paths.js'

/** The Dice coefficient written plainly: shared bigrams (with repeats) over all bigrams. */
function dice(a: string, b: string): number {
  const left = normalizeKey(a)
  const right = normalizeKey(b)
  if (left === right) return 1
  if (left.length < 2 || right.length < 2) return 0
  const bigrams = (key: string) => Array.from({length: key.length - 1}, (_, index) => key.slice(index, index + 2))
  const rest = bigrams(left)
  let shared = 0
  for (const pair of bigrams(right)) {
    const at = rest.indexOf(pair)
    if (at !== -1) {
      shared++
      rest.splice(at, 1)
    }
  }
  return (2 * shared) / (left.length - 1 + right.length - 1)
}

test('similarity: the Dice coefficient of bigrams, on every pair of short corpus lines', () => {
  const lines = readFileSync(join(corpus, '287.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && line.length < 60)
    .slice(0, 160)
  assert.ok(lines.length > 100)
  let close = 0
  for (const a of lines) {
    for (const b of lines) {
      const expected = dice(a, b)
      assert.equal(similarity(a, b), expected, `${a} | ${b}`)
      if (expected >= 0.6 && expected < 1) close++
    }
  }
  assert.ok(close > 0, 'some pairs are close without being equal')
})

test('similarity: repeated bigrams count as often as both sides have them', () => {
  assert.equal(similarity('아아아아', '아아'), dice('아아아아', '아아'))
  assert.equal(similarity('abab', 'baba'), (2 * 2) / 6)
  assert.equal(similarity('AI 반도체', 'ai반도체!'), 1)
  assert.equal(similarity('x', 'xy'), 0)
})
