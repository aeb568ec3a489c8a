/**
 * The events of one text, read in one forward pass once the figures are known: where a window
 * break, a change cue or a basis cue starts, and where the round brackets are. The window pass
 * replays these events instead of walking the text, and the subject pass looks up the last
 * break or bracket before a figure in these lists instead of reading the text backwards.
 */
import { BASIS_CUES, CHANGE_CUES, CHANGE_MAX_GAP, CHANGE_VERB_SUFFIXES, type BasisCue, type ChangeCue } from '../data/figure-cues.js'
import { CodeSet, WordStarts, hangulAt, spaceAt, wordIndex, words } from './chars.js'
import { QUANTITY, type Draft } from './draft.js'
import { BREAK_FIRSTS, isBreak } from './sentence.js'

export const CHANGE_INDEX = wordIndex(CHANGE_CUES)
export const BASIS_INDEX = wordIndex(BASIS_CUES)
const VERB_SUFFIXES = wordIndex(words(CHANGE_VERB_SUFFIXES))
/**
 * Where any window event (break, change or basis cue) can start, by its first two characters:
 * elsewhere the pass moves on at once. Breaks are one character (`.`, `,`, `\n` …).
 */
const EVENT_START = new WordStarts([...BREAK_FIRSTS, ...CHANGE_CUES.map((c) => c.word), ...BASIS_CUES.map((c) => c.word)])
const OPEN_PAREN = 0x28
const CLOSE_PAREN = 0x29
/** The code units an event or a bracket starts with: the pass reads on past any other at once. */
const EVENT_FIRST = new CodeSet([...BREAK_FIRSTS, ...CHANGE_CUES.map((c) => c.word), ...BASIS_CUES.map((c) => c.word), '(', ')'])

/** What starts at `at` and how long it is: a change cue, a basis cue, or (neither) a break. */
export interface WindowEvent {
  readonly at: number
  readonly length: number
  readonly change: ChangeCue | null
  readonly basis: BasisCue | null
}

export interface Events {
  /**
   * Where the window pass stops: only quantities take a change or a basis, and past the last one
   * only a change verb within `CHANGE_MAX_GAP` could still reach it (0: no quantity, no pass).
   */
  readonly windowEnd: number
  /** Window events, one at each position where one starts, in text order (they may overlap). */
  readonly window: readonly WindowEvent[]
  /** Where a break starts, in order. */
  readonly breaks: readonly number[]
  /** Where a `(` or `)` is, in order. */
  readonly brackets: readonly number[]
}

const NONE: Events = { windowEnd: 0, window: [], breaks: [], brackets: [] }

/**
 * The events of `text` before the end of what the later passes read: the window pass stops at
 * `windowEnd`, and the subject pass looks back from figure starts. A text without quantities
 * needs none.
 */
export function readEvents(text: string, drafts: readonly Draft[]): Events {
  let lastEnd = -1
  let start = 0
  for (const d of drafts) {
    if (QUANTITY.has(d.kind)) lastEnd = Math.max(lastEnd, d.end)
    start = Math.max(start, d.start)
  }
  if (lastEnd < 0) return NONE
  const windowEnd = Math.min(text.length, lastEnd + CHANGE_MAX_GAP + 1)
  const to = Math.max(windowEnd, start)
  const window: WindowEvent[] = []
  const breaks: number[] = []
  const brackets: number[] = []
  // `to` is within the text: its code units are read directly
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i)
    if (!EVENT_FIRST.has(c)) continue
    if (c === OPEN_PAREN || c === CLOSE_PAREN) brackets.push(i)
    if (!EVENT_START.at(text, i)) continue
    const br = isBreak(text, i)
    if (br) {
      breaks.push(i)
      window.push({ at: i, length: br, change: null, basis: null })
      continue
    }
    const ch = CHANGE_INDEX.at(text, i)
    if (ch && (!ch.noun || nounIsVerb(text, i + ch.word.length))) {
      window.push({ at: i, length: ch.word.length, change: ch, basis: null })
      continue
    }
    const bs = BASIS_INDEX.at(text, i)
    if (bs) window.push({ at: i, length: bs.word.length, change: null, basis: bs })
  }
  return { windowEnd, window, breaks, brackets }
}

/** A change noun (`증가`) used as a verb: a verb suffix follows, or no Hangul word does. */
function nounIsVerb(text: string, end: number): boolean {
  if (!hangulAt(text, end)) return !(spaceAt(text, end) && hangulAt(text, end + 1))
  return VERB_SUFFIXES.at(text, end) !== null
}

/** The last position of the ordered `list` in [floor, pos), else -1. */
export function lastBefore(list: readonly number[], pos: number, floor: number): number {
  // the first index whose position is `pos` or more
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! < pos) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && list[lo - 1]! >= floor ? list[lo - 1]! : -1
}
