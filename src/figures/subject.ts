/**
 * What a figure is about: a noun phrase, or null — precision before recall.
 * In order:
 *   1. the caller's subject (a table cell's row and column headers), unless the cell is prose;
 *   2. the items of a `각각` respectively-list;
 *   3. inside a bracketed conversion right after a figure (`114조 위안(약 2경 원)`), that figure's subject;
 *      other figures inside brackets look only inside the brackets (`(연매출 2천만원 이상)`);
 *   4. an object-marked noun right before a floating quantity (`시범 도시를 50개`);
 *   5. a count's noun after it (`14개 창업 기업들에게`, `4개의 투자사`), a money figure's after
 *      `의`/`규모의` (`2천만위안 규모의 자금`);
 *   6. a bare noun phrase right before the figure (`전기차 충전소 259만 곳`);
 *   7. the topic phrase before it in its sentence: the nearest word ending in 은/는/이/가/도 whose
 *      particle fits the syllable before it (`알리페이` and `전문가` are not topics) and whose stem
 *      is not a verb (`차지하는`, `같은`), with at most two plain nouns before it; `총액의 15.4%`
 *      gives `총액` only when no topic competes.
 * Only quantities (money, counts, rates, measures, index values) get a subject of their own;
 * dates, years, ranks and durations name events the sentence rarely spells out.
 */
import {
  CASE_PARTICLES,
  CONNECTIVE_ENDINGS,
  COPULA_MODIFIER,
  NOUNS_LIKE_ENDINGS,
  OBJECT_PARTICLES,
  SHAPED_PARTICLES,
  LIST_BULLETS,
  LIST_ENDINGS,
  LIST_JOINERS,
  LIST_PARTICLES,
  LIST_SEPARATORS,
  NOT_SUBJECT_WORDS,
  PER_UNIT_ENDING,
  PLURAL,
  POSSESSIVE,
  PHRASE_BREAKING_ENDINGS,
  SIZE_WORDS,
  STRIP_PARTICLES,
  SUBJECT_OPENERS,
  TOPIC_PARTICLES,
  VERB_STEM_FINALS,
} from '../data/figure-subjects.js'
import { QUALIFIERS_BEFORE, RESPECTIVELY_CUES } from '../data/figure-cues.js'
import { UNIT_WORDS } from '../data/units.js'
import { isBreak } from './sentence.js'
import { lastBefore, type Events } from './events.js'
import { CodeSet, at, isDigitCode, isHangulCode, isLatinCode, spaceAt, wordIndex, words } from './chars.js'
import { QUANTITY, type Draft } from './draft.js'
import type { FigureContext } from './types.js'
import {maxOf} from '../util/arrays.js'
import { hangulSyllableClass, hasFinalConsonant, isHan, isRegExpSpace } from '../util/chars.js'
import { everyCodePoint, hasTwoLetters, indexOfCodePoint, isLetter, isLetterOrNumber } from '../util/unicode-class.js'

const RESPECTIVELY = wordIndex(words(RESPECTIVELY_CUES))
const SEPARATORS = new Set(LIST_SEPARATORS)
const NOT_SUBJECT = new Set(NOT_SUBJECT_WORDS)
const VERB_FINALS = new Set(VERB_STEM_FINALS)
/** The one-syllable verb stem finals (`하`, `되`), as code units. */
const VERB_FINAL_SYLLABLES = new CodeSet(VERB_STEM_FINALS.filter((v) => v.length === 1))
/** Last syllables of the longer ones (`보이`, `웃도`): only a word ending in one is looked up whole. */
const VERB_FINAL_LONG_ENDS = new CodeSet(VERB_STEM_FINALS.filter((v) => v.length > 1).map((v) => v[v.length - 1]!))
/** Topic particles by code unit (all are one syllable). */
const TOPIC = new Map(TOPIC_PARTICLES.map((t) => [t.word.charCodeAt(0), t.after]))
/** The same code units as a bit set: the topic search rules most words out by their last one. */
const TOPIC_LAST = new CodeSet(TOPIC_PARTICLES.map((t) => t.word))
/** The particles whose form follows the syllable before them, by code unit. */
const SHAPE_OF = new Map(Object.entries(SHAPED_PARTICLES).map(([p, shape]) => [p.charCodeAt(0), shape]))
const CONNECTIVE = new CodeSet(CONNECTIVE_ENDINGS)
const LIST_SPLIT = new RegExp(
  `,\\s*|\\s*[${LIST_BULLETS.join('')}]\\s*|\\s+(?:${LIST_JOINERS.join('|')})\\s+|(?<=[${hangulSyllableClass})\\]])(?:${LIST_PARTICLES.join('|')})\\s+`,
)
const WHITESPACE_RUN = /\s+/

