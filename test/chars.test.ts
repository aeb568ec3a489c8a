import assert from 'node:assert/strict'
import test from 'node:test'
import {hanRanges, hangulSyllables, isHan, isHangulSyllable, isIdeograph, isIdeographFromExtensionA, isRegExpSpace} from '../src/util/chars.js'

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
