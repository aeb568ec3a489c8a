/**
 * Number scanner: one left-to-right pass that turns the digits and number
 * words of a text into atoms (a value, its magnitude words and the unit or
 * counter right after it). Every branch advances the cursor, and each look-up
 * is bounded by the longest data word, so the cost is linear in the text.
 */
import { COUNTERS, COUNTER_FOLLOWERS, type CounterRole } from '../data/counters.js'
import {
  BIG_MULTIPLIERS,
  NATIVE_CARDINALS,
  NATIVE_COUNTERS,
  NUMBER_WORDS,
  SINO_DIGITS,
  SMALL_MULTIPLIERS,
  type NumberWordEntry,
} from '../data/number-words.js'
import { APPROX_INFIX, BUCKET_SUFFIX, FRACTION_WORD, LONE_MAGNITUDE_AFTER, ORDINAL_PREFIX, PER_UNIT_AFTER, VERSION_WORDS } from '../data/figure-cues.js'
import { CURRENCY_PREFIXES, UNIT_WORDS } from '../data/units.js'
import type { FigureKind } from './types.js'
import {
  CodeSet,
  WordStarts,
  at,
  charAt,
  codeTable,
  digitAt,
  hangulAt,
  isDigit,
  isDigitCode,
  isHangul,
  isHangulCode,
  isLatin,
  isLatinCode,
  isSpaceCode,
  latinAt,
  skipCodes,
  skipDigits,
  spaceAt,
  wordIndex,
  words,
} from './chars.js'

/** What the word after a number makes of it. */
export interface UnitInfo {
  unit: string | null
  kind: FigureKind | null
  role: CounterRole | 'unit'
  word: string
}

export interface Atom {
  start: number
  end: number
  value: number
  /** Digits only, no comma, decimal or magnitude word: may be a bare year. */
  plain: boolean
  decimal: boolean
  /** Largest magnitude word used (만 = 1e4 …), 1 when none. */
  scale: number
  unit: UnitInfo | null
  /** `여` between the number and its counter. */
  approx: boolean
  /** Preceded by 제 (`제 2 회`). */
  je: boolean
  /** Two-digit year written `’21`. */
  shortYear?: boolean
  /** Already a date (`2022.07.13`). */
  date?: string
  fraction?: boolean
  /** Written in words (`두 개`, `양일간`). */
  word?: NumberWordEntry | null
  /** Marked as not a figure (list marker, per-capita denominator, model name …). */
  skip?: string
}

/** How the end of a unit word must be followed: a Latin/digit word or a Hangul word must end there. */
type UnitTail = 'word' | 'hangul' | null
/** `second`: the word's second code unit, 0 for a one-character word (its bucket holds the first). */
type UnitEntryLike = { word: string; info: UnitInfo; glued: boolean; tail: UnitTail; second: number }

function tailOf(word: string): UnitTail {
  const last = word[word.length - 1]
  if (isLatin(last) || isDigit(last)) return 'word'
  return isHangul(last) ? 'hangul' : null
}

const secondOf = (word: string): number => (word.length > 1 ? word.charCodeAt(1) : 0)

const UNIT_INDEX = wordIndex<UnitEntryLike>([
  ...UNIT_WORDS.map((u) => ({
    word: u.word,
    tail: tailOf(u.word),
    second: secondOf(u.word),
    glued: false,
    info: { unit: u.unit === '' ? null : u.unit, kind: u.kind, role: 'unit' as const, word: u.word },
  })),
  ...COUNTERS.map((c) => ({
    word: c.word,
    tail: tailOf(c.word),
    second: secondOf(c.word),
    glued: c.glued === true,
    info: { unit: c.unit ?? c.word, kind: null, role: c.role, word: c.word },
  })),
])
const FOLLOWERS = wordIndex(words(COUNTER_FOLLOWERS))
const NUMBER_WORD_INDEX = wordIndex(NUMBER_WORDS)
const NATIVE_INDEX = wordIndex(Object.keys(NATIVE_CARDINALS).map((word) => ({ word })))
const NATIVE_COUNTER_SET = new Set(NATIVE_COUNTERS)
const PREFIX_INDEX = wordIndex(CURRENCY_PREFIXES)
const VERSION_INDEX = wordIndex(words(VERSION_WORDS))
const SMALL = codeTable(SMALL_MULTIPLIERS)
const BIG = codeTable(BIG_MULTIPLIERS)
const SINO = codeTable(SINO_DIGITS)
/** First syllables of number words (`두`, `양일`, `삼천`, `백`): other Hangul words are skipped whole. */
const WORD_NUMBER_START = new CodeSet([
  ...NUMBER_WORD_INDEX.firsts,
  ...NATIVE_INDEX.firsts,
  ...Object.keys(SINO_DIGITS),
  ...Object.keys(SMALL_MULTIPLIERS),
  ...Object.keys(BIG_MULTIPLIERS),
])
const SINO_SET = new CodeSet(Object.keys(SINO_DIGITS))
const BIG_SET = new CodeSet(Object.keys(BIG_MULTIPLIERS))
const SMALL_SET = new CodeSet(Object.keys(SMALL_MULTIPLIERS))
const MULTIPLIER_SET = new CodeSet([...Object.keys(SMALL_MULTIPLIERS), ...Object.keys(BIG_MULTIPLIERS)])
const SPACES = [' ', '\u00A0']