/** Openers that belong to a name: kept at the start of a phrase. */
const OPENERS = new CodeSet(SUBJECT_OPENERS)
/**
 * `w` without its leading punctuation (`- `, `※`, `“`): the characters before its first letter,
 * number or opener (`/^[^\p{L}\p{N}` + openers `]+/u`). A word starting with a Hangul syllable, an
 * ASCII letter or a digit has none (most words).
 */
function withoutLeadingPunctuation(w: string): string {
  const c = w.charCodeAt(0)
  if (isHangulCode(c) || isLatinCode(c) || isDigitCode(c)) return w
  const start = indexOfCodePoint(w, isLetterNumberOrOpener)
  return start === 0 ? w : w.slice(start)
}

const isLetterNumberOrOpener = (code: number): boolean => isLetterOrNumber(code) || (code <= 0xffff && OPENERS.has(code))

/** How far back a subject is looked for: keeps the pass linear on huge blocks. */
const LOOKBACK = 80

/** A table cell this long with this many words is prose: its headers name a topic, not each figure. */
const PROSE_CELL_CHARS = 40
const PROSE_CELL_WORDS = 6

function isProse(text: string): boolean {
  return text.length > PROSE_CELL_CHARS && text.split(WHITESPACE_RUN).filter(hasTwoLetters).length >= PROSE_CELL_WORDS
}

export function assignSubjects(text: string, drafts: Draft[], context: FigureContext, events: Events): void {
  if (context.subject && !isProse(text)) {
    for (const d of drafts) d.subject = context.subject
    return
  }
  // the sentence start is the last break before the furthest figure start seen so far,
  // looked for back to the look-back limit only (a break before it changes nothing)
  let top = 0
  let prev: Draft | null = null
  const topics: TopicMemo = { start: -1, pos: -1, topic: null }
  for (const d of drafts) {
    top = Math.max(top, d.start)
    if (!d.subject && QUANTITY.has(d.kind)) {
      const floor = Math.max(0, d.start - LOOKBACK)
      const hit = lastBefore(events.breaks, top, floor)
      d.subject = subjectOf(text, d, prev, hit >= 0 ? hit + 1 : floor, topics, events)
    }
    prev = d
  }
}

/**
 * The last topic search of a text: `topicBefore(text, start, pos)` gave `topic`. Figures of one
 * sentence share `start`, and a later figure's search, once it has stepped back past `pos`,
 * meets the very words the earlier one read (when a space ends [start, pos), no word spans it).
 */
interface TopicMemo {
  start: number
  pos: number
  topic: string | null
}

/**
 * The words of `text` in [from, pos), as `text.slice(from, pos).split(/\s+/).filter(Boolean)`
 * gives them (without the slice or the regular expression), read back from `pos` only as far
 * as they are asked for: the readers below look at the last few words, seldom at all of them.
 */
interface WordsBack {
  readonly text: string
  readonly from: number
  readonly pos: number
  /** Where the words found so far start, last first. */
  readonly starts: number[]
  /** Where each of them ends. */
  readonly ends: number[]
  /** Each of them, once cut out ('' before: no word is empty). */
  readonly got: string[]
  /** Everything in [cursor, pos) has been read. */
  cursor: number
}

// a plain object, not a class: class fields are defined one by one on every instance
const wordsBack = (text: string, from: number, pos: number): WordsBack => ({ text, from, pos, starts: [], ends: [], got: [], cursor: pos })

