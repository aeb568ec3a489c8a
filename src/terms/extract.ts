/**
 * Chinese/Korean term pairs in the text of one block.
 *
 * API choice: `extractTerms` is SYNCHRONOUS and needs the dictionaries (opencc-js, pinyin-pro,
 * the `hanja` reading table) in memory: callers `await prepareTerms()` once per process
 * before the first call (it is cheap to await again). Calling `extractTerms` earlier throws.
 * `kic parse`/`kic terms` do this in the terms plugin, so `kic --help` never pays for them.
 *
 * Steps for each bracket `(…)`/`[…]` (found with one stack pass, so linear in the text):
 * 1. parse its content as a small grammar (`parseBracket`): Chinese (or a Chinese list),
 *    English or pinyin, a second Korean name, a gloss after `:`, a role in square brackets;
 * 2. take the window of Korean words before it, up to punctuation or a quote/title mark
 *    (a Korean list item by item when the Chinese is a list as long);
 * 3. choose the left boundary by aligning the readings of the Chinese with the Korean
 *    syllables (`align.ts`): a word joins the term only if it explains Chinese characters
 *    (more than a third of its syllables); leading symbols and a glued prefix no character
 *    explains are dropped; titles in 「」『』《》 are whole;
 * 4. derive kind, flags, standard spelling (`spelling.ts`), category (`category.ts`) and
 *    confidence from that alignment.
 * Language words (particles, stop words, acronyms, categories) live in src/data.
 */
import {
  CLAUSE_FINAL_SYLLABLES,
  EDITOR_NOTE_LABEL,
  KOREAN_CLAUSE_ENDINGS,
  KOREAN_ENGLISH_STOP_WORDS,
  NAME_LIKE_ENDINGS,
  TERM_LEFT_DELIMITERS,
  TERM_LIST_SEPARATORS,
  TERM_MAX_WINDOW,
  TERM_MAX_WORDS,
  TERM_QUOTE_PAIRS,
} from '../data/term-particles.js'
import {ACRONYM_KOREAN} from '../data/term-acronyms.js'
import {alignSuffixes, chineseCandidates, isJoiningPunct, simplifiedSide, type Aligner, type Alignment, type Side, type Walk} from './align.js'
import {hasHangul, MAX_CHINESE, mayHoldPair, parseBracket, type BracketContent} from './bracket.js'
import {categoryEvidence, noteEvidence, shareListCategories} from './category.js'
import {nameFixes, standardSpelling, type SpellingFix} from './spelling.js'
import {loadTermDictionaries} from './readings.js'
import {groupByCode} from './code-table.js'
import type {TermContext, TermHit, TermKind} from './types.js'
import {dropFirst, pushAll} from '../util/arrays.js'
import {everyCodePoint, isSymbolOrOtherNumber} from '../util/unicode-class.js'
import {codeUnits, hangulSyllableBase, hasAsciiDigit, hasHan, hangulSyllableClass, hangulSyllableCount, isAsciiAlphanumeric, isIdeographFromExtensionA, isIdeographAt, isHangulSyllable, isHighSurrogate, isLatin, isRegExpSpace} from '../util/chars.js'

export {loadTermDictionaries, termDictionariesReady} from './readings.js'
export {categoryOf, unifyCategories} from './category.js'
export {parseBracket} from './bracket.js'

/** Load the dictionaries once per process; await before `extractTerms`. Resolves with load ms. */
export async function prepareTerms(): Promise<{ms: number}> {
  return loadTermDictionaries()
}

const MAX_QUOTE = 60
const OPENING_MARKS = new Set(["'", '"', '‘', '“', '<', '《', '〈', '「', '『'])
const CLOSING_FOR: Readonly<Record<string, string>> = {
  "'": "'", '"': '"', '‘': '’', '“': '”', '<': '>', '《': '》', '〈': '〉', '「': '」', '『': '』',
}
/**
 * One flag byte per UTF-16 code, to test text without slicing it: LEFT_DELIMITER for the
 * one-character left delimiters, QUOTE_CLOSING for the closing marks of TERM_QUOTE_PAIRS,
 * OPENING_MARK for the opening quote and title marks.
 */
const LEFT_DELIMITER = 1
const QUOTE_CLOSING = 2
/** An opening quote or title mark (OPENING_MARKS). */
const OPENING_MARK = 4
const CODE_FLAGS = new Uint8Array(0x10000)
for (const c of OPENING_MARKS) CODE_FLAGS[c.charCodeAt(0)]! |= OPENING_MARK
for (const c of TERM_LEFT_DELIMITERS) if (c.length === 1) CODE_FLAGS[c.charCodeAt(0)]! |= LEFT_DELIMITER
for (const c of Object.keys(TERM_QUOTE_PAIRS)) if (c.length === 1) CODE_FLAGS[c.charCodeAt(0)]! |= QUOTE_CLOSING

function isLeftDelimiter(code: number): boolean {
  return (CODE_FLAGS[code]! & LEFT_DELIMITER) !== 0
}

const LATIN = /[A-Za-z]/
const NOT_UPPER = /[^A-Z]/g
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.\-]*$/
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/
const SPACES = /\s+/

export function extractTerms(text: string, context: TermContext = {}): TermHit[] {
  if (context.blockType === 'note') {
    const hit = extractNote(text, context.noteTerm ?? '')
    return hit ? [hit] : []
  }
  const brackets = findBrackets(text)
  // Most text units hold no bracket: nothing to pair, sort or share.
  if (brackets.length === 0) return []
  const hits: TermHit[] = []
  for (const bracket of brackets) pairsAt(text, bracket, hits)
  // Hits come in the order of their closing brackets, mostly sorted already (the sort is stable).
  if (!inOrder(hits)) hits.sort(byPlace)
  shareListCategories(text, hits)
  return hits
}

