/**
 * Change (증가/감소) and basis (전년 대비 …) of figures, read per sentence.
 *
 * A basis cue applies to the quantities that follow it; a change verb applies
 * to the quantities before it, back to the previous change verb or clause end.
 * When a window holds rates (%, %p, 배), the verb belongs to the rates; a
 * figure marked as a level by `(으)로` before a later figure is left alone
 * (`130.9로 전월 대비 2.4% 상승`).
 */
import { BASIS_CUES, CHANGE_CUES, CHANGE_MAX_GAP, CHANGE_VERB_SUFFIXES, LEVEL_PARTICLES, type BasisCue, type ChangeCue } from '../data/figure-cues.js'
import { WordStarts, hangulAt, spaceAt, wordIndex, words } from './chars.js'
import type { Draft } from './draft.js'
import { BREAK_FIRSTS, isBreak } from './sentence.js'
import type { FigureContext, FigureKind } from './types.js'

const CHANGE_INDEX = wordIndex(CHANGE_CUES)
const BASIS_INDEX = wordIndex(BASIS_CUES)
const VERB_SUFFIXES = wordIndex(words(CHANGE_VERB_SUFFIXES))
/**
 * Where any window event (break, change or basis cue) can start, by its first two characters:
 * elsewhere the scan moves on at once. Breaks are one character (`.`, `,`, `\n` …).
 */
const EVENT_START = new WordStarts([...BREAK_FIRSTS, ...CHANGE_CUES.map((c) => c.word), ...BASIS_CUES.map((c) => c.word)])

const QUANTITY: ReadonlySet<FigureKind> = new Set<FigureKind>(['money', 'count', 'percent', 'percentage_point', 'ratio', 'measure', 'index'])
const RATE: ReadonlySet<FigureKind> = new Set<FigureKind>(['percent', 'percentage_point', 'ratio'])

/**
 * Figures, breaks and cues in text order, each applied as it is met. Other figures than
 * quantities take nothing, but the scan steps over their text all the same.
 *
 * A break ends the window. A basis cue holds for the quantities after it; a forward change cue
 * (`증가폭은`) for the next one; any other change verb for the quantities before it in the window.
 */
export function applyWindows(text: string, drafts: Draft[]): void {
  // only quantities take a change or a basis: with none the pass changes nothing, and past the
  // last one only a change verb within CHANGE_MAX_GAP could still reach it
  let lastEnd = -1
  for (const d of drafts) if (QUANTITY.has(d.kind)) lastEnd = Math.max(lastEnd, d.end)
  if (lastEnd < 0) return
  const w: Window = { pending: [], basis: null, forward: null }
  const stop = Math.min(text.length, lastEnd + CHANGE_MAX_GAP + 1)
  let k = 0
  for (let i = 0; i < stop; ) {
    const d = drafts[k]
    if (d && i >= d.start) {
      figure(w, d)
      i = Math.max(i, d.end)
      k++
      continue
    }
    if (!EVENT_START.at(text, i)) {
      i = nextEventStart(text, i + 1, Math.min(stop, d ? d.start : stop))
      continue
    }
    const br = isBreak(text, i)
    if (br) {
      // a new list only when the old one holds figures: most windows end empty
      if (w.pending.length > 0) w.pending = []
      w.basis = null
      w.forward = null
      i += br
      continue
    }
    const ch = CHANGE_INDEX.at(text, i)
    if (ch && (!ch.noun || nounIsVerb(text, i + ch.word.length))) {
      change(text, w, ch, i)
      i += ch.word.length
      continue
    }
    const bs = BASIS_INDEX.at(text, i)
    if (bs) {
      w.basis = bs
      i += bs.word.length
      continue
    }
    i++
  }
  for (; k < drafts.length; k++) figure(w, drafts[k]!)
}

/** The state of the current window. */
interface Window {
  pending: Draft[]
  basis: BasisCue | null
  forward: ChangeCue | null
}

function figure(w: Window, d: Draft): void {
  if (!QUANTITY.has(d.kind)) return
  if (w.basis && !d.basis) d.basis = w.basis.basis
  if (w.forward && !d.change) {
    d.change = w.forward.change
    w.forward = null
  }
  w.pending.push(d)
}

function change(text: string, w: Window, cue: ChangeCue, at: number): void {
  if (cue.forward) {
    w.forward = cue
    return
  }
  applyChange(text, w.pending, cue, at)
  if (w.pending.length > 0) w.pending = []
  w.basis = null
  // `증가폭은 현저히 늘어 … 29% 하락`: a rate word already given its verb carries no further
  w.forward = null
}

/** The first position in [from, to) where an event can start, else `to`. */
function nextEventStart(text: string, from: number, to: number): number {
  // `to` is within the text: its code units are read directly
  for (let i = from; i < to; i++) if (EVENT_START.firstAt(text.charCodeAt(i)) && EVENT_START.at(text, i)) return i
  return to
}

function nounIsVerb(text: string, end: number): boolean {
  if (!hangulAt(text, end)) return !(spaceAt(text, end) && hangulAt(text, end + 1))
  return VERB_SUFFIXES.at(text, end) !== null
}

function applyChange(text: string, pending: Draft[], cue: ChangeCue, at: number): void {
  const last = pending[pending.length - 1]
  if (!last || at - last.end > CHANGE_MAX_GAP) return
  let targets = pending.filter((d, i) => {
    if (i === pending.length - 1) return true
    // `130.9로 …`, `7068 억 위안으로 …`: a level stated before the change
    let p = d.end
    if (spaceAt(text, p)) p++
    return !LEVEL_PARTICLES.some((w) => text.startsWith(w, p))
  })
  if (targets.some((d) => RATE.has(d.kind))) targets = targets.filter((d) => RATE.has(d.kind))
  for (const d of targets) if (!d.change) d.change = cue.change
}

/** A table cell under `증가율(%)` or `전년 동기 대비` takes its change/basis from the header. */
export function subjectChange(text: string, drafts: Draft[], context: FigureContext): void {
  const s = context.subject
  // only a cell that is just a number reads its header this way
  if (!s || drafts.length !== 1 || drafts[0]!.text !== text.trim()) return
  let change: ChangeCue | null = null
  let basis: BasisCue | null = null
  for (let i = 0; i < s.length; i++) {
    change ??= CHANGE_INDEX.at(s, i)
    basis ??= BASIS_INDEX.at(s, i)
  }
  for (const d of drafts) {
    if (!QUANTITY.has(d.kind)) continue
    if (basis && !d.basis) d.basis = basis.basis
    if (change && !d.change && RATE.has(d.kind)) {
      const v = Number(d.value)
      d.change = v < 0 ? (change.change === 'increase' ? 'decrease' : 'increase') : change.change
    }
  }
}