/**
 * Where a whole number word or a native cardinal may start, by its first two code units
 * (`이` → `이틀`; `두` → `두 ` only, as `두 개` is read only as two words; a one-syllable
 * number word: any).
 */
const WORD_NUMBER_STARTS = new WordStarts([
  ...NUMBER_WORDS.map(({ word }) => word),
  // a native cardinal counts only as a word of its own, followed by a space and a counter
  ...Object.keys(NATIVE_CARDINALS).flatMap((word) => (word.length === 1 ? SPACES.map((space) => word + space) : [word])),
])
const ZERO = 0x30
// a bit test first: almost no character is a multiplier, and a map read costs more
const smallAt = (text: string, i: number): number | undefined => {
  const c = at(text, i)
  return SMALL_SET.has(c) ? SMALL.get(c) : undefined
}
const bigAt = (text: string, i: number): number | undefined => {
  const c = at(text, i)
  return BIG_SET.has(c) ? BIG.get(c) : undefined
}
/** A multiplier (천, 만, 亿 …) at `i`. */
const multiplierAt = (text: string, i: number): boolean => MULTIPLIER_SET.has(at(text, i))
const latinOrDigit = (c: number): boolean => isLatinCode(c) || isDigitCode(c)

/** A Hangul word may end here: next char is not Hangul, or starts a particle/suffix. */
export function hangulBoundary(text: string, k: number): boolean {
  if (!hangulAt(text, k)) return true
  return FOLLOWERS.at(text, k) !== null
}

/** `원대`, `달러대`: a bucket suffix after a unit word (`3조원대`). */
const bucketAt = (text: string, k: number): boolean => charAt(text, k, BUCKET_SUFFIX) && hangulBoundary(text, k + 1)

/** Unit or counter at `k` (after at most one space), with its end. */
export function readUnit(text: string, k: number): { info: UnitInfo; end: number } | null {
  let p = k
  const spaced = spaceAt(text, p)
  if (spaced) p++
  const entries = UNIT_INDEX.all(text, p)
  if (entries.length === 0) return null
  // most entries of a bucket differ from the text in their second code unit
  const second = at(text, p + 1)
  for (const e of entries) {
    if ((e.glued && spaced) || (e.second !== 0 && e.second !== second) || !text.startsWith(e.word, p)) continue
    const end = p + e.word.length
    if (e.tail === 'word' && latinOrDigit(at(text, end))) continue
    if (e.tail === 'hangul' && !hangulBoundary(text, end) && !(e.info.role === 'unit' && bucketAt(text, end))) continue
    return { info: e.info, end }
  }
  return null
}

