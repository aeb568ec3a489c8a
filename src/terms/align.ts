/**
 * Monotone alignment of a Korean span (syllables and other runs) with the characters of a
 * Chinese term. Each Chinese character may be matched by one of its readings (hanja,
 * official or non-standard transliteration), a run of characters by a conventional rendering
 * (腾讯 → 텐센트), and both sides may leave units out at a cost. The table is
 * (units + 1) × (chars + 1), so a pair costs O(units · chars · readings).
 */
import {CONVENTIONAL_RENDERINGS, type ConventionalRendering} from '../data/term-conventional.js'
import {charReadings, toSimplified, toTraditional} from './readings.js'
import {pushAll} from '../util/arrays.js'
import {CHINESE_DIGITS} from '../data/number-words.js'
import {codeUnits, isHangulSyllable} from '../util/chars.js'
import {CodeTable} from './code-table.js'
import {memo} from '../util/memo.js'

export type MatchType = 'hanja' | 'translit' | 'both' | 'nonstandard' | 'conventional' | 'convention-sound'

export interface AlignOp {
  /** Index of the first Chinese character matched, and how many. */
  char: number
  chars: number
  /** Index of the first Korean unit matched, and how many. */
  unit: number
  units: number
  type: MatchType
  /** For `nonstandard`: the official spelling of the matched units. */
  official?: string
}

export interface Alignment {
  score: number
  ops: AlignOp[]
  /** Chinese characters left unmatched, Korean units left unmatched (Hangul only). */
  unmatchedChars: number[]
  unmatchedUnits: number[]
}

/** A Korean unit as the aligner reads it: a syllable, or a run of other characters. */
export interface UnitText {
  readonly text: string
  /** `text.charCodeAt(0)` and `text.length`, read without loading the text. */
  readonly first: number
  readonly length: number
}

interface Candidate {
  chars: number
  text: string
  /** First UTF-16 code of `text` (NaN when empty): a match must start with it. */
  first: number
  /** `text.length`, read in the aligner's inner loop without loading the string. */
  length: number
  type: MatchType
  gain: number
  official?: string
}

const GAIN = 2
const GAIN_NONSTANDARD = 1.8
const SKIP_CHAR = 0.6
const SKIP_SYLLABLE = 0.5
const SKIP_PUNCT = 0.05
/** Longest conventional rendering tried, in characters. */
const MAX_CONVENTIONAL = 8

function candidate(chars: number, text: string, type: MatchType, gain: number, official?: string): Candidate {
  const made: Candidate = {chars, text, first: text.charCodeAt(0), length: text.length, type, gain}
  if (official !== undefined) made.official = official
  return made
}

/**
 * Reading candidates of one character, built once per process, by code point: when the
 * character's traditional form is itself (most characters), in a code table (no key string,
 * no hashing); else in a map by the pair of codes, as one number.
 */
const readingsBySelf = new CodeTable<readonly Candidate[]>()
const readingsByPair = new Map<number, readonly Candidate[]>()

/** Candidates for one character (`code`, its traditional form `traditional`), cached. */
function readingCandidatesOf(code: number, traditional: number): readonly Candidate[] {
  if (code === traditional) {
    return readingsBySelf.get(code) ?? readingsBySelf.set(code, readingCandidates(String.fromCodePoint(code), String.fromCodePoint(code)))
  }
  // Both are code points (below 0x110000): the key is exact.
  const key = code * 0x110000 + traditional
  let list = readingsByPair.get(key)
  if (list === undefined) readingsByPair.set(key, (list = readingCandidates(String.fromCodePoint(code), String.fromCodePoint(traditional))))
  return list
}

/** Candidates for one character from its readings: hanja, official, then non-standard. */
function readingCandidates(char: string, traditional: string): readonly Candidate[] {
  const readings = charReadings(char, traditional)
  const seen = new Map<string, Candidate>()
  for (const text of readings.hanja) seen.set(text, candidate(1, text, 'hanja', GAIN))
  for (const text of readings.translit) {
    const prior = seen.get(text)
    if (prior) prior.type = 'both'
    else seen.set(text, candidate(1, text, 'translit', GAIN))
  }
  for (const [text, official] of readings.nonstandard) {
    if (!seen.has(text)) seen.set(text, candidate(1, text, 'nonstandard', GAIN_NONSTANDARD, official))
  }
  return [...seen.values()]
}

