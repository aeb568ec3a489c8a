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
import { CodeSet, hangulAt, spaceAt, wordIndex, words } from './chars.js'
import type { Draft } from './draft.js'
import { BREAK_FIRSTS, isBreak } from './sentence.js'
import type { FigureContext, FigureKind } from './types.js'

const CHANGE_INDEX = wordIndex(CHANGE_CUES)
const BASIS_INDEX = wordIndex(BASIS_CUES)
const VERB_SUFFIXES = wordIndex(words(CHANGE_VERB_SUFFIXES))
/** Characters any window event (break, change or basis cue) can start with: the rest are skipped at once. */
const EVENT_START = new CodeSet([...BREAK_FIRSTS, ...CHANGE_INDEX.firsts, ...BASIS_INDEX.firsts])

const QUANTITY: ReadonlySet<FigureKind> = new Set<FigureKind>(['money', 'count', 'percent', 'percentage_point', 'ratio', 'measure', 'index'])
const RATE: ReadonlySet<FigureKind> = new Set<FigureKind>(['percent', 'percentage_point', 'ratio'])

type Event =
  | { pos: number; type: 'figure'; draft: Draft }
  | { pos: number; type: 'change'; cue: ChangeCue }
  | { pos: number; type: 'basis'; cue: BasisCue }
  | { pos: number; type: 'break' }

export function applyWindows(text: string, drafts: Draft[]): void {
  if (drafts.length === 0) return
  let pending: Draft[] = []
  let basis: BasisCue | null = null
  let forward: ChangeCue | null = null
  for (const e of windowEvents(text, drafts)) {
    if (e.type === 'break') {
      pending = []
      basis = null
      forward = null
    } else if (e.type === 'basis') {
      basis = e.cue
    } else if (e.type === 'figure') {
      const d = e.draft
      if (!QUANTITY.has(d.kind)) continue
      if (basis && !d.basis) d.basis = basis.basis
      if (forward && !d.change) {
        d.change = forward.change
        forward = null
      }
      pending.push(d)
    } else if (e.cue.forward) {
      forward = e.cue
    } else {
      applyChange(text, pending, e.cue, e.pos)
      pending = []
      basis = null
      // `증가폭은 현저히 늘어 … 29% 하락`: a rate word already given its verb carries no further
      forward = null
    }
  }
}

/**
 * Figures, breaks and cues in text order. Past the last figure only a change verb
 * within CHANGE_MAX_GAP can still matter, so the scan stops there.
 */
function windowEvents(text: string, drafts: readonly Draft[]): Event[] {
  const events: Event[] = []
  let lastEnd = 0
  for (const d of drafts) lastEnd = Math.max(lastEnd, d.end)
  const stop = Math.min(text.length, lastEnd + CHANGE_MAX_GAP + 1)
  let k = 0
  for (let i = 0; i < stop; ) {
    const d = drafts[k]
    if (d && i >= d.start) {
      events.push({ pos: d.start, type: 'figure', draft: d })
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
      events.push({ pos: i, type: 'break' })
      i += br
      continue
    }
    const ch = CHANGE_INDEX.at(text, i)
    if (ch && (!ch.noun || nounIsVerb(text, i + ch.word.length))) {
      events.push({ pos: i, type: 'change', cue: ch })
      i += ch.word.length
      continue
    }
    const bs = BASIS_INDEX.at(text, i)
    if (bs) {
      events.push({ pos: i, type: 'basis', cue: bs })
      i += bs.word.length
      continue
    }
    i++
  }
  for (; k < drafts.length; k++) events.push({ pos: drafts[k]!.start, type: 'figure', draft: drafts[k]! })
  return events
}

/** The first position in [from, to) whose character can start an event, else `to`. */
function nextEventStart(text: string, from: number, to: number): number {
  let i = from
  while (i < to && !EVENT_START.at(text, i)) i++
  return i
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
