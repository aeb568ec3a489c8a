/**
 * Character classes, defined once (Unicode 15.1 blocks). Every test for
 * Hangul, Han, whitespace or punctuation in kic uses these; a test
 * (`test/architecture.test.ts`) fails when a range is written anywhere else.
 */

export interface Range {
  from: number
  to: number
}

/** Hangul syllables `가`–`힣`: the letters of running Korean text. */
export const hangulSyllables: Range = {from: 0xac00, to: 0xd7a3}

/** The first Hangul syllable `가` (syllable arithmetic: 588 per initial, 28 per medial). */
export const hangulSyllableBase = 0xac00

/** Number of Hangul syllables (tables indexed by `code - hangulSyllableBase`). */
export const hangulSyllableCount = 0xd7a3 - 0xac00 + 1

/** `hangulSyllables` as the inside of a RegExp character class (`[${hangulSyllableClass}]`). */
export const hangulSyllableClass = '\\uac00-\\ud7a3'

/** The number of UTF-16 code units of the code point `code` (2 for an astral one). */
export function codeUnits(code: number): number {
  return code > 0xffff ? 2 : 1
}

/** Hangul Jamo (conjoining initials, medials and finals). */
export const hangulJamo: Range = {from: 0x1100, to: 0x11ff}

/** Every Hangul block: syllables, Jamo, compatibility Jamo, Jamo extended A and B, half-width Jamo. */
export const hangulRanges: readonly Range[] = [
  hangulSyllables,
  hangulJamo,
  {from: 0x3130, to: 0x318f},
  {from: 0xa960, to: 0xa97f},
  {from: 0xd7b0, to: 0xd7ff},
  {from: 0xffa0, to: 0xffdc}
]

/** CJK Unified Ideographs, the main block. */
export const unifiedIdeographs: Range = {from: 0x4e00, to: 0x9fff}
/** CJK Unified Ideographs Extension A. */
export const ideographsExtensionA: Range = {from: 0x3400, to: 0x4dbf}

/**
 * Han (CJK ideographs): the unified block, extensions A–I, compatibility
 * ideographs and their supplement, and the radicals.
 */
export const hanRanges: readonly Range[] = [
  unifiedIdeographs,
  ideographsExtensionA,
  {from: 0xf900, to: 0xfaff},
  {from: 0x20000, to: 0x2a6df},
  {from: 0x2a700, to: 0x2ebef},
  {from: 0x2ebf0, to: 0x2ee5f},
  {from: 0x2f800, to: 0x2fa1f},
  {from: 0x30000, to: 0x323af},
  {from: 0x2e80, to: 0x2fdf},
  {from: 0x3005, to: 0x3007}
]

/** `hanRanges` as the inside of a RegExp character class (for `u`-flag patterns such as `[${hanClass}]+`). */
export const hanClass: string = hanRanges.map((range) => `\\u{${range.from.toString(16)}}-\\u{${range.to.toString(16)}}`).join('')

/** Basic Latin and Latin-1/Extended-A/B letters. */
export const latinRanges: readonly Range[] = [
  {from: 0x41, to: 0x5a},
  {from: 0x61, to: 0x7a},
  {from: 0xc0, to: 0x24f}
]

const inRanges = (ranges: readonly Range[], code: number): boolean => {
  for (const range of ranges) if (code >= range.from && code <= range.to) return true
  return false
}

/** A Hangul syllable (UTF-16 code unit or code point). Hot: a literal test the compiler inlines. */
export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/** A Hangul syllable with a final consonant (받침): `강` yes, `가` no. Only for syllables. */
export function hasFinalConsonant(code: number): boolean {
  return (code - 0xac00) % 28 !== 0
}

/** A UTF-16 high (leading) surrogate: an astral character, perhaps an ideograph of the extensions, starts here. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Any Hangul letter: syllable or Jamo. */
export function isHangul(code: number): boolean {
  return isHangulSyllable(code) || inRanges(hangulRanges, code)
}

/**
 * A Han ideograph (code point: read astral characters with `codePointAt`).
 * The BMP part of `hanRanges` is tested inline (this runs per character in
 * the extractors); astral code points go through the table.
 */
export function isHan(code: number): boolean {
  if (code < 0x2e80) return false
  if (code <= 0xffff) {
    return (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      code <= 0x2fdf ||
      (code >= 0x3005 && code <= 0x3007)
    )
  }
  return inRanges(hanRanges, code)
}

/**
 * An ideograph as the term extractor reads the Chinese side of a pair: the
 * unified block, extension A, the compatibility ideographs, the whole
 * Supplementary Ideographic Plane and `〇` — but not the radicals nor `々`/`〆`
 * that `isHan` also takes: a radical left in a bracket by a PDF font
 * (`⻩`) is not part of a name. (Taking `isHan` here changes the pairs
 * found in such PDFs.)
 */
