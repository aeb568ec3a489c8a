/**
 * Change (증가/감소) and basis (전년 대비 …) of figures, read per sentence.
 *
 * A basis cue applies to the quantities that follow it; a change verb applies
 * to the quantities before it, back to the previous change verb or clause end.
 * When a window holds rates (%, %p, 배), the verb belongs to the rates; a
 * figure marked as a level by `(으)로` before a later figure is left alone
 * (`130.9로 전월 대비 2.4% 상승`).
 */
import { CHANGE_MAX_GAP, LEVEL_PARTICLES, type BasisCue, type ChangeCue } from '../data/figure-cues.js'
import { spaceAt } from './chars.js'
import { QUANTITY, type Draft } from './draft.js'
import { BASIS_INDEX, CHANGE_INDEX, type Events } from './events.js'
import type { FigureContext, FigureKind } from './types.js'

const RATE: ReadonlySet<FigureKind> = new Set<FigureKind>(['percent', 'percentage_point', 'ratio'])

/**
 * Figures and window events (`readEvents`) in text order, each applied as it is met. Other
 * figures than quantities take nothing, but the pass steps over their text all the same: an
 * event inside a figure, or inside an event met before it, is not met.
 *
 * A break ends the window. A basis cue holds for the quantities after it; a forward change cue
 * (`증가폭은`) for the next one; any other change verb for the quantities before it in the window.
 */
export function applyWindows(text: string, drafts: Draft[], events: Events): void {
  const stop = events.windowEnd
  // no quantity: nothing takes a change or a basis
  if (stop === 0) return
  const w: Window = { pending: [], basis: null, forward: null }
  const list = events.window
  let k = 0
  let e = 0
  for (let i = 0; i < stop; ) {
    const d = drafts[k]
    if (d && i >= d.start) {
      figure(w, d)
      i = Math.max(i, d.end)
      k++
      continue
    }
    // the next event met before the next figure, else on to that figure
    while (e < list.length && list[e]!.at < i) e++
    const limit = Math.min(stop, d ? d.start : stop)
    const ev = list[e]
    if (ev === undefined || ev.at >= limit) {
      i = limit
      continue
    }
    e++
    i = ev.at + ev.length
    if (ev.change) change(text, w, ev.change, ev.at)
    else if (ev.basis) w.basis = ev.basis
    else {
      // a break; a new list only when the old one holds figures: most windows end empty
      if (w.pending.length > 0) w.pending = []
      w.basis = null
      w.forward = null
    }
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
