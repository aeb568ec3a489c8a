/**
 * Readings of Chinese characters as Korean syllables: the Sino-Korean (hanja) reading of the
 * traditional form, and the transliteration of each Mandarin pinyin reading through the
 * 외래어 표기법 table (official spellings, plus the non-standard ones the bulletin uses).
 *
 * The dictionaries come from opencc-js, pinyin-pro and the `hanja` package's reading table,
 * distilled at build time into one table (scripts/build-readings.mjs → dist/data/readings.txt:
 * `char TAB hanja TAB pinyin,… TAB traditional TAB simplified`), because loading the libraries
 * themselves costs ~0.5 s per process and the table a few milliseconds. It is read once per
 * process by `loadTermDictionaries()`; everything else here is synchronous and throws if
 * called before that promise has resolved.
 */
import {readFile} from 'node:fs/promises'
import {codeUnits, hangulSyllableBase} from '../util/chars.js'
import {CodeTable} from './code-table.js'
import {utf8Text} from '../util/utf8.js'
import {HANJA_EXTRA_READINGS} from '../data/term-hanja-extra.js'
import {PROTECTED_VARIANTS} from '../data/term-variants.js'
import {PINYIN_HANGUL_NONSTANDARD, PINYIN_HANGUL_TABLE} from '../data/term-pinyin-hangul.js'

export interface CharReadings {
  /** Sino-Korean readings, with their 두음법칙 variants (량 → 양, 뢰 → 뇌). */
  hanja: Set<string>
  /** Official transliterations of every pinyin reading. */
  translit: Set<string>
  /** Non-standard transliteration → official spelling. */
  nonstandard: Map<string, string>
}

interface Dictionaries {
  toTraditional: (text: string) => string
  toSimplified: (text: string) => string
  pinyin: (char: string) => string[]
  hanja: (char: string) => string | undefined
  pinyinHangul: ReadonlyMap<string, string>
}

let dictionaries: Dictionaries | undefined
let loading: Promise<void> | undefined
let loadMs = 0
const readingCache = new Map<string, CharReadings>()

/**
 * Load opencc-js, pinyin-pro and the hanja table (once per process). Resolves with the time
 * the first load took.
 */
export async function loadTermDictionaries(): Promise<{ms: number}> {
  if (!loading) {
    loading = (async () => {
      // hrtime, not `performance.now()`: the global `performance` loads perf_hooks on first use.
      const started = process.hrtime.bigint()
      // Decoded natively (`utf8Text`): `toString('utf8')` of the 400 KB of Hangul and Han takes twice as long.
      const table = parseReadings(utf8Text(await readFile(readingsPath)))
      const convert = (field: 3 | 4) => {
        const map = charMapping((char) => table.get(char)?.[field] || char)
        return (text: string) => convertChars(text, map)
      }
      // Variants that simplified Chinese accepts as characters of their own (昇 in 昇腾)
      // are not folded into the character they merge with (升).
      const simplify = charMapping((char) => (PROTECTED_VARIANTS.has(char) ? char : table.get(char)?.[4] || char))
      dictionaries = {
        toTraditional: convert(3),
        toSimplified: (text: string) => convertChars(text, simplify),
        pinyin: (char) => (table.get(char)?.[2] || '').split(',').filter(Boolean),
        hanja: (char) => table.get(char)?.[1] || undefined,
        pinyinHangul: parseTable(PINYIN_HANGUL_TABLE)
      }
      loadMs = Number(process.hrtime.bigint() - started) / 1e6
    })()
  }
  await loading
  return {ms: loadMs}
}

/** Whether `loadTermDictionaries()` has finished. */
export function termDictionariesReady(): boolean {
  return dictionaries !== undefined
}

function loaded(): Dictionaries {
  if (!dictionaries) {
    throw new Error('kic terms: call `await prepareTerms()` (or loadTermDictionaries()) before extracting terms')
  }
  return dictionaries
}

/** Replacement of one code point, or null when the character stays as it is. */
type CharMapping = (codePoint: number) => string | null

/** `convert` per code point, cached by code point in a code table (no string is made for a known character). */
function charMapping(convert: (char: string) => string): CharMapping {
  const cache = new CodeTable<string | null>()
  return (codePoint) => {
    const mapped = cache.get(codePoint)
    if (mapped !== undefined) return mapped
    const char = String.fromCodePoint(codePoint)
    const converted = convert(char)
    return cache.set(codePoint, converted === char ? null : converted)
  }
}

/**
 * `text` with each character (code point) converted. Most terms are already in the wanted
 * form, so the text itself is returned unless a character changes.
 */
