/** Small string helpers shared by parser and extractors. */
import {isRegExpSpace} from './chars.js'
import {memo} from './memo.js'
import {isPunctuationOrSymbol, replaceRunsOutside} from './unicode-class.js'

/**
 * Blank characters: every character String#trim removes (tab, vertical tab,
 * form feed, space, the no-break and ideographic spaces PDF extraction
 * leaves, U+2000–U+200A …) plus the zero-width space and BOM. One set for
 * trimming lines and spans, so an index found in a trimmed line is an index
 * in the span of that line.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff
  )
}

/**
 * Whether `text` holds only blank characters (`isSpaceCode`). This and `trimBlank` run on every
 * line, several times: they keep the loops of `firstNonBlank` and `nonBlankEnd` in their own
 * body (calling those cost the parser 2–3% on 287, measured).
 */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isSpaceCode(text.charCodeAt(index))) return false
  }
  return true
}

/** The index of the first character from `from` (before `to`) that is not blank (`isSpaceCode`); `to` when none is. */
export function firstNonBlank(text: string, from = 0, to = text.length): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  return from
}

/** The index just past the last character before `to` (from `from`) that is not blank (`isSpaceCode`); `from` when none is. */
export function nonBlankEnd(text: string, from = 0, to = text.length): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return to
}

/** `text` without leading and trailing blank characters (`isSpaceCode`). */
export function trimBlank(text: string): string {
  let from = 0
  let to = text.length
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return from === 0 && to === text.length ? text : text.slice(from, to)
}

/** Not white space (`\s`), punctuation or a symbol (`\p{P}`, `\p{S}`): what `normalizeKey` keeps. */
const isKeyCharacter = (code: number): boolean => !isRegExpSpace(code) && !isPunctuationOrSymbol(code)

/**
 * Letters and digits only, for comparing titles that differ in spacing and punctuation:
 * `text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()`, with the character
 * classes of `unicode-class.ts` in place of the expression.
 */
export const normalizeKey: (text: string) => string = memo(4096, (text) => replaceRunsOutside(text.normalize('NFKC'), isKeyCharacter, '').toLowerCase())

/** Dice coefficient over character bigrams of the normalized keys (0–1). */
export function similarity(a: string, b: string): number {
  const left = normalizeKey(a)
  const right = normalizeKey(b)
  if (left === right) return 1
  if (left.length < 2 || right.length < 2) return 0
  // The bigrams both keys share, counted with repeats: a merge of the two sorted lists.
  const ours = bigramsOf(left)
  const theirs = bigramsOf(right)
  let shared = 0
  for (let i = 0, j = 0; i < ours.length && j < theirs.length; ) {
    if (ours[i]! < theirs[j]!) i++
    else if (ours[i]! > theirs[j]!) j++
    else {
      shared++
      i++
      j++
    }
  }
  return (2 * shared) / (ours.length + theirs.length)
}

/** The character bigrams of a key as sorted numbers (two UTF-16 units each), kept per key. */
const bigramsOf = memo(4096, (key) => {
  const list = new Float64Array(key.length - 1)
  for (let index = 0; index < list.length; index++) list[index] = key.charCodeAt(index) * 0x10000 + key.charCodeAt(index + 1)
  return list.sort()
})

/** At most `length` characters of `text`, with `…` when cut (for messages quoting input). */
export function clip(text: string, length = 40): string {
  return text.length <= length ? text : text.slice(0, length - 1) + '…'
}
