/**
 * The content of a bracket after a Korean term, parsed as a small grammar of parts in any
 * order: a Chinese name (or a list of them), an English or pinyin name, a second Korean name,
 * a gloss after `:`, a role in square brackets, an age; labelled parts (`중국어 간체자: 鸿蒙`).
 */
import {NON_TERM_ENGLISH, AGE_SUFFIX, BRACKET_LABELS, TERM_LIST_SEPARATORS} from '../data/term-particles.js'
import {codeUnits, isAsciiLetter, isIdeographAt, isHangulSyllable} from '../util/chars.js'

/** Longest Chinese side considered (longer bracket contents are not term pairs). */
export const MAX_CHINESE = 40
const LATIN = /[A-Za-z]/
const NOT_SPACE = /\S/
/** What stands between a label and its value: a colon with spaces, or spaces. */
const LABEL_GAP = /^\s*[:：]\s*|^\s+/
const ENGLISH_ONLY = /^[A-Za-z][A-Za-z0-9 .&+'’\-/]*$/

export interface BracketContent {
  chinese: string | null
  /** The items of a Chinese list (`大衆創業, 萬衆創新`), `chinese` first; one item otherwise. */
  chineseList: string[]
  english: string | null
  gloss: string | null
  role: string | null
  /** The Korean name inside the bracket when a Latin name stands before it (`CATL(닝더스다이, 寧德時代)`). */
  koreanInside: string | null
  /** An age follows the Chinese (`彭淸華·61`): the term is a person. */
  age?: boolean
}

/** Separators between the parts of a bracket: Chinese, English, a second Korean name. */
const PART_SEPARATORS = new Set([',', '，', '、', '·', '・', 'ㆍ', ';', '；', '/'])
/** The same separators as UTF-16 codes (each is one code), to test text without slicing it. */
const PART_SEPARATOR_CODES = new Set([...PART_SEPARATORS].map((c) => c.charCodeAt(0)))
const GLOSS_COLONS = new Set([':', '：'])
/** An age after a name (`61`, `56세`). */
const AGE = new RegExp(`^\\d{1,3}(?:${AGE_SUFFIX})?$`)
/** Longest Korean name inside a bracket before its Chinese. */
const MAX_KOREAN_INSIDE = 20

/**
 * Split the content of a bracket, a small grammar of parts in any order: a Chinese name (or
 * a list of them), an English or pinyin name, a second Korean name, separated by `,` `·` `/`
 * `;`; a gloss after `:`; a role after the Chinese in square brackets. Null when it is not
 * the right side of a pair.
 */
export function parseBracket(content: string, square: boolean): BracketContent | null {
  const body = content.trim()
  const labelled = labelledParts(body)
  if (labelled) return labelled
  const h = hanRunEnd(body, 0)
  if (h === 0) return latinOrKoreanFirst(body, square)
  if (h > MAX_CHINESE) return null
  const chinese = body.slice(0, h)
  const out: BracketContent = {chinese, chineseList: [chinese], english: null, gloss: null, role: null, koreanInside: null}
  let rest = body.slice(h)
  // A list of Chinese names: `大衆創業, 萬衆創新`. Most brackets hold the Chinese alone
  // (`(腾讯)`): nothing is left, and nothing is searched.
  while (rest !== '') {
    const sep = rest.search(NOT_SPACE)
    if (sep < 0 || !TERM_LIST_SEPARATORS.has(rest[sep]!)) break
    const after = rest.slice(sep + 1).trimStart()
    const end = hanRunEnd(after, 0)
    if (end === 0 || end > MAX_CHINESE) break
    const next = after.slice(end).trimStart()
    if (next !== '' && !TERM_LIST_SEPARATORS.has(next[0]!) && !GLOSS_COLONS.has(next[0]!)) break
    out.chineseList.push(after.slice(0, end))
    rest = after.slice(end)
  }
  if (rest === '') return out
  const sep = rest[0]!
  let after: string
  if (GLOSS_COLONS.has(sep)) {
    after = rest.slice(1).trim()
    if (hasHangul(after)) out.gloss = after
    else if (LATIN.test(after)) out.english = after
    return out
  }
  if (PART_SEPARATORS.has(sep)) after = rest.slice(1).trim()
  else if (sep === ' ' || sep === '\u00a0') after = rest.trim()
  else return null
  if (after === '') return out
  if (AGE.test(after)) {
    out.age = true
    return out
  }
  if (hasHangul(after)) {
    if (square) {
      out.role = after
      return out
    }
    // `蔚來·Nioㆍ니오`: an English name, then a second Korean name.
    const parts = splitParts(after).map((part) => unlabel(part).value)
    const latin = parts.find((part) => !hasHangul(part) && LATIN.test(part) && !hanRunEnd(part, 0))
    if (latin && parts.length <= 3) {
      out.english = latin
      out.gloss = parts.filter((part) => part !== latin).join(' ') || null
    } else out.gloss = after
  } else if (LATIN.test(after)) out.english = after
  return out
}

/**
 * Whether `text` from `from` to `to` may hold a pair's right side: `parseBracket` finds one only
 * in a content with a Han ideograph, or in an English name (ASCII letters and no Hangul). A
 * Korean remark (`(현지시간)`, `(KIC 중국)`) or a number (`(2023)`) holds none, and is passed over
 * in place, without slicing and parsing it. A true answer is only a maybe.
 */
export function mayHoldPair(text: string, from: number, to: number): boolean {
  let latin = false
  let hangul = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (isHangulSyllable(c)) hangul = true
    else if (c < 0x7b) latin ||= isAsciiLetter(c)
    else if (isIdeographAt(text, i)) return true
  }
  return latin && !hangul
}