/** 10^0 … 10^15, each exact. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k)

/** Digits with thousands commas and a decimal part, from `i`. */
function readDigits(text: string, i: number): { value: number; end: number; plain: boolean; decimal: boolean; ndigits: number } {
  // a whole number of at most 15 digits is exact in a double: its value is summed as the digits
  // are read; longer ones and decimals go through `Number` of the digits, as written
  let v = 0
  let j = i
  for (let c = at(text, j); isDigitCode(c); c = at(text, ++j)) v = v * 10 + (c - ZERO)
  let ndigits = j - i
  let plain = true
  let groups = -1
  // thousands groups: `,ddd` not followed by another digit
  while (charAt(text, j, ',') && digitAt(text, j + 1) && digitAt(text, j + 2) && digitAt(text, j + 3) && !digitAt(text, j + 4)) {
    if (groups < 0) groups = j
    v = v * 1000 + (at(text, j + 1) - ZERO) * 100 + (at(text, j + 2) - ZERO) * 10 + (at(text, j + 3) - ZERO)
    j += 4
    ndigits += 3
    plain = false
  }
  if (charAt(text, j, '.') && digitAt(text, j + 1)) {
    const f = j + 1
    j = f
    for (let c = at(text, j); isDigitCode(c); c = at(text, ++j)) v = v * 10 + (c - ZERO)
    const all = ndigits + j - f
    // all the digits as one whole number of at most 15 digits, over a power of ten of at most
    // 10^15: both are exact doubles, so the one division is rounded as `Number` rounds the text
    if (all <= 15) return { value: v / POWERS_OF_TEN[j - f]!, end: j, plain: false, decimal: true, ndigits: all }
    const whole = groups < 0 ? text.slice(i, f - 1) : text.slice(i, f - 1).replaceAll(',', '')
    return { value: Number(whole + '.' + text.slice(f, j)), end: j, plain: false, decimal: true, ndigits: all }
  }
  if (ndigits > 15) v = Number(text.slice(i, j).replaceAll(',', ''))
  return { value: v, end: j, plain, decimal: false, ndigits }
}

const CALENDAR_ROLES: ReadonlySet<UnitInfo['role']> = new Set(['year', 'month', 'day', 'quarter'])

/**
 * `x` rounded to 15 significant digits (`1.2 * 1e4` → 12000). A positive integer below 1e15
 * has at most 15 digits and comes back unchanged, so it skips the string round trip.
 */
const exact = (x: number): number => (Number.isInteger(x) && x > 0 && x < 1e15 ? x : Number(x.toPrecision(15)))

/** Largest digit count a group may hold after a small multiplier: 천 → 3 (`9천55`), 백 → 2, 십 → 1. */
const digitsUnder = (small: number): number => Math.round(Math.log10(small))

/**
 * Magnitude words after a number: the full Korean grammar of digits, Sino-Korean
 * digits (일–구) and small multipliers (십/백/천) inside big ones (만/억/조/경),
 * spaces allowed between the parts: `968 억 8600 만`, `12만 5천`, `9천55`,
 * `1만3천340`, `72억7천600만`, `178조9천729억`, `1억 오천만`, `45 万亿`. A `여`
 * before a big multiplier makes the number approximate (`350여억`).
 */
function readMagnitude(text: string, k: number, base: number): { value: number; end: number; scale: number; approx: boolean } {
  let total = 0
  let group = 0
  /** Digits not yet multiplied. */
  let cur: number | null = base
  let p = k
  let scale = 1
  let lastBig = Infinity
  let lastSmall = Infinity
  let used = false
  let approx = false
  for (;;) {
    let q = p
    if (spaceAt(text, q) && (multiplierAt(text, q + 1) || (charAt(text, q + 1, APPROX_INFIX) && bigAt(text, q + 2)))) q++
    if (charAt(text, q, APPROX_INFIX) && bigAt(text, q + 1) && cur !== null && !approx) {
      approx = true
      q++
    }
    const small = smallAt(text, q)
    if (small && small < lastSmall) {
      group = group + (cur ?? 1) * small
      cur = null
      lastSmall = small
      p = q + 1
      used = true
      const more = groupAfter(text, p, small, digitsUnder(small))
      if (more) {
        cur = more.value
        p = more.end
      }
      continue
    }
    const big = bigAt(text, q)
    if (big) {
      if (big >= lastBig && total > 0 && q === p && bigAt(text, p - 1) && group === 0 && cur === null) {
        // consecutive big multipliers multiply: 万亿
        total = total * big
        lastBig = lastBig * big
        scale = Math.max(scale, lastBig)
        p = q + 1
        continue
      }
      if (big >= lastBig) break
      const v = group + (cur ?? 0)
      if (v === 0) break
      total = total + v * big
      group = 0
      cur = null
      lastSmall = Infinity
      lastBig = big
      scale = Math.max(scale, big)
      p = q + 1
      used = true
      // a following smaller group: `968 억 8600 만`, `12만 5천`, `7만 5,842`, `1억 오천만`
      const more = groupAfter(text, p, big, 4)
      if (more) {
        cur = more.value
        p = more.end
      }
      continue
    }
    break
  }
  if (!used) return { value: base, end: k, scale: 1, approx: false }
  return { value: exact(total + group + (cur ?? 0)), end: p, scale, approx }
}

