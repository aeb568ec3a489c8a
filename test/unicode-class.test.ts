import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import test from 'node:test'
import {UNLISTED, generalClassBlocks} from '../src/util/general-categories.js'
import {normalizeKey} from '../src/util/text.js'
import {
  everyCodePoint,
  hasTwoLetters,
  indexOfCodePoint,
  isLetter,
  isLetterOrNumber,
  isPunctuationOrSymbol,
  isSymbolOrOtherNumber,
  replaceRunsOutside
} from '../src/util/unicode-class.js'
import {corpus, fixtures} from './support/paths.js'
import {listFiles} from './support/files.js'
import {seededRandom as random} from './support/random.js'

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

/** Each test beside the expression it stands for. */
const classes: Array<[string, (code: number) => boolean, RegExp]> = [
  ['isLetter', isLetter, /\p{L}/u],
  ['isLetterOrNumber', isLetterOrNumber, /[\p{L}\p{N}]/u],
  ['isPunctuationOrSymbol', isPunctuationOrSymbol, /[\p{P}\p{S}]/u],
  ['isSymbolOrOtherNumber', isSymbolOrOtherNumber, /[\p{P}\p{S}\p{No}]/u]
]

test('unicode-class: every code point, lone surrogates included, is classed as its `\\p{…}` expression says', () => {
  for (let code = 0; code <= 0x10ffff; code++) {
    const char = String.fromCodePoint(code)
    for (const [name, fast, expression] of classes) {
      if (fast(code) !== expression.test(char)) assert.fail(`${name}(${hex(code)}) is ${fast(code)}, ${expression} says ${!fast(code)}`)
    }
  }
})

/** A run's code points, block by block: `[block, first, last, kind]`. */
function runs(): Array<[string, number, number, number]> {
  const out: Array<[string, number, number, number]> = []
  for (const {block, first, runs} of generalClassBlocks) {
    let from = first
    for (const [last, kind] of runs) {
      out.push([block, from, last, kind])
      from = last + 1
    }
  }
  return out
}

test('unicode-class: the table lists whole Unicode blocks, in runs that follow each other, with no block twice', () => {
  const seen: Array<[number, number]> = []
  for (const {block, first, runs} of generalClassBlocks) {
    let from = first
    for (const [last] of runs) {
      assert.ok(last >= from, `${block}: a run ends at ${hex(last)}, before it starts at ${hex(from)}`)
      from = last + 1
    }
    // blocks start at a multiple of 16 and end just before one
    assert.equal(first % 16, 0, `${block} starts at ${hex(first)}`)
    assert.equal(from % 16, 0, `${block} ends at ${hex(from - 1)}`)
    for (const [a, b] of seen) assert.ok(from - 1 < a || first > b, `${block} overlaps ${hex(a)}–${hex(b)}`)
    seen.push([first, from - 1])
  }
})

/** Characters a version after Unicode 16 adds to the table's blocks (Node 20 reads 16 or 17): left to the expression. */
const addedAfterUnicode16 = new Set([0x20c1])

test('unicode-class: what the table leaves to the expression inside its blocks is unassigned', () => {
  const unassigned = /\p{Cn}/u
  for (const [block, from, last, kind] of runs()) {
    if (kind !== UNLISTED) continue
    for (let code = from; code <= last; code++) {
      if (!unassigned.test(String.fromCodePoint(code)) && !addedAfterUnicode16.has(code)) assert.fail(`${block}: ${hex(code)} is assigned, and left out`)
    }
  }
})

test('unicode-class: the table answers for every BMP character of the real texts kic is tested on (a cold parse of them compiles no expression)', () => {
  const listed = new Set<number>()
  for (const [, from, last, kind] of runs()) if (kind !== UNLISTED) for (let code = from; code <= last; code++) listed.add(code)
  // The archive's issues, and the public news texts of the gold sets (other writers, other publishers).
  const texts = [
    ...listFiles(corpus).map((name) => join(corpus, name)),
    ...listFiles(join(fixtures, 'gold')).filter((name) => /\.(?:txt|md)$/.test(name)).map((name) => join(fixtures, 'gold', name))
  ]
  assert.ok(texts.length > 50, `${texts.length} texts`)
  const missing = new Set<string>()
  for (const path of texts) {
    for (const char of readFileSync(path, 'utf8')) {
      const code = char.codePointAt(0)!
      // an astral character (an emoji) is always the expression's
      if (code <= 0xffff && !listed.has(code)) missing.add(`${hex(code)} in ${path}`)
    }
  }
  assert.deepEqual([...missing], [])
})