/** Conventional renderings by simplified key, and every prefix of a key (to stop extending early). */
const CONVENTIONAL = new Map(Object.entries(CONVENTIONAL_RENDERINGS))
const CONVENTIONAL_PREFIXES = new Set(
  [...CONVENTIONAL.keys()].flatMap((key) => {
    const chars = [...key]
    return chars.map((_, n) => chars.slice(0, n + 1).join(''))
  }),
)

/** The first UTF-16 code of every conventional key: a substring starting with any other code is no prefix of one. */
const CONVENTIONAL_FIRST_CODES = new Set([...CONVENTIONAL.keys()].map((key) => key.charCodeAt(0)))

/** The conventional rendering of a whole (simplified) Chinese word, if it has one. */
export function conventionalRendering(simplified: string): ConventionalRendering | undefined {
  return CONVENTIONAL.get(simplified)
}

/** Conventional renderings (腾讯 → 텐센트) as candidates, by simplified key; built once per key. */
const conventionalCache = new Map<string, readonly Candidate[]>()

function conventionalCandidates(key: string, chars: number): readonly Candidate[] | undefined {
  const entry = CONVENTIONAL.get(key)
  if (!entry) return undefined
  let list = conventionalCache.get(key)
  if (!list) {
    const type: MatchType = entry.kind === 'transliteration' ? 'convention-sound' : 'conventional'
    list = entry.korean.map((korean) => candidate(chars, korean, type, GAIN * chars))
    conventionalCache.set(key, list)
  }
  return list
}

/** The code points of `text`, one number each (a lone surrogate as itself, as `[...text]` gives it). */
function codePoints(text: string): number[] {
  const codes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    codes.push(code)
    if (code > 0xffff) i++
  }
  return codes
}

/** What the aligner reads of a Chinese side. */
export interface Candidates {
  /** Candidates for matches starting at each Chinese character. */
  readonly lists: ReadonlyArray<readonly Candidate[]>
  /**
   * The reach-mask slots of the candidates' first codes, as (slot, bits of the characters with
   * a candidate starting in that slot) pairs; null for a side too long to mask.
   */
  readonly reach: Int32Array | null
}

/**
 * What is kept of a Chinese side as written: its candidate lists with their reach, and its
 * simplified form. A term recurs within an issue (287 has 101 Chinese sides, 52 of them
 * distinct) and from issue to issue, and these depend on nothing else. Emptied when full, so
 * memory stays bounded in a long batch.
 */
export interface Side extends Candidates {
  readonly simplified: string
}

/**
 * Candidates for matches starting at each Chinese character, with their reach. The lists and
 * candidates are shared between calls: read them, never change them.
 */
export const chineseCandidates: (written: string) => Side = memo(4096, candidatesOf)

/** `toSimplified(written)`, kept with the side's candidates (no conversion for a side seen before). */
export function simplifiedSide(written: string): string {
  return chineseCandidates(written).simplified
}