function byPlace(a: TermHit, b: TermHit): number {
  return a.start - b.start || a.end - b.end
}

function inOrder(hits: readonly TermHit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (byPlace(hits[i - 1]!, hits[i]!) > 0) return false
  return true
}

interface Bracket {
  open: number
  close: number
  square: boolean
}

/** Deeper nesting than this is not a term pair; further opens are ignored. */
const MAX_DEPTH = 64
/** The open brackets of `findBrackets`, innermost last (a square one as -index - 1); reused by every call. */
const OPEN_STACK = new Int32Array(MAX_DEPTH)

/**
 * The characters `findBrackets` acts on: `()[]`, their full-width forms, and LF. The regular
 * expression jumps from one to the next several times faster than a `charCodeAt` loop.
 */
const BRACKET_OR_LF = /[()[\]\uff08\uff09\uff3b\uff3d\n]/g
/** The opening brackets alone: where the scan may start. */
const OPENING_BRACKET = /[([\uff08\uff3b]/g

/** The answer of `findBrackets` for a text with no opening bracket: one shared empty list. */
const NO_BRACKETS: readonly Bracket[] = Object.freeze([])

/**
 * Matching `()`/`[]` pairs (full-width too), in one pass with a stack; ordered by close. Read
 * the list, never change it (the empty one is shared).
 */
export function findBrackets(text: string): readonly Bracket[] {
  // Most text units hold no opening bracket at all; before the first one, nothing can pair.
  const opening = OPENING_BRACKET
  opening.lastIndex = 0
  if (!opening.test(text)) return NO_BRACKETS
  const found: Bracket[] = []
  const stack = OPEN_STACK
  let depth = 0
  const next = BRACKET_OR_LF
  next.lastIndex = opening.lastIndex - 1
  while (next.test(text)) {
    const i = next.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 0x28 || c === 0xff08 || c === 0x5b || c === 0xff3b) {
      if (depth < MAX_DEPTH) stack[depth++] = c === 0x5b || c === 0xff3b ? -i - 1 : i
    } else if (c === 0x29 || c === 0xff09 || c === 0x5d || c === 0xff3d) {
      const square = c === 0x5d || c === 0xff3d
      const top = depth > 0 ? stack[depth - 1]! : null
      if (top !== null && top < 0 === square) {
        depth--
        const open = top < 0 ? -top - 1 : top
        if (i - open > 1 && startsLikePair(text.charCodeAt(open + 1))) found.push({open, close: i, square})
      }
    } else if (c === 0x0a) depth = 0
  }
  return found
}

/** First character of a bracket that may hold a pair's right side: Han, Latin, Hangul, space. */
function startsLikePair(c: number): boolean {
  // Han from extension A up (not the radicals, nor 々〆〇), a surrogate (astral Han), Latin, space, Hangul.
  return isHangulSyllable(c) || isIdeographFromExtensionA(c) || isHighSurrogate(c) || c === 0x20 || (c < 0x7b && isLatin(c))
}

/**
 * A unit of a window (`unitsOf`): one Hangul syllable, or a run of other characters. The hot
 * readers (the aligner, `judge`) read its first code and length, not its text: a syllable's
 * text is a string shared by all its occurrences, looked up only when read.
 */
class Unit {
  constructor(
    /** First UTF-16 code of the text, and the text's length. */
    public first: number,
    public length: number,
    public start: number,
    public end: number,
    /** Word index in the window (0 = leftmost word). */
    public word: number,
    /** The text of a run; null for a syllable. */
    public run: string | null,
  ) {}

  get text(): string {
    return this.run ?? syllableText(this.first)
  }
}

/** A syllable unit, told by its first code (a syllable is one code; a run never starts with one). */
function isSyllableUnit(unit: Unit): boolean {
  return isHangulSyllable(unit.first)
}

/** The words of the window before a bracket. */
interface WindowWords {
  /** Where the window starts in the text (it ends where it was asked to). */
  start: number
  /** Start index (in text) of each word, in `words` slots of a table reused by the next window. */
  wordStarts: Int32Array
  /** Number of words. */
  words: number
  /** The window reached an opening quote/title mark. */
  openedBy: string | null
}

/** The window with its units (`unitsOf`). */
interface Window extends WindowWords {
  units: Unit[]
  /** Unit index where each word starts (same reuse as `wordStarts`). */
  wordUnits: Int32Array
}

/** The pairs of one bracket, added to `hits` (no list per bracket: most give one pair or none). */
function pairsAt(text: string, bracket: Bracket, hits: TermHit[]): void {
  if (!mayHoldPair(text, bracket.open + 1, bracket.close)) return
  const content = parseBracket(text.slice(bracket.open + 1, bracket.close), bracket.square)
  if (!content) return
  if (content.chinese === null) {
    const hit = englishPair(text, bracket, content.english!)
    if (hit) hits.push(hit)
    return
  }
  const list = content.chineseList
  if (list.length >= 2) {
    // `대중창업, 만중혁신(大衆創業, 萬衆創新)`: item by item when the Korean is a list as long.
    const ends = koreanListEnds(text, bracket.open, list.length)
    if (ends) {
      for (let i = 0; i < list.length; i++) {
        const last = i === list.length - 1
        const item: BracketContent = {...content, chinese: list[i]!, chineseList: [list[i]!]}
        if (!last) Object.assign(item, {english: null, gloss: null})
        const hit = sidePair(text, bracket, ends[i]!, item, last ? bracket.close + 1 : ends[i]!)
        if (hit) hits.push(hit)
      }
      return
    }
  }
  const hit = sidePair(text, bracket, bracket.open, content, bracket.close + 1)
  if (hit) hits.push(hit)
}

/** Longest item of such a list, in characters. */
const MAX_LIST_ITEM = 24

/**
 * Where each of the last `count` items of a comma list ends, the last one at the bracket;
 * null unless every item but the first is Hangul (and spaces) and short. The first item's
 * start is left to the alignment.
 */
function koreanListEnds(text: string, open: number, count: number): number[] | null {
  const ends: number[] = [open]
  let i = open
  while (i > 0 && text[i - 1] === ' ') i--
  ends[0] = i
  for (let item = 1; item < count; item++) {
    let j = i
    while (j > 0 && i - j <= MAX_LIST_ITEM && !TERM_LIST_SEPARATORS.has(text[j - 1]!)) {
      const c = text.charCodeAt(j - 1)
      if (!isHangulSyllable(c) && c !== 0x20) return null
      j--
    }
    if (j === 0 || !TERM_LIST_SEPARATORS.has(text[j - 1]!) || !hasHangul(text.slice(j, i))) return null
    let end = j - 1
    while (end > 0 && text[end - 1] === ' ') end--
    if (end === 0 || !isHangulSyllable(text.charCodeAt(end - 1))) return null
    ends.unshift(end)
    i = end
  }
  return ends
}

/** The Korean side ending at `sideEnd` for `content.chinese`, and the hit through `end`. */
function sidePair(text: string, bracket: Bracket, sideEnd: number, content: BracketContent, end: number): TermHit | null {
  const footnote = text[bracket.close + 1] === '*'
  if (sideEnd > 0 && text[sideEnd - 1] === ' ' && sideEnd > 1 && isHangulSyllable(text.charCodeAt(sideEnd - 2))) sideEnd--
  if (sideEnd === 0) return null
  const chinese = content.chinese!
  let korean: string
  let start: number
  let alignment: Alignment | null = null
  let units: Unit[] = []
  let side: Side
  if (content.koreanInside && isHangulSyllable(text.charCodeAt(sideEnd - 1))) {
    // `2개의 회의(양회, 兩會)`: the Korean name inside reads the Chinese; the words outside describe it.
    const inside = insidePair(text, bracket, -1, '', content, footnote)
    if (inside) return inside
  }
  const beforeCode = text.charCodeAt(sideEnd - 1)
  const quoted = (CODE_FLAGS[beforeCode]! & QUOTE_CLOSING) !== 0 ? quotedSide(text, sideEnd) : null
  if (quoted) {
    start = quoted.start
    while (text[start] === ' ') start++
    units = unitsOf(text, start, quoted.end)
    if (units.length === 0) return null
    side = chineseCandidates(chinese)
    alignment = alignSuffixes(units, side).trace(0)
    korean = text.slice(quoted.start, quoted.end).trim()
  } else {
    if (isLeftDelimiter(beforeCode) || beforeCode === 0x20) return null
    const window = leftWindow(text, sideEnd)
    if (window.units.length === 0) return null
    units = window.units
    const lastWord = window.words - 1
    const lastWordText = text.slice(window.wordStarts[lastWord]!, sideEnd)
    if (!hasHangul(lastWordText)) {
      // A Latin name before the bracket is never the Korean side (`Euromonitor(欧睿咨询)`);
      // the Korean name may stand inside the bracket (`CATL(닝더스다이, 寧德時代)`).
      if (!LATIN_WORD.test(lastWordText) || !content.koreanInside) return null
      return insidePair(text, bracket, window.wordStarts[lastWord]!, lastWordText, content, footnote)
    }
    side = chineseCandidates(chinese)
    const aligner = alignSuffixes(units, side)
    let chosen = window.wordUnits[lastWord]!
    let best = aligner.scoreAt(chosen)
    // When the last word already reads every character at full gain, no earlier start can
    // score higher: the words before it are not aligned at all (the aligner fills rows on demand).
    const firstWord = aligner.isBestPossible(best) ? lastWord : 0
    for (let w = lastWord - 1; w >= firstWord; w--) {
      const at = window.wordUnits[w]!
      const score = aligner.scoreAt(at)
      if (score > best + 1e-9) {
        // The span may start at a word only when the Chinese explains more than a third of
        // its syllables (`출시한 게임사이언스(游戏科学)`: 시 matching 戏 does not bring in 출시한).
        if (!wordsExplained(aligner.walk(at), units, at, window.wordUnits[w + 1]!)) continue
        best = score
        chosen = at
      }
    }
    let forced = false
    if (titleSpansWindow(text, window, bracket.close) && window.words <= 5) {
      // A title in 「」『』《》 is taken whole; a quoted phrase too, unless the words next to
      // the bracket already explain all of the Chinese (`‘항저우 육룡(六龍)’` → 육룡).
      const mark = window.openedBy!
      if (TITLE_MARKS.has(mark) || aligner.walk(chosen).unmatchedChars > 0) {
        chosen = 0
        forced = true
      }
    }
    if (!forced) chosen = trimUncovered(aligner, units, chosen)
    // Unit indices in the trace count from `chosen`, as do the units of the span.
    alignment = aligner.trace(chosen)
    start = units[chosen]!.start
    korean = text.slice(start, sideEnd).trim()
    // The span's units are the window's from `chosen`: moved down in place (the window's
    // list is made for this pair alone), not copied.
    if (chosen > 0) dropFirst(units, chosen)
  }
  return finish(text, {start, end, korean, content, side, alignment, units, footnote, bracket})
}

/** Title marks: what they enclose is one name. */
const TITLE_MARKS = new Set(['《', '「', '『', '〈', '<'])
/** Symbols and punctuation that never start a Korean side (`②쌍순환`, `※마화텅`): a text of these only (`/^[\p{P}\p{S}\p{No}]+$/u`). */
function isSymbolsOnly(text: string): boolean {
  return everyCodePoint(text, isSymbolOrOtherNumber)
}
const DIGITS_OR_LATIN = /^[0-9A-Za-z]+$/
const DIGITS = /^[0-9]+$/

/** `isSymbolsOnly` of a unit; a syllable unit never is one. */
function isLeadingSymbol(unit: Unit): boolean {
  return !isSyllableUnit(unit) && isSymbolsOnly(unit.text)
}

/** Words from unit `from` up to unit `to` each have more than a third of their syllables matched. */
function wordsExplained(walk: Walk, units: readonly Unit[], from: number, to: number): boolean {
  // Unmatched units (relative to `from`) come in increasing order: one pointer walks them.
  const unmatched = walk.unmatchedUnits
  const unmatchedCount = walk.unmatchedUnitCount
  let next = 0
  let word = -1
  let syllables = 0
  let matched = 0
  const ok = () => syllables === 0 || matched * 3 > syllables
  for (let u = from; u < to; u++) {
    const unit = units[u]!
    if (unit.word !== word) {
      if (!ok()) return false
      word = unit.word
      syllables = 0
      matched = 0
    }
    // Syllables and digits count (`3개 보장(三保)`: 3 reads 三); other runs do not.
    if (!isSyllableUnit(unit) && !DIGITS.test(unit.text)) continue
    syllables++
    while (next < unmatchedCount && unmatched[next]! + from < u) next++
    if (next >= unmatchedCount || unmatched[next]! + from !== u) matched++
  }
  return ok()
}

/**
 * Drop what the Chinese does not cover at the start of the span: symbols always; inside the
 * first word, a leading run of digits or Latin letters or of two syllables or more that no
 * Chinese character explains, when the rest explains every character
 * (`선전환잉웨이라이(幻影未來)` → 환잉웨이라이; `선전웨이신(深圳微芯)` keeps 선전).
 */
function trimUncovered(aligner: Aligner, units: readonly Unit[], chosen: number): number {
  const last = units.length - 1
  while (chosen < last && isLeadingSymbol(units[chosen]!)) chosen++
  const walk = aligner.walk(chosen)
  if (walk.unmatchedChars > 0 || walk.firstMatchedUnit < 0) return chosen
  const firstMatched = walk.firstMatchedUnit + chosen
  const word = units[chosen]!.word
  if (units[firstMatched]!.word !== word || firstMatched === chosen) return chosen
  let hangul = 0
  for (let u = chosen; u < firstMatched; u++) {
    const unit = units[u]!
    if (isSyllableUnit(unit)) hangul++
    else if (!DIGITS_OR_LATIN.test(unit.text) && !isLeadingSymbol(unit)) return chosen
  }
  if (hangul === 1) return chosen
  // The rest must stay a match of every character.
  if (aligner.walk(firstMatched).unmatchedChars > 0) return chosen
  return firstMatched
}

/**
 * `CATL(닝더스다이, 寧德時代)`: the Korean name inside, the Latin name before the bracket. With
 * `latinStart` -1 (Korean words before the bracket), only when the name inside reads every
 * Chinese character and nothing else.
 */
function insidePair(text: string, bracket: Bracket, latinStart: number, latin: string, content: BracketContent, footnote: boolean): TermHit | null {
  const korean = content.koreanInside!
  const kStart = text.indexOf(korean, bracket.open + 1)
  if (kStart < 0) return null
  const units = unitsOf(text, kStart, kStart + korean.length)
  const side = chineseCandidates(content.chinese!)
  const alignment = alignSuffixes(units, side).trace(0)
  if (latinStart < 0 && (alignment.unmatchedChars.length > 0 || alignment.unmatchedUnits.length > 0)) return null
  const inside: BracketContent = {...content, english: content.english ?? (latin || null), koreanInside: null}
  return finish(text, {
    start: latinStart < 0 ? kStart : latinStart, end: bracket.close + 1, korean, content: inside, side, alignment, units,
    footnote, bracket,
  })
}

/** `'탕핑'(躺平·…)`, `《인민일보》(人民日報)`: the quoted text right before the bracket. */
function quotedSide(text: string, sideEnd: number): {start: number; end: number} | null {
  const closing = text[sideEnd - 1]!
  const opening = TERM_QUOTE_PAIRS[closing]!.charCodeAt(0)
  const limit = Math.max(0, sideEnd - 1 - MAX_QUOTE)
  for (let i = sideEnd - 2; i >= limit; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x28 || c === 0x29) return null
    if (c === opening) {
      const inner = text.slice(i + 1, sideEnd - 1)
      if (!hasHangul(inner) && !LATIN.test(inner)) return null
      return {start: i + 1, end: sideEnd - 1}
    }
  }
  return null
}