/** `\s` by code unit, a Hangul syllable (most code units the word readers meet) answered first. */
const isSpaceBetweenWords = (c: number): boolean => !isHangulCode(c) && isRegExpSpace(c)

/** Finds the word `k` back (0: the last one) without cutting it out; false past the first. */
function findBack(ws: WordsBack, k: number): boolean {
  const text = ws.text
  const from = ws.from
  while (ws.starts.length <= k) {
    let i = ws.cursor
    while (i > from && isSpaceBetweenWords(text.charCodeAt(i - 1))) i--
    if (i <= from) {
      ws.cursor = from
      return false
    }
    const end = i
    while (i > from && !isSpaceBetweenWords(text.charCodeAt(i - 1))) i--
    ws.starts.push(i)
    ws.ends.push(end)
    ws.got.push('')
    ws.cursor = i
  }
  return true
}

/** `wordBack(ws, 0)` is the last word, `wordBack(ws, 1)` the one before it; undefined past the first. */
function wordBack(ws: WordsBack, k: number): string | undefined {
  if (!findBack(ws, k)) return undefined
  const w = ws.got[k]!
  return w !== '' ? w : (ws.got[k] = ws.text.slice(ws.starts[k]!, ws.ends[k]!))
}

/** The word readers of one figure, kept while the object, noun and topic readers ask for one or two ranges. */
interface WordsBefore {
  last: WordsBack | null
}

function wordsBefore(text: string, cache: WordsBefore, from: number, pos: number): WordsBack {
  const last = cache.last
  if (last !== null && last.from === from && last.pos === pos) return last
  return (cache.last = wordsBack(text, from, pos))
}

function subjectOf(text: string, d: Draft, prev: Draft | null, sentence: number, topics: TopicMemo, events: Events): string | null {
  const cache: WordsBefore = { last: null }
  // an unclosed `(` between the sentence start and the figure: the last round bracket there is one
  const bracket = lastBefore(events.brackets, d.start, sentence)
  const open = bracket >= 0 && text.charCodeAt(bracket) === OPEN_PAREN ? bracket : -1
  if (open >= 0) {
    // a conversion right after a figure shares its subject
    if (prev && text.slice(prev.end, open).trim() === '' && onlyQualifierWords(text.slice(open + 1, d.start))) return prev.subject
    return nounsBefore(text, open + 1, d.start, true, cache)
  }
  const object = objectBefore(text, Math.max(sentence, prev?.end ?? 0), d.start, cache)
  if (object) return object
  if (d.kind === 'count') {
    const after = nounsAfter(text, d.end)
    if (after) return after
    // `10개 대만구 청년혁신창업기지 연합 발족식을`: the count modifies a noun phrase too long to read
    const next = text.slice(d.end, d.end + 40).match(/^ (\S+)/)
    if (next && plainNoun(next[1]!)) return null
  }
  if (d.kind === 'money' || d.kind === 'measure') {
    // `5000억위안(약 82조원)의 기업가치`, `2천만위안 규모의 자금`
    let p = afterBracket(text, d.end)
    if (text.startsWith(POSSESSIVE_SPACE, p)) {
      const after = nounsAfter(text, p)
      if (after) return after
    }
    if (text.startsWith(' ', p)) p++
    for (const w of SIZE_WORDS) {
      if (!text.startsWith(w, p)) continue
      const after = nounsAfter(text, p + w.length)
      if (after) return after
    }
  }
  // words inside the figure before (`2030년 전후`) are not this one's
  const before = nounsBefore(text, Math.max(sentence, prev?.end ?? 0), d.start, false, cache)
  if (before) return before
  const topic = topicBefore(text, sentence, d.start, cache, topics)
  // `대외무역 총액의 15.4%`: the whole the figure is a part of, unless a topic competes
  const whole = ofBefore(text, sentence, d.start, cache)
  if (whole) return topic ? null : whole
  return topic
}

const POSSESSIVE_SPACE = POSSESSIVE + ' '
const SPACE = 0x20