export function isIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff) ||
    code === 0x3007
  )
}

/** `isHan` from extension A up: ideographs, not the radicals nor `々〆〇` (a code unit or code point). */
export function isIdeographFromExtensionA(code: number): boolean {
  return code >= 0x3400 && isHan(code)
}

/** `isIdeograph` of the character starting at `index` (astral ideographs included). */
export function isIdeographAt(text: string, index: number): boolean {
  return isIdeograph(text.codePointAt(index)!)
}

/** A Han ideograph starting at `index` of `text` (astral ideographs included). */
export function isHanAt(text: string, index: number): boolean {
  const code = text.codePointAt(index)
  return code !== undefined && isHan(code)
}

export function isLatin(code: number): boolean {
  return inRanges(latinRanges, code)
}

/** An ASCII letter `A`–`Z`, `a`–`z` (a UTF-16 code): `/[A-Za-z]/` without the engine. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** An ASCII letter or digit (a UTF-16 code): `/[A-Za-z0-9]/` without the engine. */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39)
}

/**
 * Whether `text` holds an ASCII digit: `/\d/.test(text)` without the engine, which, unanchored
 * on a Hangul text, makes a new object on every call.
 */
export function hasAsciiDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

/** True when every character of `text` is a Hangul syllable (and there is one). */
export function isAllHangulSyllables(text: string): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; index++) if (!isHangulSyllable(text.charCodeAt(index))) return false
  return true
}

/** True when `text` holds a Han ideograph. */
export function hasHan(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isHanAt(text, index)) return true
  return false
}

/** The characters of a regular expression's `\s` (white space and line terminators), by code unit: `/\s/` without the engine. */
export function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Characters plausible in the bulletin's text (to tell text from binary data after decoding). */
export function isPlausibleText(code: number): boolean {
  return (
    code === 9 || code === 10 || code === 13 ||
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) ||
    (code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x33ff) ||
    isHan(code) || isHangul(code) || (code >= 0xff00 && code <= 0xffef)
  )
}

/** Kana: Hiragana, Katakana and the Katakana phonetic extensions. */
export const kanaRanges: readonly Range[] = [
  {from: 0x3040, to: 0x30ff},
  {from: 0x31f0, to: 0x31ff}
]

/** A kana character (code point). */
export function isKana(code: number): boolean {
  return inRanges(kanaRanges, code)
}

/** CJK Radicals Supplement. */
export const cjkRadicalsSupplement: Range = {from: 0x2e80, to: 0x2eff}
/** Kangxi Radicals (`⾥`, `⽂`). */
export const kangxiRadicals: Range = {from: 0x2f00, to: 0x2fdf}
/** CJK Compatibility Ideographs. */
export const compatibilityIdeographs: Range = {from: 0xf900, to: 0xfaff}
/** CJK Compatibility Ideographs Supplement (high surrogate U+D87E in UTF-16). */
export const compatibilityIdeographsSupplement: Range = {from: 0x2f800, to: 0x2fa1f}

/**
 * Code points that PDF fonts map CJK ideographs to by mistake and that NFKC
 * maps back: radicals, Kangxi radicals, compatibility ideographs and their supplement.
 */
export const compatibilityRanges: readonly Range[] = [cjkRadicalsSupplement, kangxiRadicals, compatibilityIdeographs, compatibilityIdeographsSupplement]

/** A radical or compatibility ideograph (code point). */
export function isCompatibilityIdeograph(code: number): boolean {
  return inRanges(compatibilityRanges, code)
}

const compatibilityCandidates = /[\u2e80-\u2fdf\uf900-\ufaff\ud87e]/

/** Whether the text may hold a compatibility ideograph (cheap pre-check; the supplement by its high surrogate). */
export function mayHaveCompatibilityIdeograph(text: string): boolean {
  return compatibilityCandidates.test(text)
}

/**
 * Characters after which a wrapped line continues without a space: CJK
 * ideographs (extension A and the unified block), CJK symbols and
 * punctuation, half-width and full-width forms.
 */
export const wrapsWithoutSpaceRanges: readonly Range[] = [
  {from: 0x3400, to: 0x9fff},
  {from: 0x3000, to: 0x303f},
  {from: 0xff00, to: 0xffef}
]

/** A character (UTF-16 code unit) after which a wrapped line continues without a space. */
export function wrapsWithoutSpace(code: number): boolean {
  return inRanges(wrapsWithoutSpaceRanges, code)
}