/** The candidate lists of a side as written, and its simplified form. */
function candidatesOf(written: string): Side {
  // A space inside the Chinese (`華為 海思`) is not a character to read.
  const spaced = written.includes(' ')
  const chinese = spaced ? written.replace(/ /g, '') : written
  const chars = codePoints(chinese)
  const traditionalText = toTraditional(chinese)
  const simplifiedText = toSimplified(chinese)
  const traditional = traditionalText === chinese ? chars : codePoints(traditionalText)
  const simplified = simplifiedText === chinese ? chars : codePoints(simplifiedText)
  const sameLength = traditional.length === chars.length
  const sameSimplified = simplified.length === chars.length
  const result: Array<readonly Candidate[]> = new Array(chars.length)
  for (let j = 0; j < chars.length; j++) {
    const char = chars[j]!
    result[j] = readingCandidatesOf(char, sameLength ? traditional[j]! : char)
  }
  // Conventional renderings of substrings (keys are simplified), after the readings.
  const simple = sameSimplified ? simplified : chars
  const simpleText = sameSimplified ? simplifiedText : chinese
  // `from`: the UTF-16 offset of character j in simpleText; keys are sliced from it.
  for (let j = 0, from = 0; j < simple.length; from += codeUnits(simple[j]!), j++) {
    if (!CONVENTIONAL_FIRST_CODES.has(simpleText.charCodeAt(from))) continue
    let to = from
    let extended: Candidate[] | null = null
    for (let k = j; k < simple.length && k < j + MAX_CONVENTIONAL; k++) {
      to += codeUnits(simple[k]!)
      const key = simpleText.slice(from, to)
      if (!CONVENTIONAL_PREFIXES.has(key)) break
      const found = conventionalCandidates(key, k - j + 1)
      if (!found) continue
      extended ??= [...result[j]!]
      pushAll(extended, found)
    }
    if (extended) result[j] = extended
  }
  // Chinese numerals read as Arabic digits (三 → 3, 十九 → 19), as in `3개 보장(三保)`.
  for (let j = 0; j < chars.length; j++) {
    let k = j
    while (k < chars.length && k < j + 4 && isChineseDigit(chars[k]!)) k++
    for (let end = k; end > j; end--) {
      const value = numeralValue(chars, j, end)
      if (value === null) continue
      result[j] = [...result[j]!, candidate(end - j, String(value), 'conventional', GAIN * (end - j))]
    }
  }
  // Without a space the side is the text converted above: no second conversion.
  return {lists: result, reach: reachOf(result), simplified: spaced ? toSimplified(written) : simplifiedText}
}

/** The (slot, bits) pairs of `markReach`, merged once per side; null beyond MAX_MASKED_CHARS characters. */
function reachOf(lists: ReadonlyArray<readonly Candidate[]>): Int32Array | null {
  if (lists.length > MAX_MASKED_CHARS) return null
  const bits = new Map<number, number>()
  for (let j = 0; j < lists.length; j++) {
    for (const {first} of lists[j]!) {
      // An empty text has no first code (NaN): it starts no match.
      if (first !== first) continue
      const slot = first & REACH_SLOTS
      bits.set(slot, (bits.get(slot) ?? 0) | (1 << j))
    }
  }
  const pairs = new Int32Array(bits.size * 2)
  let k = 0
  for (const [slot, mask] of bits) {
    pairs[k++] = slot
    pairs[k++] = mask
  }
  return pairs
}

/** The value of each Chinese digit (十 is ten) by its code point. */
const DIGIT_VALUES = new Map(Object.entries(CHINESE_DIGITS).map(([digit, value]) => [digit.codePointAt(0)!, value]))

function isChineseDigit(code: number): boolean {
  return DIGIT_VALUES.has(code)
}

/** Value of a simple Chinese numeral (一 … 九十九), the digits `codes[from]` to `codes[to - 1]`, or null. */
function numeralValue(codes: readonly number[], from: number, to: number): number | null {
  const digits: number[] = []
  for (let k = from; k < to; k++) digits.push(DIGIT_VALUES.get(codes[k]!)!)
  if (digits.length === 1) return digits[0]!
  const ten = digits.indexOf(10)
  if (ten < 0 || digits.lastIndexOf(10) !== ten || digits.length > 3) return null
  const tens = ten === 0 ? 1 : ten === 1 ? digits[0]! : null
  const ones = ten === digits.length - 1 ? 0 : digits.length - ten === 2 ? digits[ten + 1]! : null
  if (tens === null || ones === null || tens === 10 || ones === 10) return null
  return tens * 10 + ones
}

/**
 * Scratch tables of `alignSuffixes`, reused from call to call (they are the bulk of its
 * allocation). Each call bumps `generation`; an aligner from an earlier call throws.
 */