/** The window opened by a quote/title mark that closes right after the bracket (and `*`). */
function titleSpansWindow(text: string, window: WindowWords, close: number): boolean {
  if (!window.openedBy) return false
  let after = close + 1
  while (text[after] === '*') after++
  return text[after] === CLOSING_FOR[window.openedBy]
}

/**
 * The word tables of the current window, filled by `windowWords` or by `unitsOf` (for the
 * last unit list it made). A window holds at most TERM_MAX_WINDOW characters, so at most as
 * many words; it is read before the next window or unit list is made (as its pooled units are).
 */
const WORD_STARTS = new Int32Array(TERM_MAX_WINDOW + 1)
const WORD_UNITS = new Int32Array(TERM_MAX_WINDOW + 1)
/** The current window itself, one object refilled by each window (same reuse as its tables). */
const WINDOW: Window = {start: 0, wordStarts: WORD_STARTS, words: 0, openedBy: null, units: [], wordUnits: WORD_UNITS}

/**
 * Where the window before `end` starts: back to punctuation, a quote mark or the limits. Sets
 * the window's start and the mark that opened it.
 */
function windowStart(text: string, end: number): void {
  let s = end
  let words = 1
  let openedBy: string | null = null
  const limit = Math.max(0, end - TERM_MAX_WINDOW)
  while (s > limit) {
    const c = text.charCodeAt(s - 1)
    if (isLeftDelimiter(c)) {
      if ((CODE_FLAGS[c]! & OPENING_MARK) !== 0) openedBy = text[s - 1]!
      break
    }
    if (c === 0x20 || c === 0xa0) {
      if (words >= TERM_MAX_WORDS) break
      if (s < end && text.charCodeAt(s) !== 0x20) words++
    }
    s--
  }
  WINDOW.start = s
  WINDOW.openedBy = openedBy
}

