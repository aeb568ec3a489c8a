/**
 * Category of a term pair, with the strength of the evidence that gave it, and one category
 * per term per document: every occurrence of a term takes the category of its strongest
 * evidence anywhere in the document (`이리(伊利)` is `organization` throughout when one
 * occurrence says `혁신기업 이리(伊利)`).
 *
 * Evidence, strongest first: a role in `[中文, 직함]`; a well-known name (src/data); a job
 * title before the name; a Chinese suffix (集团, 省); a word glued after the bracket
 * (`(小米)그룹`); a job title after it; a generic noun before the term or right after the
 * bracket (`업체`, `플랫폼`, `정책`); a Korean suffix (위원회, 시); a known name at the start
 * of the Chinese (腾讯天美); the shape of a person's name (common surname + one or two
 * characters, read character by character). Nothing → `other`.
 */
import {
  AFTER_BRACKET_CATEGORY,
  CHINESE_SUFFIX_CATEGORY,
  COMMON_SURNAMES,
  CONTEXT_NOUN_CATEGORY,
  CONTEXT_NOUN_ENDINGS,
  KOREAN_SUFFIX_CATEGORY,
  PERSON_TITLES,
} from '../data/term-categories.js'
import {KNOWN_ENTITIES} from '../data/term-entities.js'
import {PARTICLES_AFTER_BRACKET} from '../data/term-particles.js'
import {conventionalRendering} from './align.js'
import {toSimplified} from './readings.js'
import {groupByCode} from './code-table.js'
import type {TermCategory, TermHit} from './types.js'
import {memo} from '../util/memo.js'
import {codeUnits, isRegExpSpace} from '../util/chars.js'

export interface CategoryInput {
  korean: string
  chinese: string | null
  /** `toSimplified(chinese)` when the caller has it already. */
  simplified?: string
  role: string | null
  /** The word right before the Korean side. */
  before: string
  /** The text right after the closing bracket. */
  after: string
  /** Every Chinese character is read by sound or hanja (one may be a slip in a name of three). */
  readWhole?: boolean
  /** The bracket gives an age after the Chinese (`(彭淸華·61)`). */
  age?: boolean
}

export interface CategoryEvidence {
  category: TermCategory
  /** 0 (nothing) to 100 (a role given in the bracket). */
  strength: number
}

const STRENGTH = {
  role: 100,
  known: 90,
  titleTerm: 88,
  titleBefore: 85,
  chineseSuffix: 80,
  glued: 70,
  titleAfter: 60,
  context: 50,
  koreanSuffix: 40,
  knownPrefix: 30,
  list: 25,
  nameShape: 20,
} as const

/**
 * A suffix table indexed once: entries by suffix, and the suffix lengths present, longest
 * first, so a lookup slices only lengths that can match.
 */
interface SuffixIndex<T> {
  byText: ReadonlyMap<string, T>
  lengths: readonly number[]
  /** Last UTF-16 code of every entry: a text ending with another code has no suffix in the table. */
  lastCodes: ReadonlySet<number>
}

function suffixIndex<T>(table: Readonly<Record<string, T>>): SuffixIndex<T> {
  const byText = new Map(Object.entries(table))
  const lengths = [...new Set([...byText.keys()].map((key) => key.length))].sort((a, b) => b - a)
  const lastCodes = new Set([...byText.keys()].filter((key) => key.length > 0).map((key) => key.charCodeAt(key.length - 1)))
  return {byText, lengths, lastCodes}
}

const CHINESE_SUFFIXES = suffixIndex(CHINESE_SUFFIX_CATEGORY)
const KOREAN_SUFFIXES = suffixIndex(KOREAN_SUFFIX_CATEGORY)
const CONTEXT_SUFFIXES = suffixIndex(CONTEXT_NOUN_CATEGORY)
const CONTEXT_NOUNS = Object.entries(CONTEXT_NOUN_CATEGORY).sort(([a], [b]) => b.length - a.length)
/** The same nouns grouped by first UTF-16 code, longest first within a group. */
const CONTEXT_NOUNS_BY_FIRST = groupByCode(CONTEXT_NOUNS, ([noun]) => noun.charCodeAt(0))
/** Words glued after the bracket, grouped by first UTF-16 code (in table order within a group). */
const AFTER_BRACKET_BY_FIRST = groupByCode(Object.entries(AFTER_BRACKET_CATEGORY), ([word]) => word.charCodeAt(0))
const PERSON_TITLE_SET = new Set(PERSON_TITLES)
/** Last UTF-16 code of every title (a text ending with another code is no title and ends with none). */
const TITLE_LAST_CODES = new Set(PERSON_TITLES.filter((title) => title.length > 0).map((title) => title.charCodeAt(title.length - 1)))
const SURNAMES = new Set(COMMON_SURNAMES)
/**
 * Titles that can start a word after the bracket: two characters or more (one is too
 * ambiguous), and without spaces (a word has none).
 */