const APPROX_CODE = APPROX_INFIX.charCodeAt(0)
const FRACTION_FIRST = FRACTION_WORD.charCodeAt(0)
/** What `readMagnitude` reads when no magnitude word follows (its `end` is never past the digits). */
const NO_MAGNITUDE = { value: 0, end: -1, scale: 1, approx: false }

/**
 * A magnitude word (or the `여` of `350여억`) at `k`, after at most one space: else
 * `readMagnitude` reads nothing there.
 */
function magnitudeMayFollow(text: string, k: number): boolean {
  let c = at(text, k)
  if (isSpaceCode(c)) c = at(text, k + 1)
  return MULTIPLIER_SET.has(c) || c === APPROX_CODE
}

/**
 * Digits continuing a number after a multiplier (after at most one space): smaller than
 * the multiplier, at most `maxDigits` long unless a multiplier follows, and not a date part
 * (`3만 2022년`).
 */
function digitsAfter(text: string, from: number, below: number, maxDigits: number): { value: number; end: number } | null {
  let r = from
  if (spaceAt(text, r)) r++
  if (!digitAt(text, r)) return null
  const d = readDigits(text, r)
  if (d.value >= below) return null
  let after = d.end
  if (spaceAt(text, after)) after++
  const hasMult = multiplierAt(text, after) || (charAt(text, after, APPROX_INFIX) && bigAt(text, after + 1))
  if (!hasMult && (d.ndigits > maxDigits || d.decimal)) return null
  const unitAfter = readUnit(text, d.end)
  if (unitAfter && CALENDAR_ROLES.has(unitAfter.info.role)) return null
  return { value: d.value, end: d.end }
}

/** The smaller group after a magnitude: digits (at most `width`, below `limit`), else Sino-Korean number words. */
function groupAfter(text: string, p: number, limit: number, width: number) {
  return digitsAfter(text, p, limit, width) ?? sinoAfter(text, p)
}

/** A Sino-Korean digit right before a multiplier (`오천`, `이백`), after at most one space. */
function sinoAfter(text: string, from: number): { value: number; end: number } | null {
  let r = from
  if (spaceAt(text, r)) r++
  const digit = SINO.get(at(text, r))
  if (digit === undefined || !multiplierAt(text, r + 1)) return null
  return { value: digit, end: r + 1 }
}

/** The word before `i` (skipping one space), if it is Latin letters. */
function latinWordBefore(text: string, i: number): boolean {
  let p = i - 1
  if (!spaceAt(text, p)) return false
  p--
  return latinAt(text, p)
}

function jeBefore(text: string, i: number): boolean {
  let p = i - 1
  if (spaceAt(text, p)) p--
  return charAt(text, p, ORDINAL_PREFIX) && !hangulAt(text, p - 1)
}

const MAX_SINO_TOKENS = 8
/** Longest source name read in `(8.15 차이롄서)`. */
const CITED_SOURCE_MAX = 20
const DOT = 0x2e
const HYPHEN = 0x2d
const UNDERSCORE = 0x5f
const SLASH = 0x2f
const PLUS = 0x2b
const OPEN_PAREN = 0x28
const TAB = 0x09
/** Apostrophes before a two-digit year (`’21`). */
const QUOTES = new CodeSet(['’', '\'', '‘'])
const NEGATIVE_SIGNS = new CodeSet(['-', '−', '△', '▼'])

function lastNonSpace(text: string, from: number): string | undefined {
  let p = from
  while (p >= 0 && (spaceAt(text, p) || charAt(text, p, '\t'))) p--
  return p >= 0 ? text[p] : undefined
}

const PREFIX_LAST = new CodeSet(CURRENCY_PREFIXES.map((c) => c.word[c.word.length - 1]!))