/** Words before `end`, back to punctuation, a quote mark or the limits (the window without units). */
function windowWords(text: string, end: number): WindowWords {
  windowStart(text, end)
  // A word starts at each character that is no word gap, after a gap or at the window's start.
  const wordStarts = WORD_STARTS
  let count = 0
  let inWord = false
  for (let i = WINDOW.start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isWordGap(c)) inWord = false
    else if (!inWord) {
      wordStarts[count++] = i
      inWord = true
    }
  }
  WINDOW.words = count
  return WINDOW
}

/**
 * The window before `end` with its units, and the unit where each of its words starts. The
 * words are those of `windowWords` (the same gaps), recorded by `unitsOf` in the same
 * pass that makes the units.
 */
function leftWindow(text: string, end: number): Window {
  const window = WINDOW
  windowStart(text, end)
  const units = (window.units = unitsOf(text, window.start, end))
  window.words = units.length > 0 ? units[units.length - 1]!.word + 1 : 0
  return window
}

/**
 * Unit objects reused from call to call of `unitsOf` (a window makes dozens; they were the
 * bulk of the extractor's garbage). A unit list is valid until the next `unitsOf` call: each
 * pair is finished before the next list is made, and no hit keeps a unit.
 */
const unitPool: Unit[] = []
/** Units beyond this many in one list are not pooled (windows hold at most TERM_MAX_WINDOW characters). */
const MAX_POOLED_UNITS = 128

