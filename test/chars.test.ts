import assert from 'node:assert/strict'
import test from 'node:test'
import {hanClass, hanRanges, hangulSyllables, hasAsciiDigit, hasHan, isHan, isHangulSyllable, isIdeograph, isIdeographFromExtensionA, isRegExpSpace} from '../src/util/chars.js'

const inRanges = (ranges: readonly {from: number; to: number}[], code: number) => ranges.some((range) => code >= range.from && code <= range.to)

test('chars: the inline Han test agrees with `hanRanges` on every code point', () => {
  for (let code = 0; code <= 0x10ffff; code++) {
    if (isHan(code) !== inRanges(hanRanges, code)) assert.fail(`U+${code.toString(16)}: isHan ${isHan(code)}`)
  }
})

test('chars: Hangul syllables are `hangulSyllables` exactly', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if (isHangulSyllable(code) !== inRanges([hangulSyllables], code)) assert.fail(`U+${code.toString(16)}`)
  }
})

test('chars: the ideographs of a Chinese side leave out the radicals', () => {
  assert.equal(isHan(0x2ee9), true) // ⻩, a radical
  assert.equal(isIdeograph(0x2ee9), false)
  assert.equal(isIdeograph(0x9ec4), true) // 黄
  assert.equal(isIdeograph(0x20000), true)
  assert.equal(isIdeographFromExtensionA(0x3005), false) // 々
  assert.equal(isIdeographFromExtensionA(0x3400), true)
})

test('chars: `isRegExpSpace` is the `\\s` of a regular expression on every code unit', () => {
  for (let c = 0; c <= 0xffff; c++) {
    if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`)
  }
})

test('chars: `hasHan` and `hasAsciiDigit` are `/[0-9${hanClass}]/u` on texts of every plane, lone surrogates included', () => {
  const expression = new RegExp(`[0-9${hanClass}]`, 'u')
  let seed = 7
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  const pools = [[0x20, 0x7e], [0x2e80, 0x4dff], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xd800, 0xdfff], [0xf8f0, 0xfb00], [0x1ffff, 0x323b0], [0, 0x10ffff]]
  for (let n = 0; n < 50_000; n++) {
    let text = ''
    for (let i = Math.floor(next() * 6); i > 0; i--) {
      const [from, to] = pools[Math.floor(next() * pools.length)]!
      text += String.fromCodePoint(from! + Math.floor(next() * (to! - from! + 1)))
    }
    if ((hasAsciiDigit(text) || hasHan(text)) !== expression.test(text)) assert.fail(JSON.stringify(text))
  }
})