let scoreTable = new Float64Array(0)
let choiceTable = new Int32Array(0)
let unitsTable = new Int32Array(0)
/** Per unit: the cost of leaving it out, its first UTF-16 code, and its length. */
let skipCostTable = new Float64Array(0)
let unitFirstTable = new Int32Array(0)
let unitLengthTable = new Int32Array(0)
let generation = 0

function scratch(size: number, units: number): void {
  if (scoreTable.length < size) {
    const capacity = Math.max(size, scoreTable.length * 2, 1024)
    scoreTable = new Float64Array(capacity)
    choiceTable = new Int32Array(capacity)
    unitsTable = new Int32Array(capacity)
  }
  if (skipCostTable.length < units) {
    const capacity = Math.max(units, skipCostTable.length * 2, 128)
    skipCostTable = new Float64Array(capacity)
    unitFirstTable = new Int32Array(capacity)
    unitLengthTable = new Int32Array(capacity)
  }
}

/**
 * Best alignment of every suffix of `units` (starting at each index) with the whole Chinese
 * side. Returns an `Aligner` giving the score for a start, and tracing the alignment from a
 * start (unit indices in it are relative to that start). The result is valid until the next
 * call of `alignSuffixes`. The table's rows are filled on demand, from the last unit up to the
 * earliest start asked about: a caller that never asks about the early units never pays for them.
 */
export function alignSuffixes(units: readonly UnitText[], side: Candidates): Aligner {
  const nK = units.length
  const nC = side.lists.length
  const width = nC + 1
  scratch((nK + 1) * width, nK)
  const score = scoreTable
  // choice: 0 = end, 1 = skip unit, 2 = skip char, 3+ = candidate index + units matched
  const choice = choiceTable
  const matchUnits = unitsTable
  const mine = ++generation
  const skipUnitCost = skipCostTable
  const unitFirst = unitFirstTable
  const unitLength = unitLengthTable
  for (let i = 0; i < nK; i++) {
    const unit = units[i]!
    skipUnitCost[i] = unitCost(unit)
    unitFirst[i] = unit.first
    unitLength[i] = unit.length
  }
  // The last row: only Chinese characters are left, each skipped.
  const last = nK * width
  score[last + nC] = 0
  choice[last + nC] = 0
  matchUnits[last + nC] = 0
  for (let j = nC - 1; j >= 0; j--) {
    score[last + j] = score[last + j + 1]! - SKIP_CHAR
    choice[last + j] = 2
    matchUnits[last + j] = 0
  }
  return new Aligner(mine, units, side)
}

/** Fill the rows of the units from `from` up to `to` (exclusive; the rows from `to` on are filled). */
function fillRows(units: readonly UnitText[], side: Candidates, from: number, to: number): void {
  const candidates = side.lists
  const nC = candidates.length
  const width = nC + 1
  const score = scoreTable
  const choice = choiceTable
  const matchUnits = unitsTable
  const skipUnitCost = skipCostTable
  const unitFirst = unitFirstTable
  const unitLength = unitLengthTable
  // Which cells can start a match at all: most units start no reading of most characters, and
  // those cells need not look at the candidates. Bit j of a slot is set when a candidate of
  // character j starts with a code of that slot (codes share slots: a set bit only means
  // "look"; the loop still compares the codes). Up to 31 characters; a longer side looks at
  // the candidates of every cell.
  const reach = side.reach
  const masked = reach !== null
  if (masked) markReach(reach, true)
  for (let i = to - 1; i >= from; i--) {
    const row = i * width
    const below = row + width
    const cost = skipUnitCost[i]!
    // The last column: only units are left, each skipped.
    score[row + nC] = score[below + nC]! - cost
    choice[row + nC] = 1
    matchUnits[row + nC] = 0
    const mask = masked ? reachMasks[unitFirst[i]! & REACH_SLOTS]! : -1
    const first = unitFirst[i]!
    const single = unitLength[i] === 1
    for (let j = nC - 1; j >= 0; j--) {
      const at = row + j
      // Ties keep the earlier choice: skip the unit, then skip the character, then the candidates in order.
      let best = score[below + j]! - cost
      let pick = 1
      let pickUnits = 0
      const s = score[at + 1]! - SKIP_CHAR
      if (s > best) {
        best = s
        pick = 2
      }
      if (((mask >>> j) & 1) === 1) {
        const list = candidates[j]!
        for (let c = 0; c < list.length; c++) {
          const cand = list[c]!
          if (cand.first !== first) continue
          // A one-code reading matches a one-code unit with the same code (what matchAt finds).
          const used = cand.length === 1 ? (single ? 1 : 0) : matchAt(units, i, cand.text)
          if (used === 0) continue
          const s = score[(i + used) * width + j + cand.chars]! + cand.gain
          if (s > best + 1e-9) {
            best = s
            pick = 3 + c
            pickUnits = used
          }
        }
      }
      score[at] = best
      choice[at] = pick
      matchUnits[at] = pickUnits
    }
  }
  if (masked) markReach(reach, false)
}