function pooledUnit(index: number, first: number, length: number, start: number, end: number, word: number, run: string | null): Unit {
  if (index >= MAX_POOLED_UNITS) return new Unit(first, length, start, end, word, run)
  let unit = unitPool[index]
  if (unit === undefined) {
    unit = new Unit(first, length, start, end, word, run)
    unitPool.push(unit)
    return unit
  }
  unit.first = first
  unit.length = length
  unit.start = start
  unit.end = end
  unit.word = word
  unit.run = run
  return unit
}

/**
 * Hangul syllables one by one, other runs whole, words split at spaces. Valid until the next
 * call, as are the word tables it fills: where each word starts, in the text and in the list.
 */
function unitsOf(text: string, start: number, end: number): Unit[] {
  const units: Unit[] = []
  let word = 0
  let inWord = false
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isWordGap(c)) {
      if (inWord) word++
      inWord = false
      i++
      continue
    }
    if (!inWord && word < WORD_STARTS.length) {
      WORD_STARTS[word] = i
      WORD_UNITS[word] = units.length
    }
    inWord = true
    if (isHangulSyllable(c)) {
      units.push(pooledUnit(units.length, c, 1, i, i + 1, word, null))
      i++
      continue
    }
    let j = i + 1
    const punct = isJoiningPunct(c)
    while (j < end) {
      const d = text.charCodeAt(j)
      if (isWordGap(d) || isHangulSyllable(d) || isJoiningPunct(d) !== punct) break
      j++
    }
    units.push(pooledUnit(units.length, c, j - i, i, j, word, text.slice(i, j)))
    i = j
  }
  return units
}

/** What separates the words of a window and of its units: a space, a no-break space or a tab. */
function isWordGap(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09
}

/** One string per Hangul syllable, made on first read, so units do not allocate their text. */
const SYLLABLE_TEXTS: Array<string | undefined> = new Array(hangulSyllableCount)

function syllableText(code: number): string {
  return (SYLLABLE_TEXTS[code - hangulSyllableBase] ??= String.fromCharCode(code))
}

/**
 * Korean(English): `투자 수익률(ROI)`, `본투글로벌(Born2Global)`, `'정보기술'(IT)`,
 * `PDD 홀딩스(PDD Holdings)`. A known acronym takes exactly its Korean rendering; otherwise
 * words are added leftwards up to the acronym's letters (or the English words), never across
 * time words, adverbs, determiners, countries, words with digits or Chinese, or a clause end.
 */
