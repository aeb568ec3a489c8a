/**
 * Character classes and first-character word indexes used by the figure scanner.
 *
 * Everything here reads UTF-16 code units (`charCodeAt`) rather than one-character
 * strings: `text[i]` allocates a fresh string for every non-Latin-1 character, and the
 * scanner looks at every character of every text unit several times.
 */

import { isAsciiLetter, isHangulSyllable } from '../util/chars.js'

const ZERO = 0x30
const NINE = 0x39

/**
 * Code unit at `i`; 0 (U+0000) outside the text, which no class below accepts. The bounds are
 * checked here, not left to `charCodeAt`: once a `charCodeAt` call site has read past the end
 * (and given NaN), V8 compiles it, and every function it is inlined into, to a slower generic
 * read with a floating-point result; the scanner's loops then run at half speed.
 */
export const at = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0)

export const isDigitCode = (c: number): boolean => c >= ZERO && c <= NINE
export const isLatinCode = isAsciiLetter
export const isHangulCode = isHangulSyllable
/** A space or a no-break space. */
export const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0xa0

export const digitAt = (text: string, i: number): boolean => isDigitCode(at(text, i))
export const latinAt = (text: string, i: number): boolean => isLatinCode(at(text, i))
export const hangulAt = (text: string, i: number): boolean => isHangulCode(at(text, i))
export const spaceAt = (text: string, i: number): boolean => isSpaceCode(at(text, i))

/** The character at `i` is `ch` (one code unit). */
export const charAt = (text: string, i: number, ch: string): boolean => at(text, i) === ch.charCodeAt(0)

/** String forms, for the few places that hold a character already. */
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
export const isLatin = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
export const isHangul = (c: string | undefined): boolean => c !== undefined && isHangulSyllable(c.charCodeAt(0))

/** First position at or after `i` whose code unit fails `ok` (or the end). */
export function skipCodes(text: string, i: number, ok: (c: number) => boolean): number {
  let j = i
  while (j < text.length && ok(at(text, j))) j++
  return j
}

/** End of the run of ASCII digits from `i` (a plain loop: `skipCodes` calls its test per character). */
export function skipDigits(text: string, i: number): number {
  let j = i
  for (let c = at(text, j); c >= ZERO && c <= NINE; c = at(text, ++j));
  return j
}

/**
 * A set of code units as a bit set (8 KB), so a test is one array read and a
 * shift, and the sets stay small enough to live in the CPU caches. Outside the
 * text `at` gives 0, the bit of U+0000: never a member.
 */
export class CodeSet {
  private readonly bits = new Int32Array(0x10000 >>> 5)
  constructor(chars: Iterable<string> = []) {
    for (const ch of chars) {
      const c = ch.charCodeAt(0)
      if (c === 0) throw new Error('U+0000 cannot be in a CodeSet')
      this.bits[c >>> 5]! |= 1 << (c & 31)
    }
  }
  has(c: number): boolean {
    return (this.bits[c >>> 5]! & (1 << (c & 31))) !== 0
  }
  at(text: string, i: number): boolean {
    return this.has(at(text, i))
  }
}

/**
 * Where one of `words` may start, judged by the first two code units: a bit set of first
 * characters, a bit set of the first characters that are a word alone, and a bit table of
 * (first, second) pairs, hashed. `false` is exact; `true` still needs the word looked up (a
 * pair that shares a hash with a pair of the list, about one in a thousand, says `true` too).
 */
export class WordStarts {
  private readonly first: CodeSet
  private readonly single: CodeSet
  private readonly pairs = new Int32Array(PAIR_BITS >>> 5)
  constructor(words: readonly string[]) {
    this.first = new CodeSet(words.map((w) => w[0]!))
    this.single = new CodeSet(words.filter((w) => w.length === 1))
    for (const w of words) {
      if (w.length < 2) continue
      const h = pairHash(w.charCodeAt(0), w.charCodeAt(1))
      this.pairs[h >>> 5]! |= 1 << (h & 31)
    }
  }
  /** Some word starts with the code unit `c`. */
  firstAt(c: number): boolean {
    return this.first.has(c)
  }
  at(text: string, i: number): boolean {
    const c = at(text, i)
    if (!this.first.has(c)) return false
    if (this.single.has(c)) return true
    const h = pairHash(c, at(text, i + 1))
    return (this.pairs[h >>> 5]! & (1 << (h & 31))) !== 0
  }
}