const NEXT_WORD_TITLES = PERSON_TITLES.filter((title) => title.length >= 2 && !/\s/.test(title))
/** The same titles grouped by their first and by their last UTF-16 code, to try only those that can match. */
const TITLES_BY_FIRST = groupByCode(NEXT_WORD_TITLES, (title) => title.charCodeAt(0))
const TITLES_BY_LAST = groupByCode(NEXT_WORD_TITLES, (title) => title.charCodeAt(title.length - 1))
/** Particles that may sit between the bracket and the next word (`(王健)은 회장`). */
const AFTER_PARTICLES = new Set([...PARTICLES_AFTER_BRACKET].map((c) => c.charCodeAt(0)))
/** Closing marks that may sit between the bracket and the next word (`(开悟)' 플랫폼`). */
const CLOSING_MARKS = new Set([...'\'"’”」』》〉*'].map((c) => c.charCodeAt(0)))
/** Endings after a generic noun before the term, the bare noun first. */
const BEFORE_ENDINGS = ['', ...CONTEXT_NOUN_ENDINGS]
/** Longest suffix tried in the suffix tables. */
const MAX_SUFFIX = 6

export function categoryOf(input: CategoryInput): TermCategory {
  return categoryEvidence(input).category
}

function found(category: TermCategory, strength: number): CategoryEvidence {
  return {category, strength}
}

/** What the category rules read from the simplified Chinese alone. */
interface ChineseFacts {
  /** A well-known name, or the category of its conventional rendering. */
  known: TermCategory | undefined
  /** Common surname + one or two characters. */
  nameShaped: boolean
  /** Category of the longest Chinese suffix, and whether that suffix is longer than one character. */
  bySuffix: TermCategory | null
  longSuffix: boolean
  /** Category of the longest known name the Chinese starts with. */
  prefix: TermCategory | null
}

/**
 * Facts by simplified Chinese: a term recurs within an issue and from issue to issue, and
 * its facts depend on nothing else. Emptied when full, so memory stays bounded.
 */
const chineseFacts = memo(
  4096,
  (simplified): ChineseFacts => ({
    known: KNOWN_ENTITIES.get(simplified) ?? conventionalRendering(simplified)?.category,
    nameShaped: nameShaped(simplified),
    bySuffix: longestSuffix(simplified, CHINESE_SUFFIXES),
    longSuffix: suffixLength(simplified) > 1,
    prefix: knownPrefix(simplified),
  })
)

export function categoryEvidence(input: CategoryInput): CategoryEvidence {
  if (input.role || input.age) return found('person', STRENGTH.role)
  // The term is itself a job title (`총서기(总书记)`, `국가주석(国家主席)`): not a person.
  if (isTitle(input.korean)) return found('other', STRENGTH.titleTerm)
  const simplified = input.chinese ? (input.simplified ?? toSimplified(input.chinese)) : null
  const facts = simplified ? chineseFacts(simplified) : null
  if (facts?.known) return found(facts.known, STRENGTH.known)
  if (isPersonTitle(input.before)) return found('person', STRENGTH.titleBefore)
  const named = facts !== null && input.readWhole === true && facts.nameShaped
  // A one-character suffix other than a place's never ends a name-shaped term (马云 is a
  // person, not a cloud; 常州 is a city).
  if (facts?.bySuffix && (!named || facts.bySuffix === 'place' || facts.longSuffix)) return found(facts.bySuffix, STRENGTH.chineseSuffix)
  const after = input.after
  // The word glued to the bracket, past one footnote star: `(小米)그룹`, `(伊利)*그룹`.
  const glued = after.charCodeAt(0) === 0x2a ? 1 : 0
  if (glued < after.length && after.charCodeAt(glued) !== 0x20) {
    const words = AFTER_BRACKET_BY_FIRST.get(after.charCodeAt(glued))
    if (words) for (const [word, category] of words) {
      if (after.startsWith(word, glued)) return found(category, STRENGTH.glued)
    }
  }
  if (titleInNextWords(after)) return found('person', STRENGTH.titleAfter)
  const context = contextBefore(input.before) ?? contextAfter(after)
  if (context) return found(context, STRENGTH.context)
  const compact = withoutWhiteSpace(input.korean)
  const korean = longestSuffix(compact, KOREAN_SUFFIXES, 2)
  if (korean) return found(korean, STRENGTH.koreanSuffix)
  if (facts?.prefix) return found(facts.prefix, STRENGTH.knownPrefix)
  if (named) return found('person', STRENGTH.nameShape)
  return found('other', 0)
}