function currencyPrefixBefore(text: string, i: number): { unit: UnitInfo; start: number } | null {
  let p = i
  if (spaceAt(text, p - 1)) p--
  if (!PREFIX_LAST.at(text, p - 1)) return null
  for (let len = 3; len >= 1; len--) {
    const s = p - len
    if (s < 0) continue
    const e = PREFIX_INDEX.at(text, s)
    if (e && e.word.length === len) {
      return { unit: { unit: e.unit, kind: 'money', role: 'unit', word: e.word }, start: s }
    }
  }
  return null
}

const PER_UNIT_INDEX = wordIndex(words(PER_UNIT_AFTER))

function perUnitAfter(text: string, end: number): boolean {
  return PER_UNIT_INDEX.at(text, end) !== null
}

/**
 * Scan all number atoms of `text`, in order. One loop with its own reads: every code unit
 * of every text unit passes here, and most belong to Hangul words that start no number,
 * which are stepped over whole.
 */
export function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isDigitCode(c)) {
      const atom = scanDigits(text, i)
      if (atom !== null) atoms.push(atom)
      const j = skipDigits(text, i + 1)
      i = atom !== null && atom.end > j ? atom.end : j
    } else if (isHangulCode(c)) {
      // a number word starts a word: not after another syllable
      if (WORD_NUMBER_START.has(c) && (i === 0 || !isHangulCode(text.charCodeAt(i - 1))) && mayStartNumber(text, i, c)) {
        const atom = scanWords(text, i)
        if (atom !== null) {
          atoms.push(atom)
          i = atom.end
          continue
        }
      }
      i++
      while (i < n && isHangulCode(text.charCodeAt(i))) i++
    } else i++
  }
  return atoms
}

/**
 * Whether `scanWords` can read a number at `i` (first code unit `c`), from the next one or two
 * code units: most words starting with a syllable of a number word (`이번`, `사업`, `경제`)
 * are ruled out here, before the word indexes are read. A `false` is exact: each branch of
 * `scanWords` needs one of the conditions below.
 */
function mayStartNumber(text: string, i: number, c: number): boolean {
  if (WORD_NUMBER_STARTS.at(text, i)) return true
  const s = at(text, i + 1)
  // `백 억 위안`: a small multiplier may stand alone before a unit
  if (SMALL_SET.has(c)) return true
  const spacedMultiplier = isSpaceCode(s) && MULTIPLIER_SET.has(at(text, i + 2))
  // `삼천`, `오 백`: a Sino-Korean digit counts only before a multiplier
  if (SINO_SET.has(c) && (MULTIPLIER_SET.has(s) || spacedMultiplier)) return true
  // `억 5천`, `만이`: a big multiplier needs another part, or a word that allows it alone (`근 만 명`)
  return BIG_SET.has(c) && (SINO_SET.has(s) || MULTIPLIER_SET.has(s) || spacedMultiplier || loneMagnitudeAllowed(text, i))
}