/** `시범 도시를 50개`: the object-marked noun phrase right before a floating quantity. */
function objectBefore(text: string, from: number, pos: number, cache: WordsBefore): string | null {
  if (pos <= from || !spaceAt(text, pos - 1)) return null
  const ws = wordsBefore(text, cache, from, pos)
  const last = wordBack(ws, 0)
  if (!last || last.length < 2) return null
  const particle = last[last.length - 1]!
  if (!OBJECT_PARTICLES.includes(particle)) return null
  const stem = last.slice(0, -1)
  const c = stem.charCodeAt(stem.length - 1)
  if (isHangulCode(c) && hasFinalConsonant(c) !== (SHAPED_PARTICLES[particle] === 'consonant')) return null
  if (!plainNoun(stem)) return null
  return clean(withNounsBefore(ws, 0, stem))
}

/** After a figure, past a bracketed conversion. */
function afterBracket(text: string, p: number): number {
  if (text[p] !== '(') return p
  const close = text.indexOf(')', p)
  return close > 0 && close - p < 40 ? close + 1 : p
}

/** `총액의 15.4%`: the noun phrase ending in 의 right before the figure. */
function ofBefore(text: string, from: number, pos: number, cache: WordsBefore): string | null {
  if (!text.startsWith(POSSESSIVE_SPACE, pos - POSSESSIVE_SPACE.length) || pos - POSSESSIVE_SPACE.length < from) return null
  const ws = wordsBefore(text, cache, from, pos)
  const last = wordBack(ws, 0)!.slice(0, -1)
  if (!plainNoun(last)) return null
  return clean(withNounsBefore(ws, 0, last))
}

/** `head` (standing for `wordBack(ws, back)`) with the plain or modifier nouns right before it: three words at most. */
function withNounsBefore(ws: WordsBack, back: number, head: string): string[] {
  const phrase = [head]
  for (let k = back + 1; phrase.length < 3; k++) {
    const w = wordBack(ws, k)
    if (w !== undefined && (plainNoun(w) || modifierNoun(w))) phrase.unshift(w)
    else break
  }
  return phrase
}

const BEFORE_WORDS = new Set(QUALIFIERS_BEFORE.map((q) => q.word))
/** Nothing but qualifier words (`약`) before a figure inside a conversion bracket. */
const onlyQualifierWords = (s: string): boolean => s.split(WHITESPACE_RUN).every((w) => w === '' || BEFORE_WORDS.has(w))

const OPEN_PAREN = 0x28
const CLOSE_PAREN = 0x29
/** Just after the last break before `pos`, looked for back to the look-back limit (only at a `각각` cue: figures look it up in their events). */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - LOOKBACK)
  for (let i = pos - 1; i >= floor; i--) if (isBreak(text, i)) return i + 1
  return floor
}

/**
 * A list of endings, grouped once by the code unit of their last character, longest first:
 * `find` rules most words out with one bit test.
 */
class Endings {
  private readonly last: CodeSet
  private readonly byLast = new Map<number, string[]>()
  constructor(list: readonly string[]) {
    const sorted = [...list].sort((a, b) => b.length - a.length)
    this.last = new CodeSet(sorted.map((e) => e[e.length - 1]!))
    for (const e of sorted) {
      const k = e.charCodeAt(e.length - 1)
      const group = this.byLast.get(k)
      if (group) group.push(e)
      else this.byLast.set(k, [e])
    }
  }
  /** The longest ending `w` ends with and is longer than, else null. */
  find(w: string): string | null {
    if (w.length === 0) return null
    const k = w.charCodeAt(w.length - 1)
    if (!this.last.has(k)) return null
    for (const e of this.byLast.get(k)!) if (w.length > e.length && w.endsWith(e)) return e
    return null
  }
}

const BREAKING_ENDS = new Endings(PHRASE_BREAKING_ENDINGS)
const STRIP_ENDS = new Endings(STRIP_PARTICLES)
const CASE_ENDS = new Endings(CASE_PARTICLES)

const NOUN_EXCEPTIONS = new Set(NOUNS_LIKE_ENDINGS)
/** A particle left alone after a figure (`9.1%에서 14%`): not a word of a phrase. */
const PARTICLE_WORDS = new Set([...PHRASE_BREAKING_ENDINGS, ...STRIP_PARTICLES, ...CASE_PARTICLES])
/** Currency and measure words (`위안은`) are never a subject; counters that are nouns too (`가구`) may be. */
const UNIT_WORD_SET = new Set(UNIT_WORDS.map((u) => u.word))