/** Where the generated characters come from: the scripts of the bulletin, the table's other blocks, NFKC's favourites, and anything. */
const pools: Array<[number, number]> = [
  [0x20, 0x7e], [0x09, 0x0d], [0x80, 0x24f], [0x300, 0x36f], [0x370, 0x52f], [0x1100, 0x11ff], [0x2000, 0x206f],
  [0x20a0, 0x20cf], [0x2100, 0x218f], [0x2190, 0x27bf], [0x2e80, 0x2fdf], [0x3000, 0x30ff], [0x3130, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xd800, 0xdfff], [0xf900, 0xfaff],
  [0xfb00, 0xfb4f], [0xfe10, 0xfe6f], [0xff00, 0xffff], [0x1d400, 0x1d7ff], [0x1f100, 0x1faff], [0x20000, 0x2fa1f],
  [0, 0x10ffff]
]

function generatedTexts(count: number, seed: number): string[] {
  const next = random(seed)
  const texts: string[] = []
  for (let n = 0; n < count; n++) {
    let text = ''
    const length = Math.floor(next() * 12)
    for (let i = 0; i < length; i++) {
      const [from, to] = pools[Math.floor(next() * pools.length)]!
      text += String.fromCodePoint(from + Math.floor(next() * (to - from + 1)))
    }
    texts.push(text)
  }
  return texts
}

test('unicode-class: normalizeKey is NFKC, then `[\\s\\p{P}\\p{S}]` removed, then lower case, on generated texts of every script', () => {
  for (const text of generatedTexts(200_000, 13)) {
    const expected = text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()
    if (normalizeKey(text) !== expected) assert.fail(`${JSON.stringify(text)}: ${JSON.stringify(normalizeKey(text))}, expected ${JSON.stringify(expected)}`)
  }
})

test('unicode-class: the string tests are their expressions on generated texts', () => {
  const twoLetters = /\p{L}{2}/u
  const symbolsOnly = /^[\p{P}\p{S}\p{No}]+$/u
  const lettersAndMarks = /^[\p{L}·&\-]+$/u
  const leading = /^[^\p{L}\p{N}(“]+/u
  const isMark = (code: number) => code === 0xb7 || code === 0x26 || code === 0x2d
  const outsideKey = /[^\p{L}\p{N}._-]+/gu
  const isKeyCharacter = (code: number) => code === 0x2e || code === 0x5f || code === 0x2d || isLetterOrNumber(code)
  for (const text of generatedTexts(100_000, 287)) {
    for (const sample of [text, `※${text}`, `(${text}`, `·${text}`]) {
      assert.equal(hasTwoLetters(sample), twoLetters.test(sample), `hasTwoLetters(${JSON.stringify(sample)})`)
      assert.equal(everyCodePoint(sample, isSymbolOrOtherNumber), symbolsOnly.test(sample), `symbols only: ${JSON.stringify(sample)}`)
      assert.equal(everyCodePoint(sample, (code) => isLetter(code) || isMark(code)), lettersAndMarks.test(sample), `letters and marks: ${JSON.stringify(sample)}`)
      const start = indexOfCodePoint(sample, (code) => isLetterOrNumber(code) || code === 0x28 || code === 0x201c)
      assert.equal(sample.slice(start), sample.replace(leading, ''), `leading marks of ${JSON.stringify(sample)}`)
      assert.equal(replaceRunsOutside(sample, isKeyCharacter, '_'), sample.replace(outsideKey, '_'), `runs outside a key in ${JSON.stringify(sample)}`)
    }
  }
  assert.equal(everyCodePoint('', isLetter), false)
  assert.equal(hasTwoLetters('a1b'), false)
  assert.equal(hasTwoLetters('𠀀𠀁'), true)
  assert.equal(replaceRunsOutside('주간 중국 창업 (287).txt', isKeyCharacter, '_'), '주간_중국_창업_287_.txt')
})