/** Size of the pair table in bits (8 KB). */
const PAIR_BITS = 1 << 16
/** Two code units mixed into an index of the pair table. */
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16

/** A table from single characters to numbers, looked up by code unit. */
export function codeTable(table: Readonly<Record<string, number>>): Map<number, number> {
  return new Map(Object.entries(table).map(([ch, value]) => [ch.charCodeAt(0), value]))
}

/**
 * Longest-match lookup of words at a position. Entries are bucketed by the code
 * unit of their first (and last) character once, at module load, so each lookup
 * costs one map read plus at most the few words sharing that character.
 */
export interface WordIndex<T extends { word: string }> {
  /** Candidate entries starting with the character at `i`, longest first (check with startsWith). */
  all(text: string, i: number): readonly T[]
  /** Longest entry matching at `i`. */
  at(text: string, i: number): T | null
  /** Longest entry whose last character is at `end - 1`. */
  ending(text: string, end: number): T | null
  /** First position at or after `from` where an entry matches, or -1. */
  next(text: string, from: number): number
  /** The first characters of all entries. */
  readonly firsts: readonly string[]
}

const EMPTY: never[] = []

function bucket<T extends { word: string }>(entries: readonly T[], key: (word: string) => number): Map<number, T[]> {
  const buckets = new Map<number, T[]>()
  for (const e of entries) {
    const k = key(e.word)
    const list = buckets.get(k)
    if (list) list.push(e)
    else buckets.set(k, [e])
  }
  // stable: among words of one length the earlier entry wins, as in the data order
  for (const list of buckets.values()) list.sort((a, b) => b.word.length - a.word.length)
  return buckets
}

/** Up to this many words, `next` searches for each word; more go through one expression. */
const FEW_WORDS = 4

export function wordIndex<T extends { word: string }>(entries: readonly T[]): WordIndex<T> {
  const byFirst = bucket(entries, (w) => w.charCodeAt(0))
  const byLast = bucket(entries, (w) => w.charCodeAt(w.length - 1))
  const firsts = [...new Set(entries.map((e) => e.word[0]!))]
  // most characters start no word: a bit test answers them before the map is read, and most
  // of the rest are ruled out by their second one before a string is compared
  const starts = new WordStarts(entries.map((e) => e.word))
  const last = new CodeSet(entries.map((e) => e.word[e.word.length - 1]!))
  const search = alternation(entries.map((e) => e.word))
  // a few words (`각각`, `각기`): one string search each finds the next faster than the expression
  const few = entries.length <= FEW_WORDS ? entries.map((e) => e.word) : null
  // and when they share their first character, one search for it, each find checked
  const shared = few !== null && firsts.length === 1 && few.every((w) => w.length > 1) ? firsts[0]! : null
  const index: WordIndex<T> = {
    firsts,
    next(text, from) {
      if (shared !== null) {
        for (let i = text.indexOf(shared, from); i >= 0; i = text.indexOf(shared, i + 1)) {
          for (const w of few!) if (text.startsWith(w, i)) return i
        }
        return -1
      }
      if (few !== null) {
        let found = -1
        for (const w of few) {
          const i = text.indexOf(w, from)
          if (i >= 0 && (found < 0 || i < found)) found = i
        }
        return found
      }
      search.lastIndex = from
      const found = search.exec(text)
      return found ? found.index : -1
    },
    all(text, i) {
      const c = at(text, i)
      return starts.firstAt(c) ? byFirst.get(c)! : EMPTY
    },
    at(text, i) {
      if (!starts.at(text, i)) return null
      for (const e of byFirst.get(at(text, i))!) if (text.startsWith(e.word, i)) return e
      return null
    },
    ending(text, end) {
      const c = at(text, end - 1)
      if (!last.has(c)) return null
      const list = byLast.get(c)!
      for (const e of list) if (end - e.word.length >= 0 && text.startsWith(e.word, end - e.word.length)) return e
      return null
    },
  }
  return index
}

/** A global expression matching any of `words` (a plain alternation: linear to search). */
function alternation(list: readonly string[]): RegExp {
  const escaped = list.map((w) => w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))
  return new RegExp(escaped.join('|') || '(?!)', 'g')
}

export const words = (list: readonly string[]): { word: string }[] => list.map((word) => ({ word }))