/** The word lists above as bits of one table: the noun test reads a word's entry once. */
const IS_NOT_SUBJECT = 1
const IS_PARTICLE = 2
const IS_NOUN_EXCEPTION = 4
const IS_UNIT_WORD = 8
const WORD_KINDS = new Map<string, number>()
for (const [set, bit] of [
  [NOT_SUBJECT, IS_NOT_SUBJECT],
  [PARTICLE_WORDS, IS_PARTICLE],
  [NOUN_EXCEPTIONS, IS_NOUN_EXCEPTION],
  [UNIT_WORD_SET, IS_UNIT_WORD],
] as const) {
  for (const w of set) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | bit)
}

/** Marks inside a name (`K·R`, `R&D`); a topic stem may hold them too. */
const NAME_MARK_CHARS = ['·', '∙', '&', '-']
const NAME_MARKS = new CodeSet(NAME_MARK_CHARS)

/** Letters (and `·&-`) only, with at most one bracketed gloss at the end: `국내총생산(GDP)`. A plain loop: called for every word near every figure. */
function lettersWithGloss(w: string): boolean {
  const open = w.indexOf('(')
  const end = open < 0 ? w.length : open
  if (end === 0) return false
  if (open >= 0 && (w[w.length - 1] !== ')' || w.indexOf('(', open + 1) >= 0 || w.indexOf(')') !== w.length - 1)) return false
  for (let i = 0; i < end; i++) {
    const c = w.charCodeAt(i)
    if (isHangulCode(c) || isLatinCode(c) || isHan(c)) continue
    if (NAME_MARKS.has(c) || (c > 0x7f && isLetter(c))) continue
    return false
  }
  return true
}

/** A plain noun: letters only (a bracketed gloss allowed), no particle or verb ending, not a time word. */
function plainNoun(w: string): boolean {
  if (!w) return false
  if (!lettersWithGloss(w)) return isPerUnitWord(w)
  const kinds = WORD_KINDS.get(w) ?? 0
  if ((kinds & IS_NOT_SUBJECT) !== 0 || w.endsWith(POSSESSIVE)) return false
  // code units, not `w[i]`: a one-character string is allocated for every Hangul character
  const last = w.charCodeAt(w.length - 1)
  if (last === CLOSE_PAREN) return true
  if (!isHangulCode(last) && !isLatinCode(last)) return false
  if (w.length === 1 || (kinds & IS_PARTICLE) !== 0) return false
  if ((kinds & IS_NOUN_EXCEPTION) !== 0) return true
  if ((kinds & IS_UNIT_WORD) !== 0) return false
  const before = w.charCodeAt(w.length - 2)
  // `넘고`, `늘며`: a verb stem with a connective ending
  if (CONNECTIVE.has(last) && VERB_FINAL_SYLLABLES.has(before)) return false
  const shape = SHAPE_OF.get(last)
  // `참가`, `국가`: 가 after a final consonant is part of the noun, not a particle
  if (shape && isHangulCode(before) && hasFinalConsonant(before) !== (shape === 'consonant')) return true
  return BREAKING_ENDS.find(w) === null
}

/** A word ending in 의 inside a phrase (`신에너지차의 중국 자동차 시장 점유율`). */
const modifierNoun = (w: string): boolean => w.length > 1 && w.endsWith(POSSESSIVE) && plainNoun(w.slice(0, -POSSESSIVE.length))

function clean(phrase: string[]): string | null {
  while (phrase.length && (NOT_SUBJECT.has(phrase[0]!) || (phrase[0]!.endsWith(POSSESSIVE) && phrase.length === 1))) phrase.shift()
  const s = withoutLeadingPunctuation(phrase.join(' ')).trim()
  if (nonSpaceAtLeast(s, 2) === false || NOT_SUBJECT.has(s) || isPerUnitWord(s)) return null
  return s
}