function englishPair(text: string, bracket: Bracket, english: string): TermHit | null {
  let end = bracket.open
  if (end > 0 && (CODE_FLAGS[text.charCodeAt(end - 1)]! & QUOTE_CLOSING) !== 0) {
    const quoted = quotedSide(text, end)
    if (!quoted) return null
    const korean = text.slice(quoted.start, quoted.end).trim()
    if (!hasHangul(korean) || korean.split(SPACES).length > 4) return null
    return englishHit(text, bracket, quoted.start + text.slice(quoted.start).indexOf(korean), korean, english)
  }
  // One space may stand before the bracket (`사물 인터넷 (IoT)`), not after a sentence's verb.
  if (end > 1 && text.charCodeAt(end - 1) === 0x20 && text.charCodeAt(end - 2) !== 0x20) {
    if (CLAUSE_FINAL_SYLLABLES.includes(text[end - 2]!)) return null
    end--
  }
  const englishWords = wordCount(english)
  // A Latin word the English repeats may end the Korean side (`훙멍 OS(Harmony OS)`).
  let lastLatin = end
  while (lastLatin > 0 && isAsciiAlphanumeric(text.charCodeAt(lastLatin - 1))) lastLatin--
  const trailingLatin = lastLatin < end && repeatsWord(english, text.slice(lastLatin, end)) &&
    lastLatin > 1 && text[lastLatin - 1] === ' ' && isHangulSyllable(text.charCodeAt(lastLatin - 2))
  if (end === 0 || (!isHangulSyllable(text.charCodeAt(end - 1)) && !trailingLatin)) return null
  const known = knownRendering(text, end, english)
  if (known !== null) return englishHit(text, bracket, known, text.slice(known, end), english)
  const window = windowWords(text, end)
  const words = window.words
  if (words === 0) return null
  const acronym = englishWords === 1 && ACRONYM.test(english)
  // An acronym's Korean often has one word more than letters (`소비자 디지털화 운영 플랫폼(CXP)`).
  const maxWords = acronym ? Math.min(4, english.replace(NOT_UPPER, '').length + 1) : englishWords === 1 ? 1 : Math.min(4, englishWords)
  let first = words - 1
  while (first > 0 && words - first < maxWords) {
    const prevWord = text.slice(window.wordStarts[first - 1]!, window.wordStarts[first]!).trim()
    // A Latin word joins when the English repeats it (`PDD 홀딩스(PDD Holdings)`).
    if (!hasHangul(prevWord) && !repeatsWord(english, prevWord)) break
    const nameLike = !acronym && englishWords >= 2 && NAME_LIKE_ENDINGS.some((ending) => prevWord.endsWith(ending))
    if (hasHangul(prevWord) && ((endsWithClause(prevWord) && !nameLike) || KOREAN_ENGLISH_STOP_WORDS.has(prevWord) || isNotANamePart(prevWord))) break
    first--
  }
  const start = window.wordStarts[first]!
  const korean = text.slice(start, end).trim()
  if (!hasHangul(korean)) return null
  return englishHit(text, bracket, start, korean, english)
}

/** How many words (runs without white space) `text` has: `text.split(/\s+/).filter(Boolean).length`, counted in place. */
function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    if (isRegExpSpace(text.charCodeAt(i))) inWord = false
    else if (!inWord) {
      count++
      inWord = true
    }
  }
  return count
}

/**
 * `word` is one of the words of `english`, ignoring case. Asked only when a Latin word stands
 * next to the Korean side, so the English is split then, not for every pair.
 */
function repeatsWord(english: string, word: string): boolean {
  const lower = word.toLowerCase()
  for (const token of english.split(SPACES)) if (token !== '' && token.toLowerCase() === lower) return true
  return false
}

/** ASCII digits or Han characters in a word (`isHan`, by code point): a date, a number or a Chinese name, not a Korean side. */
function isNotANamePart(word: string): boolean {
  return hasAsciiDigit(word) || hasHan(word)
}
/** Joiners ignored when matching a known rendering (`뇌·컴퓨터 인터페이스`). */
const RENDERING_JOINERS = new Set([' ', '·', '-', '‧', '・'])
/** Known renderings, longest first, by acronym. */
const RENDERINGS = new Map(Object.entries(ACRONYM_KOREAN).map(([acronym, list]) => [acronym, [...list].sort((a, b) => b.length - a.length)]))

/** Start of a known Korean rendering of `english` ending at `end`, or null. */
function knownRendering(text: string, end: number, english: string): number | null {
  const renderings = RENDERINGS.get(english)
  if (!renderings) return null
  for (const rendering of renderings) {
    let i = end
    let r = rendering.length
    while (r > 0 && i > 0) {
      const c = text[i - 1]!
      if (c === rendering[r - 1]) {
        r--
        i--
      } else if (RENDERING_JOINERS.has(c) && r < rendering.length) i--
      else break
    }
    if (r === 0 && (i === 0 || !isHangulSyllable(text.charCodeAt(i - 1)))) return i
  }
  return null
}

function englishHit(text: string, bracket: Bracket, start: number, korean: string, english: string): TermHit {
  const evidence = categoryEvidence({korean, chinese: null, role: null, before: wordBefore(text, start), after: afterText(text, bracket.close)})
  const hit: TermHit = {
    start, end: bracket.close + 1, korean, chinese: null, english, gloss: null, role: null,
    kind: 'translation', category: evidence.category,
    confidence: 0.6, flags: [], standard: null, source: 'inline',
  }
  noteEvidence(hit, evidence.strength)
  return hit
}

/** Clause endings grouped by last UTF-16 code (a word can end only with those of its last code). */
const CLAUSE_ENDINGS_BY_LAST = groupByCode(KOREAN_CLAUSE_ENDINGS, (ending) => ending.charCodeAt(ending.length - 1))

function endsWithClause(word: string): boolean {
  const endings = CLAUSE_ENDINGS_BY_LAST.get(word.charCodeAt(word.length - 1))
  if (endings) for (const ending of endings) if (word.endsWith(ending)) return true
  return word.length > 0 && CLAUSE_FINAL_SYLLABLES.includes(word[word.length - 1]!)
}