/** Longest Chinese side whose characters fit in the reach masks. */
const MAX_MASKED_CHARS = 31
/** Slots of the reach masks, by the low bits of a code (small enough to stay in the fastest cache). */
const REACH_SLOTS = 0x3ff
const reachMasks = new Int32Array(REACH_SLOTS + 1)

/** Set (`on`) or clear the reach bits of a side's (slot, bits) pairs. */
function markReach(reach: Int32Array, on: boolean): void {
  for (let k = 0; k < reach.length; k += 2) {
    const slot = reach[k]!
    reachMasks[slot] = on ? reachMasks[slot]! | reach[k + 1]! : 0
  }
}

/**
 * The tables of one `alignSuffixes` call, read through `scoreAt`, `walk` and `trace` (one
 * object, no closures). Valid until the next call.
 */
export class Aligner {
  private readonly nK: number
  private readonly nC: number
  private readonly candidates: ReadonlyArray<readonly Candidate[]>
  /** The rows of the units from this index on are filled (`nK`: only the last row). */
  private filledFrom: number

  constructor(
    private readonly generation: number,
    private readonly units: readonly UnitText[],
    private readonly side: Candidates,
  ) {
    this.nK = units.length
    this.nC = side.lists.length
    this.candidates = side.lists
    this.filledFrom = this.nK
  }

  /** Check the aligner is the latest, and fill the rows from `start` on if they are not yet. */
  private rowsFrom(start: number): void {
    if (this.generation !== generation) throw new Error('kic terms: an aligner is valid only until the next alignSuffixes call')
    if (start < this.filledFrom) {
      fillRows(this.units, this.side, start, this.filledFrom)
      this.filledFrom = start
    }
  }

  /** Score of the best alignment of the units from `start` with the whole Chinese side. */
  scoreAt(start: number): number {
    this.rowsFrom(start)
    return scoreTable[start * (this.nC + 1)]!
  }

  /**
   * No start can score higher than `score`: every character read at full gain. No candidate
   * gains more than GAIN per character it reads, and leaving out a unit or a character costs,
   * so GAIN times the characters is the most any alignment scores (in floating point too: the
   * scores are built by adding gains and subtracting costs, and rounding keeps order).
   */
  isBestPossible(score: number): boolean {
    return score >= GAIN * this.nC
  }

  /**
   * That alignment (unit indices relative to `start`), made anew on each call: the extractor
   * traces one start per aligner, the one it takes, and asks `walk` about the others. Its
   * lists are made at their exact sizes (counted by a walk first).
   */
  trace(start: number): Alignment {
    this.rowsFrom(start)
    this.follow(start, null)
    const made: Alignment = {
      score: scoreTable[start * (this.nC + 1)]!,
      ops: new Array<AlignOp>(walked.ops),
      unmatchedChars: new Array<number>(walked.unmatchedChars),
      unmatchedUnits: new Array<number>(walked.unmatchedUnitCount),
    }
    this.follow(start, made)
    return made
  }

  /**
   * What the extractor asks of the alignment from `start` while it chooses a start, read off
   * the tables without making a trace (most starts it asks about are never taken): the
   * Chinese characters left unmatched, the first matched unit, and the unmatched units. The
   * answer is one shared object, valid until the next `walk`, `trace` or `alignSuffixes` call.
   */
  walk(start: number): Walk {
    this.rowsFrom(start)
    this.follow(start, null)
    return walked
  }