/** `s` holds at least `n` code units that are not whitespace (as `s.replace(/\s/g, '').length >= n`). */
function nonSpaceAtLeast(s: string, n: number): boolean {
  let count = 0
  for (let i = 0; i < s.length && count < n; i++) if (!isRegExpSpace(s.charCodeAt(i))) count++
  return count >= n
}

/** Up to three plain nouns right before `pos` (nothing but spaces between them and the figure). */
function nounsBefore(text: string, from: number, pos: number, inside: boolean, cache: WordsBefore): string | null {
  if (!inside && (pos <= from || !spaceAt(text, pos - 1))) return null
  const ws = wordsBefore(text, cache, from, pos)
  const phrase: string[] = []
  // `전문가 예상치인 12%`: the noun before the copula (the reader itself is left as it is: the topic reader reads it again)
  let last = wordBack(ws, 0)
  if (last && last.endsWith(COPULA_MODIFIER) && plainNoun(last.slice(0, -COPULA_MODIFIER.length))) {
    last = last.slice(0, -COPULA_MODIFIER.length)
  }
  for (let k = 0; phrase.length < 3; k++) {
    const w = k === 0 ? last : wordBack(ws, k)
    if (w === undefined) break
    if (plainNoun(w)) phrase.unshift(w)
    else if (phrase.length && modifierNoun(w)) phrase.unshift(w)
    else break
  }
  return phrase.length ? clean(phrase) : null
}

/** The noun phrase after a count (`개 창업 기업들에게`, `개의 투자사들은`): up to its first particle. */
function nounsAfter(text: string, end: number): string | null {
  let p = end
  if (text.startsWith(POSSESSIVE_SPACE, p)) p += POSSESSIVE_SPACE.length
  else if (at(text, p) === SPACE) p += 1
  else return null
  // the first three parts of `text.slice(p, p + 40).split(/\s+/)` (an empty one where a space
  // starts or ends it), read one at a time: most counts are decided by the first
  const limit = Math.min(p + 40, text.length)
  const phrase: string[] = []
  let start = p
  for (let part = 0; part < 3; part++) {
    let i = start
    while (i < limit && !isSpaceBetweenWords(text.charCodeAt(i))) i++
    const w = start < limit ? text.slice(start, i) : ''
    const stripped = stripParticle(w)
    if (stripped !== w) {
      if (!plainNoun(stripped) && !stripped.endsWith(')')) return null
      phrase.push(stripped)
      return clean(phrase)
    }
    if (plainNoun(w) || modifierNoun(w)) phrase.push(w)
    else return null
    if (i >= limit) return null
    while (i < limit && isSpaceBetweenWords(text.charCodeAt(i))) i++
    start = i
  }
  return null
}

/** One particle off the end (`전문가가` → `전문가`, not `전문`), then a plural `들`. */
function stripParticle(w: string): string {
  let out = w
  const p = STRIP_ENDS.find(out)
  if (p) {
    const shape = p.length === 1 ? SHAPE_OF.get(p.charCodeAt(0)) : undefined
    const before = out.length > p.length ? out.charCodeAt(out.length - p.length - 1) : 0
    // `전문가`: 가 after a final consonant belongs to the noun
    if (!(shape && isHangulCode(before) && hasFinalConsonant(before) !== (shape === 'consonant'))) out = out.slice(0, -p.length)
  }
  if (out.length > 2 && out.endsWith(PLURAL)) out = out.slice(0, -PLURAL.length)
  return out
}

/**
 * A test that a word is letters and `marks` only (`/^[\p{L}` + marks `]+$/u`), by code point.
 */
function lettersAnd(marks: readonly string[]): (w: string) => boolean {
  const set = new CodeSet(marks)
  const letterOrMark = (code: number): boolean => (code <= 0xffff && set.has(code)) || isLetter(code)
  return (w) => everyCodePoint(w, letterOrMark)
}

/** A topic stem ending in a Latin letter (`R&D는`) may hold `-&·`, not `∙`. */
const latinTopicStem = lettersAnd(['-', '&', '·'])
const topicStemLetters = lettersAnd(NAME_MARK_CHARS)