interface Pending {
  start: number
  end: number
  korean: string
  content: BracketContent
  /** The Chinese side's candidates and simplified form (looked up once per pair). */
  side: Side
  alignment: Alignment | null
  units: Unit[]
  footnote: boolean
  bracket: Bracket
}

function finish(text: string, p: Pending): TermHit | null {
  const chinese = p.content.chinese!
  const simplified = p.side.simplified
  const verdict = judge(p.alignment, p.units, codePointCount(chinese))
  const before = wordBefore(text, p.start)
  const kind = p.alignment ? verdict.kind : 'translation'
  const evidence = categoryEvidence({
    korean: p.korean, chinese, simplified, role: p.content.role, before, after: afterText(text, p.bracket.close),
    readWhole: readWhole(p.alignment, verdict, chinese), age: p.content.age === true,
  })
  // Where the Korean side starts (at p.start in most pairs, where the search's first try finds it).
  const kStart = Math.max(p.start, text.indexOf(p.korean, p.start))
  if (evidence.category === 'person' && p.alignment) {
    const extra = nameFixes(p.alignment, p.units, chinese).filter((f) => !verdict.nonstandard.some((n) => n.from === f.from))
    if (extra.length > 0) {
      pushAll(verdict.nonstandard, extra)
      if (!verdict.flags.includes('nonstandard-spelling')) verdict.flags.push('nonstandard-spelling')
    }
  }
  const standard = standardSpelling(p.korean, kStart, verdict.nonstandard)
  const hit: TermHit = {
    start: p.start,
    end: p.end,
    korean: p.korean,
    chinese,
    english: p.content.english,
    gloss: p.content.gloss,
    role: p.content.role,
    kind,
    category: evidence.category,
    confidence: p.alignment ? verdict.confidence : 0.5,
    flags: verdict.flags,
    standard,
    source: 'inline',
    simplified,
  }
  if (p.footnote) hit.footnote = true
  noteEvidence(hit, evidence.strength)
  return hit
}

/** Every Chinese character is read by its readings and no syllable is left over (one slip allowed in three). */
function readWhole(alignment: Alignment | null, verdict: Verdict, chinese: string): boolean {
  if (alignment === null || verdict.conventional > 0) return false
  const chars = codePointCount(chinese)
  // A three-character name may have one slip (`장유사(张又侠)`: 侠 is 샤).
  const slips = chars === 3 ? 1 : 0
  return verdict.phonetic >= chars - slips && alignment.unmatchedUnits.length <= slips
}

interface Verdict {
  kind: TermKind
  flags: string[]
  confidence: number
  phonetic: number
  conventional: number
  nonstandard: SpellingFix[]
}

/** Kind, flags and confidence from an alignment over `units` (the span's units). */
function judge(alignment: Alignment | null, units: Unit[], charCount: number): Verdict {
  const verdict: Verdict = {kind: 'translation', flags: [], confidence: 0.5, phonetic: 0, conventional: 0, nonstandard: []}
  if (!alignment) return verdict
  const ops = alignment.ops
  let translitLike = true
  let hanjaLike = true
  let anyTranslitOnly = false
  for (const op of ops) {
    if (op.type === 'conventional') {
      verdict.conventional += op.chars
      continue
    }
    verdict.phonetic += op.chars
    if (op.type === 'hanja') translitLike = false
    if (op.type === 'translit' || op.type === 'nonstandard' || op.type === 'convention-sound') {
      hanjaLike = false
      anyTranslitOnly = true
    }
    if (op.type === 'nonstandard' && op.official) {
      const first = units[op.unit]
      const last = units[op.unit + op.units - 1]
      if (first && last) verdict.nonstandard.push({from: first.start, to: last.end, official: op.official})
    }
  }
  // Gaps between matches: one Chinese character facing 1–3 unexplained syllables is a
  // reading mismatch when the rest of the pair is read by sound.
  let hangulUnits = 0
  for (const unit of units) if (isSyllableUnit(unit)) hangulUnits++
  let mismatchUnits = 0
  let mismatchChars = 0
  const read = verdict.phonetic + verdict.conventional
  if (charCount <= 5 && read >= Math.ceil((charCount - 1) / 2) && read > 0) {
    // The gaps before, between and after the matches, in order: Chinese characters and
    // unmatched Hangul units in each (empty gaps included), counted in place.
    const unmatchedUnits = alignment.unmatchedUnits
    let prevChar = 0
    let prevUnit = 0
    for (let o = 0; o <= ops.length; o++) {
      let chars: number
      let gapUnits: number
      if (o < ops.length) {
        const op = ops[o]!
        chars = op.char - prevChar
        gapUnits = unmatchedHangul(unmatchedUnits, units, prevUnit, op.unit)
        prevChar = op.char + op.chars
        prevUnit = op.unit + op.units
      } else {
        let totalChars = prevChar
        for (const c of alignment.unmatchedChars) if (c >= prevChar) totalChars++
        chars = totalChars - prevChar
        gapUnits = unmatchedHangul(unmatchedUnits, units, prevUnit, units.length)
      }
      if (chars === 1 && gapUnits >= 1 && gapUnits <= 3) {
        if (!verdict.flags.includes('reading-mismatch')) verdict.flags.push('reading-mismatch')
        mismatchUnits += gapUnits
        mismatchChars += 1
      }
    }
  }
  if (verdict.nonstandard.length > 0) verdict.flags.push('nonstandard-spelling')
  const unexplainedChars = alignment.unmatchedChars.length - mismatchChars
  const unexplainedUnits = alignment.unmatchedUnits.length - mismatchUnits
  const translated = verdict.conventional > 0 || unexplainedChars > 0 || unexplainedUnits > 0
  if (verdict.phonetic === 0) verdict.kind = 'translation'
  else if (translated) verdict.kind = 'mixed'
  else if (translitLike) verdict.kind = 'transliteration'
  else if (hanjaLike) verdict.kind = 'sino-korean'
  else verdict.kind = anyTranslitOnly ? 'mixed' : 'sino-korean'
  const matchedChars = verdict.phonetic + verdict.conventional
  const cover = charCount > 0 ? matchedChars / charCount : 0
  const unitCover = hangulUnits > 0 ? 1 - alignment.unmatchedUnits.length / hangulUnits : 0
  let confidence = 0.5 + 0.45 * cover * Math.max(0, unitCover)
  if (verdict.flags.includes('reading-mismatch')) confidence -= 0.1
  verdict.confidence = Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100
  return verdict
}