function scanDigits(text: string, i: number): Atom | null {
  // code units, not `text[i - 1]`: that allocates a string for every Hangul character
  const prev = at(text, i - 1)
  const prev2 = at(text, i - 2)
  // glued to a Latin word or a code: P10, Top5, A380, L1, ID.4, COVID-19, Born2Global, 5G
  if (isLatinCode(prev) || ((prev === DOT || prev === HYPHEN || prev === UNDERSCORE) && isLatinCode(prev2))) {
    const end = skipCodes(text, i, (c) => latinOrDigit(c) || c === DOT)
    return { ...blank(i, end), skip: 'name-with-digit' }
  }
  if (prev === SLASH && !isDigitCode(prev2)) return { ...blank(i, skipDigits(text, i)), skip: 'path' }
  // hyphen / plus codes: phone numbers, ISO dates (only looked at when a hyphen follows the digits)
  let digitsEnd = i
  while (digitAt(text, digitsEnd)) digitsEnd++
  if (prev === PLUS || (charAt(text, digitsEnd, '-') && digitAt(text, digitsEnd + 1))) {
    const runEnd = skipCodes(text, i, (c) => isDigitCode(c) || c === HYPHEN)
    const parts = text.slice(i, runEnd).split('-')
    if (prev === PLUS || parts.length >= 3) {
      if (parts.length === 3 && prev !== PLUS && parts[0]!.length === 4 && parts[1]!.length <= 2 && parts[2]!.length <= 2 && parts[1] && parts[2]) {
        const m = parts[1]!.padStart(2, '0')
        const dd = parts[2]!.padStart(2, '0')
        if (validMonthDay(+m, +dd)) return { ...blank(i, runEnd), date: `${parts[0]}-${m}-${dd}` }
      }
      return { ...blank(i, runEnd), skip: 'phone' }
    }
  }
  // dotted and slashed dates: 2022.07.13, 2022/7/13
  if (digitsEnd - i === 4 && (charAt(text, digitsEnd, '.') || charAt(text, digitsEnd, '/'))) {
    const dated = readSeparatedDate(text, i)
    if (dated) return dated
  }
  // `'21.01.12`: a two-digit year with dots
  if (QUOTES.has(prev) && digitsEnd - i === 2 && charAt(text, digitsEnd, '.')) {
    const dated = readShortYearDate(text, i)
    if (dated) return dated
  }
  const d = readDigits(text, i)
  // `(5.24, 경제참고보)`: month.day of a cited source
  if (prev === OPEN_PAREN && d.decimal) {
    const cited = readCitedDate(text, i, d.end)
    if (cited) return cited
  }
  // `4분의 1`: one fourth
  {
    let q = d.end
    if (spaceAt(text, q)) q++
    if (!d.decimal && at(text, q) === FRACTION_FIRST && text.startsWith(FRACTION_WORD, q)) {
      let r = q + FRACTION_WORD.length
      if (spaceAt(text, r)) r++
      if (digitAt(text, r)) {
        const num = readDigits(text, r)
        if (d.value > 0 && !num.decimal) return { ...blank(i, num.end), value: exact(num.value / d.value), fraction: true }
      }
    }
  }
  // fraction 1/3
  if (charAt(text, d.end, '/') && digitAt(text, d.end + 1) && !d.decimal) {
    const den = readDigits(text, d.end + 1)
    if (den.value > 0 && !den.decimal && den.ndigits <= 3 && d.ndigits <= 3) {
      return { ...blank(i, den.end), value: exact(d.value / den.value), fraction: true }
    }
  }
  let value = d.value
  let end = d.end
  let scale = 1
  let plain = d.plain
  const je = jeBefore(text, i)
  let approxInside = false
  if (!je) {
    const m = magnitudeMayFollow(text, d.end) ? readMagnitude(text, d.end, d.value) : NO_MAGNITUDE
    if (m.end > d.end) {
      value = m.value
      end = m.end
      scale = m.scale
      plain = false
      approxInside = m.approx
    }
  }
  // Latin unit glued (5GW) or a model name (5G, 3D)
  if (latinAt(text, end)) {
    const u = readUnit(text, end)
    if (!u) return { ...blank(i, skipCodes(text, end, latinOrDigit)), skip: 'name-with-digit' }
  }
  let approx = approxInside
  let p = end
  {
    let q = p
    if (spaceAt(text, q)) q++
    if (charAt(text, q, APPROX_INFIX) && readUnit(text, q + 1)) {
      approx = true
      p = q + 1
    }
  }
  const atom: Atom = {
    start: i,
    end,
    value,
    plain,
    decimal: d.decimal,
    scale,
    unit: null,
    approx,
    je,
    shortYear: undefined,
    date: undefined,
    fraction: undefined,
    word: undefined,
    skip: undefined,
  }
  if (QUOTES.has(prev) && d.ndigits === 2 && d.plain) {
    const u = readUnit(text, end)
    if (u && u.info.role === 'year') {
      return { ...atom, start: i - 1, end: u.end, value: (d.value < 70 ? 2000 : 1900) + d.value, shortYear: true, unit: u.info }
    }
  }
  // a sign: `-3.5` in a cell, `전년 대비 △2.1%`; not the dash of a range (`2022 - 2025`)
  if (NEGATIVE_SIGNS.has(prev) && (i < 2 || isSpaceCode(prev2) || prev2 === OPEN_PAREN || prev2 === TAB) && !isDigit(lastNonSpace(text, i - 2))) {
    atom.value = -atom.value
    atom.start = i - 1
    atom.plain = false
  }
  const pre = currencyPrefixBefore(text, i)
  if (pre) {
    atom.start = pre.start
    atom.unit = pre.unit
    return atom
  }
  const u = readUnit(text, p)
  if (u) {
    atom.unit = u.info
    atom.end = u.end
    if (u.info.role === 'reference') atom.skip = 'reference'
    else if (u.info.role !== 'year' && u.info.role !== 'month' && u.info.role !== 'day' && u.info.role !== 'quarter' && perUnitAfter(text, u.end)) {
      atom.skip = 'per-unit'
    }
    return atom
  }
  if (approx && !approxInside) atom.approx = false
  // bare number: list markers `1)` `2.`; versions `2.0>`; model numbers `RTX 4090`
  if (!d.decimal && plain && value < 1000 && (charAt(text, end, ')') && !charAt(text, i - 1, '(') || (charAt(text, end, '.') && (spaceAt(text, end + 1) || end + 1 >= text.length)))) {
    atom.skip = 'list-marker'
  } else if (latinWordBefore(text, i) || versionBefore(text, i)) {
    atom.skip = 'name-with-digit'
  }
  return atom
}