/** The stem of a topic word (`점유율은` → `점유율`), or null when the ending is not a topic particle there. */
function topicStem(w: string): string | null {
  if (w.length < 2) return null
  const shape = TOPIC.get(w.charCodeAt(w.length - 1))
  if (!shape) return null
  // the last syllable of the stem, read before the stem is cut off: most words fail here
  const c = w.charCodeAt(w.length - 2)
  if (c === CLOSE_PAREN) {
    const stem = w.slice(0, -1)
    const open = stem.lastIndexOf('(')
    return open > 0 && plainNoun(stem) ? stem : null
  }
  if (isLatinCode(c)) {
    const stem = w.slice(0, -1)
    return latinTopicStem(stem) ? stem : null
  }
  if (!isHangulCode(c)) return null
  if (shape !== 'any' && hasFinalConsonant(c) !== (shape === 'consonant')) return null
  if (shape === 'any' && w.length < 3) return null
  if (VERB_FINAL_SYLLABLES.has(c)) return null
  const stem = w.slice(0, -1)
  if (CASE_ENDS.find(stem) !== null) return null
  if (VERB_FINAL_LONG_ENDS.has(c) && VERB_FINALS.has(stem.slice(-2))) return null
  if (!topicStemLetters(stem) || UNIT_WORD_SET.has(stem)) return null
  // `비해서도`: a verb form before 도 is no topic
  if (shape === 'any' && !plainNoun(stem)) return null
  return stem
}

/** The nearest topic word before `pos` in the sentence, with at most two plain nouns before it. */
function topicBefore(text: string, start: number, pos: number, cache: WordsBefore, memo: TopicMemo): string | null {
  // the words before `memo.pos` are those the last search read, with the same outcome
  const known = memo.start === start && memo.pos > start && memo.pos <= pos && isRegExpSpace(text.charCodeAt(memo.pos - 1)) ? memo.pos : -1
  const topic = topicFrom(wordsBefore(text, cache, start, pos), known, memo.topic)
  memo.start = start
  memo.pos = pos
  memo.topic = topic
  return topic
}

/** The topic search over the words of `ws`; at the first word that starts before `known` (when not -1) it ends with `knownTopic`. */
function topicFrom(ws: WordsBack, known: number, knownTopic: string | null): string | null {
  for (let k = 0; ; k++) {
    if (!findBack(ws, k)) break
    if (ws.starts[k]! < known) return knownTopic
    // a topic word ends in a topic particle, which cutting off leading punctuation never
    // removes: most words are ruled out by their last code unit, before they are cut out
    if (!TOPIC_LAST.has(ws.text.charCodeAt(ws.ends[k]! - 1))) continue
    const stem = topicStem(withoutLeadingPunctuation(wordBack(ws, k)!))
    if (!stem) continue
    const phrase = withNounsBefore(ws, k, stem)
    if (phrase.length === 1 && (stem.length < 2 || NOT_SUBJECT.has(stem))) return null
    return clean(phrase)
  }
  return null
}

/** `A, B, C 지수는 각각 1, 2, 3`: list members get their own subject (and bare numbers become index values). */
export function respectively(text: string, drafts: Draft[]): void {
  let memo: { start: number; subjects: string[] } | null = null
  let next = 0
  // a cue only matters before some figure: past the last start nothing follows it
  let lastStart = 0
  for (const d of drafts) lastStart = Math.max(lastStart, d.start)
  for (let i = RESPECTIVELY.next(text, 0); i >= 0 && i < lastStart; i = RESPECTIVELY.next(text, i + 1)) {
    const cue = RESPECTIVELY.at(text, i)!
    const after = i + cue.word.length
    const list: Draft[] = []
    while (next < drafts.length && drafts[next]!.start < after) next++
    let k = next
    if (k >= drafts.length) break
    let prevEnd = after
    for (; k < drafts.length; k++) {
      const d = drafts[k]!
      const gap = text.slice(prevEnd, d.start)
      const ok = list.length === 0 ? gap.trim() === '' : isListGap(gap)
      if (!ok) break
      list.push(d)
      prevEnd = d.end
    }
    if (list.length < 2) continue
    const start = sentenceStart(text, i)
    let subjects: string[] | null = null
    if (memo && memo.start === start && memo.subjects.length === list.length) subjects = memo.subjects
    else {
      const before: Draft[] = []
      for (let j = next - 1; j >= 0 && drafts[j]!.end > start; j--) before.push(drafts[j]!)
      subjects = listBefore(text.slice(start, i), list.length, before, start)
    }
    if (!subjects) continue
    memo = { start, subjects }
    list.forEach((d, j) => {
      d.subject = subjects![j]!
      if (d.bare) {
        d.bare = false
        d.kind = 'index'
      }
    })
  }
}