/** Unmatched Hangul units in [from, to). */
function unmatchedHangul(unmatchedUnits: readonly number[], units: readonly Unit[], from: number, to: number): number {
  let n = 0
  for (const u of unmatchedUnits) if (u >= from && u < to && isSyllableUnit(units[u]!)) n++
  return n
}

function wordBefore(text: string, start: number): string {
  let e = start
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--
  let s = e
  while (s > 0 && s > e - 12 && text.charCodeAt(s - 1) !== 0x20 && !isLeftDelimiter(text.charCodeAt(s - 1))) s--
  return text.slice(s, e)
}

function afterText(text: string, close: number): string {
  return text.slice(close + 1, close + 24)
}

/** Split an editor's note line `(*양화융합 편집자 주: 两化融合, …)` into its term and text. */
export function splitEditorNote(line: string): {noteTerm: string; text: string; offset: number} | null {
  const marker = line.indexOf(EDITOR_NOTE_LABEL)
  if (marker < 0 || marker > 80) return null
  let s = 0
  while (s < marker && (line[s] === ' ' || line[s] === '\t')) s++
  if (line[s] === '(' || line[s] === '（') s++
  if (line[s] !== '*') return null
  const noteTerm = line.slice(s + 1, marker).trim()
  if (!noteTerm) return null
  let t = marker + EDITOR_NOTE_LABEL.length
  while (t < line.length && line[t] === ' ') t++
  if (line[t] !== ':' && line[t] !== '：') return null
  t++
  while (t < line.length && line[t] === ' ') t++
  let end = line.length
  while (end > t && /\s/.test(line[end - 1]!)) end--
  if (line[s - 1] === '(' && line[end - 1] === ')') end--
  return {noteTerm, text: line.slice(t, end), offset: t}
}

const HANGUL = new RegExp(`[${hangulSyllableClass}]`)
/** One character that `trimNoteHead` drops; a loop, because `/[…]+$/` backtracks quadratically on a long run. */
const NOTE_HEAD_END_CHAR = /[\s,，;:]/
const NOTE_TAIL_ENGLISH = /^\s*[,，]\s*([A-Za-z][A-Za-z0-9 .&'\-]{1,60}?)\s*[,.;]/
const NOTE_GLOSS_LEAD = /^[\s,，.。;:]+/

function trimNoteHead(text: string): string {
  let end = text.length
  while (end > 0 && NOTE_HEAD_END_CHAR.test(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** `两化融合, 정보화와 …` with noteTerm `양화융합` → one hit with the explanation as gloss. */
function extractNote(text: string, noteTerm: string): TermHit | null {
  const firstHangul = text.search(HANGUL)
  let h = 0
  while (h < text.length && !isIdeographAt(text, h)) h++
  if (h >= text.length || (firstHangul >= 0 && firstHangul < h)) return null
  let e = h
  while (e < text.length && isIdeographAt(text, e)) e += codeUnits(text.codePointAt(e)!)
  const chinese = text.slice(h, e)
  if (e - h > MAX_CHINESE) return null
  const head = trimNoteHead(text.slice(0, h)).trim()
  let english: string | null = LATIN.test(head) ? head : null
  let rest = text.slice(e)
  const tailEnglish = NOTE_TAIL_ENGLISH.exec(rest)
  if (!english && tailEnglish) {
    english = tailEnglish[1]!.trim()
    rest = rest.slice(tailEnglish[0].length)
  }
  const gloss = rest.replace(NOTE_GLOSS_LEAD, '').trim() || null
  const korean = noteTerm.trim()
  let alignment: Alignment | null = null
  let units: Unit[] = []
  if (korean) {
    units = unitsOf(korean, 0, korean.length)
    if (units.length > 0) alignment = alignSuffixes(units, chineseCandidates(chinese)).trace(0)
  }
  const verdict = judge(alignment, units, codePointCount(chinese))
  const kind = alignment ? verdict.kind : 'translation'
  const evidence = categoryEvidence({
    korean, chinese, role: null, before: '', after: '', readWhole: readWhole(alignment, verdict, chinese),
  })
  const hit: TermHit = {
    start: h,
    end: e,
    korean,
    chinese,
    english,
    gloss,
    role: null,
    kind,
    category: evidence.category,
    confidence: alignment ? verdict.confidence : 0.5,
    flags: verdict.flags,
    standard: standardSpelling(korean, 0, verdict.nonstandard),
    source: 'note',
    simplified: simplifiedSide(chinese),
  }
  noteEvidence(hit, evidence.strength)
  return hit
}

/** Number of code points (a character outside the BMP counts once; spaces do not count). */
function codePointCount(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20) continue
    if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count++
  }
  return count
}