/** A generic noun ending the word before the term, maybe with an adnominal ending. */
function contextBefore(word: string): TermCategory | null {
  if (word.length < 1) return null
  for (const ending of BEFORE_ENDINGS) {
    if (!word.endsWith(ending)) continue
    const stem = ending ? word.slice(0, -ending.length) : word
    const hit = longestSuffix(stem, CONTEXT_SUFFIXES, 1, true)
    if (hit) return hit
  }
  return null
}

/**
 * A generic noun starting one of the two words after the bracket, when the bracket is not
 * followed by a particle (`(伊利)는 전략적 …`: the term is the subject, what follows is not
 * about its kind).
 */
function contextAfter(after: string): TermCategory | null {
  let i = 0
  while (i < after.length && CLOSING_MARKS.has(after.charCodeAt(i))) i++
  if (i < after.length && after.charCodeAt(i) !== 0x20) return null
  for (let word = 0; word < 2; word++) {
    while (i < after.length && after.charCodeAt(i) === 0x20) i++
    if (i >= after.length) return null
    const nouns = CONTEXT_NOUNS_BY_FIRST.get(after.charCodeAt(i))
    if (nouns) for (const [noun, category] of nouns) if (after.startsWith(noun, i)) return category
    while (i < after.length && after.charCodeAt(i) !== 0x20) i++
  }
  return null
}

/** The longest known name the Chinese starts with, two characters or more (腾讯天美 → 腾讯). */
function knownPrefix(simplified: string): TermCategory | null {
  if (!KNOWN_FIRST_CODES.has(simplified.charCodeAt(0))) return null
  // The UTF-16 end of each character (code point): prefixes are sliced, not joined.
  const ends = codePointEnds(simplified)
  for (let n = ends.length - 1; n >= 2; n--) {
    const known = KNOWN_ENTITIES.get(simplified.slice(0, ends[n - 1]))
    if (known === 'organization' || known === 'product') return 'organization'
  }
  return null
}

/** First UTF-16 code of every known name: a text starting with another code starts with none. */
const KNOWN_FIRST_CODES = new Set([...KNOWN_ENTITIES.keys()].filter((name) => name.length > 0).map((name) => name.charCodeAt(0)))

/** Where each code point of `text` ends (as `[...text]` splits it: a lone surrogate alone). */
function codePointEnds(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; ) {
    i += codeUnits(text.codePointAt(i)!)
    ends.push(i)
  }
  return ends
}

/** Length of the longest Chinese suffix in the table that `simplified` ends with. */
function suffixLength(simplified: string): number {
  for (const n of CHINESE_SUFFIXES.lengths) {
    if (n < simplified.length && CHINESE_SUFFIXES.byText.has(simplified.slice(simplified.length - n))) return n
  }
  return 0
}

/** The Korean side is a job title, or ends with one of two syllables or more (`국가주석`, `총서기`). */
function isTitle(korean: string): boolean {
  if (isPersonTitle(korean)) return true
  const titles = TITLES_BY_LAST.get(korean.charCodeAt(korean.length - 1))
  if (titles) for (const title of titles) if (korean.length > title.length && korean.endsWith(title)) return true
  return false
}

/** `text` is a job title; the last code is tested first, so most words are never hashed. */
function isPersonTitle(text: string): boolean {
  return TITLE_LAST_CODES.has(text.charCodeAt(text.length - 1)) && PERSON_TITLE_SET.has(text)
}

/** Common surname + one or two characters. */
function nameShaped(simplified: string): boolean {
  const ends = codePointEnds(simplified)
  return ends.length >= 2 && ends.length <= 3 && SURNAMES.has(simplified.slice(0, ends[0]))
}

/**
 * A job title starts the word after the bracket (`(王健) 회장은`), or the next one after a short
 * word (`(王健) 전 회장`), past footnote stars, one particle and spaces; the title may carry up
 * to two more characters (`회장은`).
 */
function titleInNextWords(after: string): boolean {
  let i = 0
  while (after.charCodeAt(i) === 0x2a) i++
  if (AFTER_PARTICLES.has(after.charCodeAt(i))) i++
  while (i < after.length && isRegExpSpace(after.charCodeAt(i))) i++
  for (let word = 0; word < 2 && i < after.length; word++) {
    let end = i
    while (end < after.length && !isRegExpSpace(after.charCodeAt(end))) end++
    const titles = TITLES_BY_FIRST.get(after.charCodeAt(i))
    if (titles) for (const title of titles) {
      if (end - i - title.length <= 2 && after.startsWith(title, i)) return true
    }
    // The second word counts only after a short first one (`(王健) 전 회장`, `(王健) 신임 회장`).
    if (end - i > 2) return false
    i = end
    while (i < after.length && isRegExpSpace(after.charCodeAt(i))) i++
  }
  return false
}