function isListGap(gap: string): boolean {
  const t = gap.trim()
  if (t === '' || t === ',' || t === '、' || LIST_JOINERS.includes(t) || LIST_PARTICLES.includes(t)) return true
  for (const ch of gap) if (!SEPARATORS.has(ch)) return false
  return true
}

/** The `n` items of a noun list that ends just before `각각`. */
function listBefore(segment: string, n: number, drafts: Draft[], offset: number): string[] | null {
  // blank out figures so their commas do not split the list
  let s = segment
  for (const d of drafts) {
    const a = d.start - offset
    const b = d.end - offset
    if (a >= 0 && b <= s.length) s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b)
  }
  const pieces = s
    .split(LIST_SPLIT)
    .map((p) => p.trim())
    .filter(Boolean)
  if (pieces.length < n) return null
  const items = pieces.slice(-n)
  if (LIST_BULLETS.some((b) => s.includes(b))) {
    // `▷통신장비 판매 ▷의약품 ▷가전제품의 소매판매액이`: bullets mark whole items
    const lastWords = items[n - 1]!.split(/\s+/)
    const cut = lastWords.findIndex((w) => STRIP_ENDS.find(w) !== null)
    const last = cut >= 0 ? [...lastWords.slice(0, cut), strip(lastWords[cut]!)] : lastWords
    return [...items.slice(0, n - 1), last.join(' ')].map((x) => x.trim())
  }
  // last item: up to its first word with a particle (`지수는`, `지역순으로`)
  const lastWords = items[n - 1]!.split(/\s+/)
  const cut = lastWords.findIndex((w) => STRIP_ENDS.find(w) !== null)
  const last = (cut >= 0 ? lastWords.slice(0, cut + 1) : lastWords).map((w, j, all) => (j === all.length - 1 ? strip(w) : w))
  // first item: the words after the last verb ending or particle, no longer than the middle items
  const firstWords = items[0]!.split(/\s+/)
  let from = 0
  for (let j = firstWords.length - 2; j >= 0; j--) {
    if (LIST_ENDINGS.some((e) => firstWords[j]!.endsWith(e))) {
      from = j + 1
      break
    }
  }
  let first = firstWords.slice(from)
  const middle = items.slice(1, n - 1).map((x) => x.split(/\s+/).length)
  const width = middle.length ? maxOf(middle) : first.length
  first = first.slice(-width)
  const out = [first.join(' '), ...items.slice(1, n - 1), last.join(' ')]
  // a shared head noun: `디지털 산업화, 산업 디지털화, 디지털 거버넌스 지수는`
  if (middle.length && last.length === width + 1) {
    const head = last[last.length - 1]!
    for (let j = 0; j < n - 1; j++) if (!out[j]!.endsWith(head)) out[j] = `${out[j]} ${head}`
  }
  return out.map((x) => x.trim())
}

function strip(w: string): string {
  const p = STRIP_ENDS.find(w)
  return p ? w.slice(0, -p.length) : w
}

/** `1인당`, `1대당`: digits, at most one Hangul syllable, then the per-unit ending. */
function isPerUnitWord(word: string): boolean {
  if (!word.endsWith(PER_UNIT_ENDING)) return false
  let end = word.length - PER_UNIT_ENDING.length
  if (end > 0 && isHangulCode(word.charCodeAt(end - 1))) end--
  if (end === 0) return false
  for (let index = 0; index < end; index++) if (!isDigitCode(word.charCodeAt(index))) return false
  return true
}