  /**
   * Follow the choices from `start` to the end of both sides: counts into `walked` (and the
   * unmatched units into its scratch table), and the ops and unmatched indices into `trace`
   * when one is given (its lists already of the walked sizes).
   */
  private follow(start: number, trace: Alignment | null): void {
    const {nK, nC, candidates} = this
    const width = nC + 1
    const choice = choiceTable
    const matchUnits = unitsTable
    if (walked.unmatchedUnits.length < nK) walked.unmatchedUnits = new Int32Array(Math.max(nK, walked.unmatchedUnits.length * 2))
    const unmatched = walked.unmatchedUnits
    let unmatchedUnits = 0
    let unmatchedChars = 0
    let ops = 0
    let firstMatchedUnit = -1
    let i = start
    let j = 0
    while (i < nK || j < nC) {
      const here = i * width + j
      const pick = choice[here]!
      if (pick === 1) {
        if (skipCostTable[i]! >= SKIP_SYLLABLE) {
          if (trace) trace.unmatchedUnits[unmatchedUnits] = i - start
          unmatched[unmatchedUnits++] = i - start
        }
        i++
      } else if (pick === 2) {
        if (trace) trace.unmatchedChars[unmatchedChars] = j
        unmatchedChars++
        j++
      } else {
        const cand = candidates[j]![pick - 3]!
        const used = matchUnits[here]!
        if (firstMatchedUnit < 0) firstMatchedUnit = i - start
        if (trace) {
          const op: AlignOp = {char: j, chars: cand.chars, unit: i - start, units: used, type: cand.type}
          if (cand.official) op.official = cand.official
          trace.ops[ops] = op
        }
        ops++
        i += used
        j += cand.chars
      }
    }
    walked.unmatchedChars = unmatchedChars
    walked.firstMatchedUnit = firstMatchedUnit
    walked.unmatchedUnitCount = unmatchedUnits
    walked.ops = ops
  }
}

/** What `Aligner.walk` reads of an alignment (unit indices relative to its start). */
export interface Walk {
  /** How many Chinese characters are left unmatched. */
  unmatchedChars: number
  /** The first unit of the first match, or -1 when nothing matches. */
  firstMatchedUnit: number
  /** The unmatched (Hangul-cost) units, in increasing order, in the first `unmatchedUnitCount` slots. */
  unmatchedUnits: Int32Array
  unmatchedUnitCount: number
  /** How many matches (ops) the alignment has. */
  ops: number
}

/** The one answer of `Aligner.walk`, reused. */
const walked: Walk = {unmatchedChars: 0, firstMatchedUnit: -1, unmatchedUnits: new Int32Array(128), unmatchedUnitCount: 0, ops: 0}

/** How many units from `i` spell `text` exactly, or 0. */
function matchAt(units: readonly UnitText[], i: number, text: string): number {
  let offset = 0
  let u = i
  while (offset < text.length && u < units.length) {
    const unit = units[u]!
    // A one-code unit is compared by its code (what startsWith finds), without its text.
    if (unit.length === 1 ? text.charCodeAt(offset) !== unit.first : !text.startsWith(unit.text, offset)) return 0
    offset += unit.length
    u++
  }
  return offset === text.length ? u - i : 0
}

function unitCost(unit: UnitText): number {
  if (isHangulSyllable(unit.first)) return SKIP_SYLLABLE
  const text = unit.text
  if (text.length === 0) return SKIP_SYLLABLE
  for (let i = 0; i < text.length; i++) if (!isJoiningPunct(text.charCodeAt(i))) return SKIP_SYLLABLE
  return SKIP_PUNCT
}

/**
 * The punctuation inside names (`-&+~_.`): a unit made only of it costs little to leave out,
 * and the extractor's units keep a run of it apart from other characters.
 */
export function isJoiningPunct(code: number): boolean {
  return code === 0x2d || code === 0x26 || code === 0x2b || code === 0x7e || code === 0x5f || code === 0x2e
}
