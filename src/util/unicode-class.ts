/**
 * The Unicode property classes kic tests characters for (`\p{L}`, `\p{N}`, `\p{P}`, `\p{S}`),
 * by code point, without compiling their regular expressions on a cold start: each takes a few
 * milliseconds to build (large Unicode sets), and a cold `kic parse` used to build several, some
 * twice. The blocks of `general-categories.ts` (Latin, Hangul, CJK, punctuation, symbols,
 * full-width forms) are answered from a table; any other character by one expression, compiled
 * on first need, whose answer for a BMP character is kept in the table.
 */
import {codeUnits} from './chars.js'
import {LETTER, NONE, NUMBER, OTHER_NUMBER, PUNCTUATION_OR_SYMBOL, UNLISTED, generalClassBlocks} from './general-categories.js'

/** The class (`general-categories.ts`) of each BMP code unit, `UNLISTED` until known. Made on first use. */
let bmp: Uint8Array | undefined

function bmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const {first, runs} of generalClassBlocks) {
    let from = first
    for (const [last, kind] of runs) {
      if (kind !== UNLISTED) table.fill(kind, from, last + 1)
      from = last + 1
    }
  }
  return table
}

/** One group per class, in the order of their bits; compiled when a character outside the table comes. */
let classes: RegExp | undefined

/** The class of a code point the table does not list, from the expression (lone surrogates are in none). */
function classOf(code: number): number {
  const match = (classes ??= /(\p{L})|([\p{Nd}\p{Nl}])|(\p{No})|([\p{P}\p{S}])/u).exec(String.fromCodePoint(code))
  if (match === null) return NONE
  if (match[1] !== undefined) return LETTER
  if (match[2] !== undefined) return NUMBER
  return match[3] !== undefined ? OTHER_NUMBER : PUNCTUATION_OR_SYMBOL
}

/** The general class (one bit of `general-categories.ts`) of a code point, or of a UTF-16 code unit. */
export function generalClass(code: number): number {
  if (code > 0xffff) return classOf(code)
  const table = (bmp ??= bmpTable())
  const kind = table[code]!
  return kind !== UNLISTED ? kind : (table[code] = classOf(code))
}

/** `/\p{L}/u` on one code point (a lone surrogate is no letter). */
export function isLetter(code: number): boolean {
  return generalClass(code) === LETTER
}

/** `/[\p{L}\p{N}]/u` on one code point. */
export function isLetterOrNumber(code: number): boolean {
  return (generalClass(code) & (LETTER | NUMBER | OTHER_NUMBER)) !== 0
}

/** `/[\p{P}\p{S}]/u` on one code point. */
export function isPunctuationOrSymbol(code: number): boolean {
  return generalClass(code) === PUNCTUATION_OR_SYMBOL
}

/** `/[\p{P}\p{S}\p{No}]/u` on one code point: marks and symbols, `①` and `½` among them. */
export function isSymbolOrOtherNumber(code: number): boolean {
  return (generalClass(code) & (PUNCTUATION_OR_SYMBOL | OTHER_NUMBER)) !== 0
}

/** Whether `text` has characters and each passes `test` (by code point): `/^[…]+$/u`. */
export function everyCodePoint(text: string, test: (code: number) => boolean): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!
    if (!test(code)) return false
    index += codeUnits(code)
  }
  return true
}

/** Where the first character of `text` that passes `test` starts (by code point), or `text.length`. */
export function indexOfCodePoint(text: string, test: (code: number) => boolean): number {
  let index = 0
  while (index < text.length) {
    const code = text.codePointAt(index)!
    if (test(code)) break
    index += codeUnits(code)
  }
  return index
}

/**
 * `text` with each run of characters that fail `keep` (by code point) replaced by `replacement`:
 * `text.replace(/[^…]+/gu, replacement)`.
 */
export function replaceRunsOutside(text: string, keep: (code: number) => boolean, replacement: string): string {
  let out = ''
  let from = 0
  for (let index = 0; index < text.length; ) {
    let code = text.codePointAt(index)!
    if (keep(code)) {
      index += codeUnits(code)
      continue
    }
    out += text.slice(from, index) + replacement
    index += codeUnits(code)
    while (index < text.length) {
      code = text.codePointAt(index)!
      if (keep(code)) break
      index += codeUnits(code)
    }
    from = index
  }
  return from === 0 ? text : out + text.slice(from)
}

/** Whether `text` holds two letters in a row: `/\p{L}{2}/u`. */
export function hasTwoLetters(text: string): boolean {
  let letterBefore = false
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!
    const letter = isLetter(code)
    if (letter && letterBefore) return true
    letterBefore = letter
    index += codeUnits(code)
  }
  return false
}