function longestSuffix<T>(text: string, index: SuffixIndex<T>, minLength = 1, whole = false): T | null {
  if (!index.lastCodes.has(text.charCodeAt(text.length - 1))) return null
  const longest = Math.min(MAX_SUFFIX, whole ? text.length : text.length - 1)
  for (const n of index.lengths) {
    if (n > longest) continue
    if (n < minLength) break
    const hit = index.byText.get(text.slice(text.length - n))
    if (hit !== undefined) return hit
  }
  return null
}

/** `text.replace(/\s+/g, '')`, without the expression (the text itself when it has no white space). */
function withoutWhiteSpace(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (!isRegExpSpace(text.charCodeAt(i))) continue
    if (i > from) out += text.slice(from, i)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * Strength of the evidence behind a hit's category, under a symbol of this module: JSON and
 * the record mapping ignore it, and setting it costs a property store (a WeakMap entry cost
 * about ten times more per hit).
 */
const EVIDENCE: unique symbol = Symbol('kic.termEvidence')

interface WithEvidence {
  [EVIDENCE]?: number
}

/** Remember how strong the evidence for `hit.category` was (for `unifyCategories`). */
export function noteEvidence(hit: TermHit, strength: number): void {
  ;(hit as WithEvidence)[EVIDENCE] = strength
}

/** The strength `noteEvidence` gave the hit, if any. */
function evidenceOf(hit: TermHit): number | undefined {
  return (hit as WithEvidence)[EVIDENCE]
}

/**
 * One category per term in one document: hits with the same Chinese (simplified) or, for
 * Korean(English) pairs, the same English take the category of the strongest evidence among
 * them; ties go to the earliest hit. Changes the hits in place.
 */
export function unifyCategories(hits: readonly TermHit[]): void {
  // The strongest hit of each term, by its Chinese (simplified) or, for Korean(English) pairs, by its English.
  const byChinese = new Map<string, TermHit>()
  const byEnglish = new Map<string, TermHit>()
  const strongestOf = (hit: TermHit): Map<string, TermHit> | null => (hit.chinese ? byChinese : hit.english ? byEnglish : null)
  const keyOf = (hit: TermHit): string => (hit.chinese ? (hit.simplified ?? hit.chinese) : hit.english!)
  for (const hit of hits) {
    const strongest = strongestOf(hit)
    if (!strongest) continue
    const key = keyOf(hit)
    const known = strongest.get(key)
    if (!known || (evidenceOf(hit) ?? 0) > (evidenceOf(known) ?? 0)) strongest.set(key, hit)
  }
  // The strongest hit keeps its own category until its turn, when it is given that same category.
  for (const hit of hits) {
    const chosen = strongestOf(hit)?.get(keyOf(hit))
    if (chosen) hit.category = chosen.category
  }
}

/** What may stand between two items of one list (`허페이(合肥), 칭다오(青岛)`, `△`). */
const LIST_GAP_MARKS = new Set([...',，、·・ㆍ△▲○●'].map((mark) => mark.charCodeAt(0)))

/** `text.slice(from, to)` is only white space and list punctuation (`/^[\s,，、·・ㆍ△▲○●]*$/`), tested in place. */
function isListGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!isRegExpSpace(code) && !LIST_GAP_MARKS.has(code)) return false
  }
  return true
}

/**
 * Items of one list (pairs separated only by list punctuation) name things of one kind: an
 * item whose own evidence is weaker than a list item's named kind takes that kind
 * (`허페이(合肥), 칭다오(青岛), 탕산(唐山), 난퉁(南通)`: the cities named by the list make 唐山 a
 * place, not a surname-shaped person). Changes the hits in place; `hits` in text order.
 */
export function shareListCategories(text: string, hits: readonly TermHit[]): void {
  let start = 0
  for (let i = 1; i <= hits.length; i++) {
    const joined = i < hits.length && hits[i]!.chinese !== null && hits[i - 1]!.chinese !== null &&
      hits[i]!.start >= hits[i - 1]!.end && isListGap(text, hits[i - 1]!.end, hits[i]!.start)
    if (joined) continue
    if (i - start >= 3) shareWithin(hits.slice(start, i))
    start = i
  }
}

function shareWithin(list: readonly TermHit[]): void {
  let best: TermHit | null = null
  for (const hit of list) if (!best || (evidenceOf(hit) ?? 0) > (evidenceOf(best) ?? 0)) best = hit
  const strength = best ? evidenceOf(best) ?? 0 : 0
  if (!best || strength < STRENGTH.context || best.category === 'other') return
  for (const hit of list) {
    if ((evidenceOf(hit) ?? 0) >= STRENGTH.list) continue
    hit.category = best.category
    noteEvidence(hit, STRENGTH.list)
  }
}