/** How many characters of `text` are ASCII letters. */
function asciiLetters(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (isAsciiLetter(text.charCodeAt(i))) count++
  return count
}

/** Labels, longest first, with what they label. */
const LABELS = Object.entries(BRACKET_LABELS)
  .flatMap(([kind, labels]) => labels.map((label) => ({label, kind: kind as keyof typeof BRACKET_LABELS})))
  .sort((a, b) => b.label.length - a.label.length)

/** First UTF-16 code of every label. */
const LABEL_FIRST_CODES = new Set(LABELS.map(({label}) => label.charCodeAt(0)))

/** The label a part starts with (followed by `:` or a space), and the value after it. */
function unlabel(part: string): {kind: keyof typeof BRACKET_LABELS | null; value: string} {
  for (const {label, kind} of LABELS) {
    if (!part.startsWith(label)) continue
    const rest = part.slice(label.length)
    const value = rest.replace(LABEL_GAP, '')
    if (value !== rest && value) return {kind, value}
  }
  return {kind: null, value: part}
}

/**
 * `(중국어 간체자: 鸿蒙, 정체자: 鴻蒙, 병음: Hóngméng, 영어: Harmony OS)`: parts named by labels.
 * The simplified form (or the first Chinese part) is the Chinese side, the English part (or the
 * first Latin one) the English. Null unless a part is labelled.
 */
function labelledParts(body: string): BracketContent | null {
  if (!hasHangul(body)) return null
  const split = splitParts(body)
  // A part can carry a label only when it starts with a label's first character.
  if (!split.some((part) => LABEL_FIRST_CODES.has(part.charCodeAt(0)))) return null
  const parts = split.map(unlabel)
  if (!parts.some((part) => part.kind !== null)) return null
  const han = (value: string) => hanRunEnd(value, 0) === value.length && value.length <= MAX_CHINESE
  const latin = (value: string) => !hasHangul(value) && LATIN.test(value) && hanRunEnd(value, 0) === 0
  const chinese =
    parts.find((part) => part.kind === 'simplified' && han(part.value))?.value ??
    parts.find((part) => part.kind !== 'pinyin' && han(part.value))?.value
  if (!chinese) return null
  if (parts.some((part) => part.kind === null && hasHangul(part.value))) return null
  const english =
    parts.find((part) => part.kind === 'english' && latin(part.value))?.value ??
    parts.find((part) => part.kind !== 'english' && latin(part.value))?.value ?? null
  return {chinese, chineseList: [chinese], english, gloss: null, role: null, koreanInside: null}
}

/**
 * Index just past the run of Han characters starting at `from` (or `from` when none); one
 * space between Han characters stays inside the run (`華為 海思`).
 */
export function hanRunEnd(text: string, from: number): number {
  let h = from
  for (;;) {
    while (h < text.length && isIdeographAt(text, h)) h += codeUnits(text.codePointAt(h)!)
    if (h > from && text[h] === ' ' && h + 1 < text.length && isIdeographAt(text, h + 1)) h++
    else return h
  }
}

/** Parts of a bracket's content split at the part separators, trimmed, empty ones dropped. */
function splitParts(text: string): string[] {
  const parts: string[] = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || PART_SEPARATOR_CODES.has(text.charCodeAt(i))) {
      const part = text.slice(from, i).trim()
      if (part) parts.push(part)
      from = i + 1
    }
  }
  return parts
}

/**
 * A bracket that starts with Latin letters or Hangul: an English name alone (`(ROI)`), an
 * English name then the Chinese (`(CATL, 寧德時代)`), or a Korean name then the Chinese
 * (`(닝더스다이, 寧德時代)`, after a Latin name outside).
 */
function latinOrKoreanFirst(body: string, square: boolean): BracketContent | null {
  const parts = splitParts(body)
  if (parts.length >= 2 && parts.length <= 3 && !square) {
    const hanIndex = parts.findIndex((part) => hanRunEnd(part, 0) === part.length && part.length <= MAX_CHINESE)
    if (hanIndex > 0) {
      const first = parts[0]!
      const rest = parts.filter((_, i) => i !== 0 && i !== hanIndex)
      if (rest.some((part) => hasHangul(part) || !LATIN.test(part))) return null
      const chinese = parts[hanIndex]!
      const out: BracketContent = {chinese, chineseList: [chinese], english: rest[0] ?? null, gloss: null, role: null, koreanInside: null}
      if (hasHangul(first)) {
        if (first.length > MAX_KOREAN_INSIDE || !isKoreanName(first)) return null
        out.koreanInside = first
        return out
      }
      if (englishOnly(first) && !out.english) {
        out.english = first
        return out
      }
      return null
    }
  }
  if (hasHangul(body)) return null
  return englishOnly(body) ? {chinese: null, chineseList: [], english: body, gloss: null, role: null, koreanInside: null} : null
}

/** Hangul syllables, with spaces between at most three words. */
function isKoreanName(text: string): boolean {
  let words = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20) words++
    else if (!isHangulSyllable(c)) return false
  }
  return words <= 3
}

/** A bracket holding only an English name or acronym (`ROI`, `Holographic Internet`). */
function englishOnly(body: string): boolean {
  if (body.length < 2 || body.length > 60) return false
  if (!ENGLISH_ONLY.test(body)) return false
  if (asciiLetters(body) < 2) return false
  return !NON_TERM_ENGLISH.has(body.toLowerCase())
}

export function hasHangul(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHangulSyllable(text.charCodeAt(i))) return true
  return false
}