function convertChars(text: string, map: CharMapping): string {
  let out: string | null = null
  let i = 0
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!
    const size = codeUnits(codePoint)
    const mapped = map(codePoint)
    if (out !== null) out += mapped ?? text.slice(i, i + size)
    else if (mapped !== null) out = text.slice(0, i) + mapped
    i += size
  }
  return out ?? text
}

/** Simplified form of a Chinese string (opencc t → cn). */
export function toSimplified(text: string): string {
  return loaded().toSimplified(text)
}

/** Traditional form of a Chinese string (opencc cn → t). */
export function toTraditional(text: string): string {
  return loaded().toTraditional(text)
}

/** Official Hangul spelling of a pinyin syllable (no tone, ü as v), if it is one. */
export function pinyinToHangul(syllable: string): string | undefined {
  return loaded().pinyinHangul.get(syllable)
}

/**
 * Readings of one character. `traditional` is its form after converting the whole Chinese
 * string (so that 发 in 发展 becomes 發); the hanja reading is looked up on it, the pinyin on
 * the character as written.
 */
export function charReadings(char: string, traditional: string): CharReadings {
  const key = char + traditional
  const cached = readingCache.get(key)
  if (cached) return cached
  const dicts = loaded()
  const hanja = new Set<string>()
  const own = dicts.hanja(traditional) ?? dicts.hanja(char)
  const extra = HANJA_EXTRA_READINGS[traditional] ?? ''
  for (const reading of [...(own ?? ''), ...extra]) addWithDueum(hanja, reading)
  const translit = new Set<string>()
  const nonstandard = new Map<string, string>()
  for (const py of dicts.pinyin(char)) {
    const syllable = py.replace(/ü/g, 'v')
    const official = dicts.pinyinHangul.get(syllable)
    if (!official) continue
    translit.add(official)
    for (const variant of PINYIN_HANGUL_NONSTANDARD[syllable] ?? []) {
      if (!nonstandard.has(variant)) nonstandard.set(variant, official)
    }
  }
  for (const official of translit) nonstandard.delete(official)
  const result = {hanja, translit, nonstandard}
  readingCache.set(key, result)
  return result
}

/** Built by scripts/build-readings.mjs next to the compiled code. */
const readingsPath = new URL('../../data/readings.txt', import.meta.url)

/**
 * The table's lines are sorted by character (UTF-16 order), so a lookup is a
 * binary search over the text itself: loading costs one file read, not the
 * parse of 28,000 lines. Found lines are cached.
 */
function parseReadings(text: string): {get(char: string): string[] | undefined} {
  const cache = new Map<string, string[] | undefined>()
  const lineAt = (offset: number) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    return {start, end, key: text.slice(start, text.indexOf('\t', start))}
  }
  const find = (char: string): string[] | undefined => {
    let low = 0
    let high = text.length
    while (low < high) {
      const line = lineAt((low + high) >>> 1)
      if (line.key === char) return text.slice(line.start, line.end).split('\t')
      if (line.key < char) low = line.end + 1
      else high = line.start
    }
    return undefined
  }
  return {
    get(char) {
      let line = cache.get(char)
      if (line === undefined && !cache.has(char)) {
        line = find(char)
        cache.set(char, line)
      }
      return line
    }
  }
}

function parseTable(table: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const pair of table.split(' ')) {
    const colon = pair.indexOf(':')
    if (colon > 0) map.set(pair.slice(0, colon), pair.slice(colon + 1))
  }
  return map
}

const INITIAL_RIEUL = 5
const INITIAL_NIEUN = 2
const INITIAL_IEUNG = 11
/** Medials (0-based in 21) that turn ㄹ/ㄴ into ㅇ word-initially: ㅑㅒㅕㅖㅛㅠㅣ. */
const Y_MEDIALS = new Set([2, 3, 6, 7, 12, 17, 20])

/** Add a reading and its 두음법칙 forms (리 → 이, 라 → 나, 녀 → 여). */
function addWithDueum(set: Set<string>, reading: string): void {
  set.add(reading)
  const code = reading.charCodeAt(0) - hangulSyllableBase
  if (code < 0 || code > 11171) return
  const initial = Math.floor(code / 588)
  const medial = Math.floor((code % 588) / 28)
  const rest = code % 28
  const make = (ini: number) => String.fromCharCode(hangulSyllableBase + ini * 588 + medial * 28 + rest)
  if (initial === INITIAL_RIEUL) set.add(make(Y_MEDIALS.has(medial) ? INITIAL_IEUNG : INITIAL_NIEUN))
  if (initial === INITIAL_NIEUN && Y_MEDIALS.has(medial)) set.add(make(INITIAL_IEUNG))
}
