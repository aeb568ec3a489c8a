/** Small string helpers shared by parser and extractors. */
import {isSpace} from './chars.js'

/** Whitespace including the no-break and ideographic spaces PDF extraction leaves. */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isSpace(text.charCodeAt(index))) return false
  }
  return true
}

const keys = new Map<string, string>()
const keyCacheSize = 4096

/** Letters and digits only, for comparing titles that differ in spacing and punctuation. */
export function normalizeKey(text: string): string {
  let key = keys.get(text)
  if (key === undefined) {
    key = text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()
    if (keys.size >= keyCacheSize) keys.clear()
    keys.set(text, key)
  }
  return key
}

/** Dice coefficient over character bigrams of the normalized keys (0–1). */
export function similarity(a: string, b: string): number {
  const left = normalizeKey(a)
  const right = normalizeKey(b)
  if (left === right) return 1
  if (left.length < 2 || right.length < 2) return 0
  // Bigrams as numbers (two UTF-16 units), not two-character strings.
  const counts = new Map<number, number>()
  for (let index = 0; index < left.length - 1; index++) {
    const pair = left.charCodeAt(index) * 0x10000 + left.charCodeAt(index + 1)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  let shared = 0
  for (let index = 0; index < right.length - 1; index++) {
    const pair = right.charCodeAt(index) * 0x10000 + right.charCodeAt(index + 1)
    const count = counts.get(pair)
    if (count) {
      shared++
      counts.set(pair, count - 1)
    }
  }
  return (2 * shared) / (left.length - 1 + right.length - 1)
}

/** At most `length` characters of `text`, with `…` when cut (for messages quoting input). */
export function clip(text: string, length = 40): string {
  return text.length <= length ? text : text.slice(0, length - 1) + '…'
}