function versionBefore(text: string, i: number): boolean {
  let p = i
  if (spaceAt(text, p - 1)) p--
  const v = VERSION_INDEX.ending(text, p)
  return v !== null
}

function validMonthDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

function readSeparatedDate(text: string, i: number): Atom | null {
  let j = i
  while (digitAt(text, j)) j++
  if (j - i !== 4) return null
  const sep = text[j]
  if (sep !== '.' && sep !== '/') return null
  let k = j + 1
  const ms = k
  while (digitAt(text, k)) k++
  if (k - ms < 1 || k - ms > 2 || text[k] !== sep) return null
  const ds = k + 1
  let e = ds
  while (digitAt(text, e)) e++
  if (e - ds < 1 || e - ds > 2 || digitAt(text, e)) return null
  const m = +text.slice(ms, k)
  const d = +text.slice(ds, e)
  if (!validMonthDay(m, d)) return null
  const date = `${text.slice(i, j)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return { ...blank(i, e), date }
}

/** `'21.01.12` → 2021-01-12 (the apostrophe is part of the figure). */
function readShortYearDate(text: string, i: number): Atom | null {
  const ms = i + 3
  let k = ms
  while (digitAt(text, k)) k++
  if (k - ms < 1 || k - ms > 2 || !charAt(text, k, '.')) return null
  const ds = k + 1
  let e = ds
  while (digitAt(text, e)) e++
  if (e - ds < 1 || e - ds > 2) return null
  const m = +text.slice(ms, k)
  const d = +text.slice(ds, e)
  if (!validMonthDay(m, d)) return null
  const yy = +text.slice(i, i + 2)
  const y = (yy < 70 ? 2000 : 1900) + yy
  return { ...blank(i - 1, e), date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/**
 * `(5.24, 경제참고보)`: a month.day right after an opening bracket and followed by a comma
 * and a source name is the date of that source, not a decimal.
 */
function readCitedDate(text: string, i: number, end: number): Atom | null {
  const dot = text.indexOf('.', i)
  if (dot < 0 || dot >= end || dot - i > 2 || end - dot - 1 > 2) return null
  if (charAt(text, end, ',')) {
    let q = end + 1
    if (spaceAt(text, q)) q++
    if (digitAt(text, q) || q >= text.length || charAt(text, q, ')')) return null
  } else if (!(spaceAt(text, end) && sourceNameThenClose(text, end + 1))) return null
  const m = +text.slice(i, dot)
  const d = +text.slice(dot + 1, end)
  if (!validMonthDay(m, d)) return null
  return { ...blank(i, end), date: `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/** `(8.15 차이롄서)`: one word of letters, then the closing bracket. */
function sourceNameThenClose(text: string, from: number): boolean {
  let p = from
  while (p < text.length && p - from <= CITED_SOURCE_MAX && (hangulAt(text, p) || latinAt(text, p))) p++
  return p > from && charAt(text, p, ')')
}

/**
 * An atom with every field set, the optional ones undefined: atoms made here
 * and by spreading this all have one shape, so the passes that read them stay
 * monomorphic.
 */
function blank(start: number, end: number): Atom {
  return {
    start,
    end,
    value: NaN,
    plain: false,
    decimal: false,
    scale: 1,
    unit: null,
    approx: false,
    je: false,
    shortYear: undefined,
    date: undefined,
    fraction: undefined,
    word: undefined,
    skip: undefined,
  }
}

/** Number words at a word start: `양일간`, `두 개`, `백 억 위안`, `첫 번째`. */
function scanWords(text: string, i: number): Atom | null {
  const w = NUMBER_WORD_INDEX.at(text, i)
  if (w && hangulBoundary(text, i + w.word.length)) {
    const end = i + w.word.length
    const atom: Atom = {
      ...blank(i, end),
      value: w.value,
      word: w,
      unit: { unit: w.unit, kind: w.kind, role: w.kind === 'ordinal' ? 'ordinal' : w.kind === 'duration' ? 'duration' : 'count', word: w.word },
    }
    if (w.kind !== 'ordinal' && perUnitAfter(text, end)) atom.skip = 'per-unit'
    return atom
  }
  const nat = NATIVE_INDEX.at(text, i)
  if (nat && spaceAt(text, i + nat.word.length)) {
    const u = readUnit(text, i + nat.word.length)
    if (u && NATIVE_COUNTER_SET.has(u.info.word)) {
      const atom: Atom = { ...blank(i, u.end), value: NATIVE_CARDINALS[nat.word]!, unit: u.info, word: null }
      if (perUnitAfter(text, u.end)) atom.skip = 'per-unit'
      return atom
    }
  }
  return scanSino(text, i)
}

/** The words before a lone magnitude word, as Hangul words (a word with another character is never one). */
const LONE_MAGNITUDE = LONE_MAGNITUDE_AFTER.filter((w) => [...w].every(isHangul))
const LONE_MAGNITUDE_LAST = new CodeSet(LONE_MAGNITUDE.map((w) => w[w.length - 1]!))

/**
 * `근 만 명`: the word before a lone magnitude word makes it a number. That word is the run of
 * Hangul syllables before the space; it is read in place, not cut out: a lone 만/억/조/경
 * starts many common words (만들, 조사, 경제), and almost none follows one of these words.
 */
function loneMagnitudeAllowed(text: string, i: number): boolean {
  const end = i - 1
  if (!spaceAt(text, end) || !LONE_MAGNITUDE_LAST.has(at(text, end - 1))) return false
  for (const w of LONE_MAGNITUDE) {
    const s = end - w.length
    if (s >= 0 && !hangulAt(text, s - 1) && text.startsWith(w, s)) return true
  }
  return false
}

/** Sino-Korean numerals with at least one multiplier and a unit: `백 억 위안`, `삼천만 원`. */
function scanSino(text: string, i: number): Atom | null {
  let p = i
  let total = 0
  let group = 0
  let cur = 0
  let mult = false
  let scale = 1
  // a numeral has at most a handful of words (`삼천 오백 억`): the cap keeps a failed
  // read from rescanning a long run of multipliers at every start
  for (let tokens = 0; tokens < MAX_SINO_TOKENS; tokens++) {
    let q = p
    if (q > i && spaceAt(text, q) && multiplierAt(text, q + 1)) q++
    const digit = SINO.get(at(text, q))
    if (digit !== undefined && q === p && cur === 0) {
      cur = digit
      p = q + 1
      continue
    }
    const small = smallAt(text, q)
    if (small) {
      group += (cur || 1) * small
      cur = 0
      mult = true
      p = q + 1
      continue
    }
    const big = bigAt(text, q)
    if (big) {
      total += (group + cur || 1) * big
      scale = Math.max(scale, big)
      group = 0
      cur = 0
      mult = true
      p = q + 1
      continue
    }
    break
  }
  if (!mult) return null
  // a lone 조/억/만 starts many words (조건, 억지, 만족) and names a unit in headers (`(억 위안)`)
  if (p - i === 1 && bigAt(text, i) !== undefined && !loneMagnitudeAllowed(text, i)) return null
  const value = total + group + cur
  const u = readUnit(text, p)
  if (!u || u.info.role === 'reference' || u.info.role === 'year' || u.info.role === 'month' || u.info.role === 'day') return null
  const atom: Atom = { ...blank(i, u.end), value, scale, unit: u.info, word: null }
  if (perUnitAfter(text, u.end)) atom.skip = 'per-unit'
  return atom
}
