/**
 * Figure extractor: plain functions over the text of one block or table cell.
 *
 *   scanAtoms   numbers with their magnitude words and units   (scan.ts)
 *   assemble    calendar parts → dates, ranges, kinds          (here)
 *   qualify     이상/초과/약/여 …                               (here)
 *   events      breaks, cues and brackets in one forward pass  (events.ts)
 *   windows     change and basis cues per sentence             (cues.ts)
 *   subjects    각각 lists, table headers, topic phrase         (subject.ts)
 */
import { COUNTERS, DAY_DURATION_UNIT, YEAR_DURATION_UNIT } from '../data/counters.js'
import {
  BUCKET_SUFFIX,
  COORDINATORS,
  CHANGE_CUES,
  CONVERSION_MAX,
  DATE_PART_WORDS,
  DAY_DURATION_AFTER,
  INDEX_FOLLOWERS,
  PLAN_NAME_COUNTER,
  PLAN_NAME_HEAD,
  PLAN_ORDINAL_COUNTER,
  RANGE_CHARS,
  RANGE_FROM,
  RANGE_TO,
  RANK_COUNTER,
  TOP_N_COUNTER,
  UNIT_HEADER_WORD,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  QUALIFIER_PARTICLES,
  TOP_N_HEADS,
  TOP_N_SCOPES,
  type QualifierCue,
} from '../data/figure-cues.js'
import { INDEX_POINT_UNIT, PERCENTAGE_POINT_UNIT } from '../data/units.js'
import { CodeSet, at, charAt, isDigitCode, hangulAt, isSpaceCode, spaceAt, wordIndex, words } from './chars.js'
import { breakBetween } from './sentence.js'
import { applyWindows, subjectChange } from './cues.js'
import type { Draft } from './draft.js'
import { readEvents } from './events.js'
import { hangulBoundary, scanAtoms, type Atom } from './scan.js'
import { assignSubjects, respectively } from './subject.js'
import type { FigureContext, FigureHit, FigureKind, Qualifier } from './types.js'
import {maxOf, pushAll} from '../util/arrays.js'

export type { FigureContext, FigureHit } from './types.js'
export type { Draft } from './draft.js'


/** A calendar part, or parts joined (`2022년 7월 13일`): every field set, the missing ones undefined (one shape for all). */
interface Cal {
  y: number | undefined
  m: number | undefined
  d: number | undefined
  q: number | undefined
  start: number
  end: number
}

const JE_ORDINAL = new Set(COUNTERS.filter((c) => c.ordinalWithJe).map((c) => c.word))
const AFTER_INDEX = wordIndex(QUALIFIERS_AFTER)
const BEFORE_INDEX = wordIndex(QUALIFIERS_BEFORE)
const PARTICLE_INDEX = wordIndex(words(QUALIFIER_PARTICLES))
const INDEX_FOLLOWER_INDEX = wordIndex(words(INDEX_FOLLOWERS))
const DATE_PART_INDEX = wordIndex(words(DATE_PART_WORDS))
const CHANGE_START = wordIndex(CHANGE_CUES)
const RANGE = new CodeSet(RANGE_CHARS)
const DAY_DURATION_INDEX = wordIndex(words(DAY_DURATION_AFTER))
/** The longest coordinator (`와`, `,`): a longer gap between two figures is no list. */
const COORDINATOR_MAX = maxOf(COORDINATORS.map((c) => c.length))
const UNIT_HEADER = new RegExp(`^\\s*${UNIT_HEADER_WORD}\\s*[:：]?\\s*`)

/** Extract the figures of one block of text (or one table cell). */
export function extractFigures(text: string, context: FigureContext = {}): FigureHit[] {
  return extractDrafts(text, context).map(toHit)
}

const NO_DRAFTS: readonly Draft[] = []

/**
 * The figures as the passes leave them: hits that still carry their working fields. For a
 * caller that copies every hit into a record of its own (the figures plugin), so that no hit is
 * copied twice. Read only: the list may be shared.
 */
export function extractDrafts(text: string, context: FigureContext = {}): readonly Draft[] {
  const atoms = withoutSkipped(scanAtoms(text))
  // most text units hold no number: the passes below would find nothing
  if (atoms.length === 0) return NO_DRAFTS
  propagateRangeUnits(text, atoms)
  let drafts = assemble(text, atoms, context)
  drafts = cellNumber(text, drafts, context)
  if (!context.subject) respectively(text, drafts)
  if (drafts.some((d) => d.bare)) drafts = drafts.filter((d) => !d.bare)
  if (drafts.length === 0) return NO_DRAFTS
  qualify(text, drafts)
  const events = readEvents(text, drafts)
  applyWindows(text, drafts, events)
  pointsOfShare(text, drafts)
  subjectChange(text, drafts, context)
  assignSubjects(text, drafts, context, events)
  return drafts
}

/** The atoms not marked as skipped (the same array when none is: most texts). */
function withoutSkipped(atoms: Atom[]): Atom[] {
  for (const a of atoms) if (a.skip) return atoms.filter((b) => !b.skip)
  return atoms
}

function toHit(d: Draft): FigureHit {
  const hit: FigureHit = {
    start: d.start,
    end: d.end,
    text: d.text,
    value: d.value,
    unit: d.unit,
    kind: d.kind,
    qualifier: d.qualifier,
    change: d.change,
    basis: d.basis,
    subject: d.subject,
  }
  if (d.yearInferred) hit.yearInferred = true
  return hit
}

/** The text between two positions is a range connector (`~`, ` - `): one dash, and spaces. */
function isConnector(text: string, from: number, to: number): boolean {
  if (to - from <= 0 || to - from > 3) return false
  let dash = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (RANGE.has(c)) dash++
    else if (!isSpaceCode(c)) return false
  }
  return dash === 1
}

const onlySpaces = (text: string, from: number, to: number): boolean => {
  if (to - from > 2) return false
  for (let i = from; i < to; i++) if (!spaceAt(text, i)) return false
  return true
}

/** `15만~20만 위안`, `2019~2020년`, `18~27일`: the first bound takes the second's unit. */
function propagateRangeUnits(text: string, atoms: Atom[]): void {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const a = atoms[k]!
    const b = atoms[k + 1]!
    if (a.unit || a.date || a.fraction || a.word !== undefined || !b.unit || b.word !== undefined) continue
    if (!isConnector(text, a.end, b.start)) continue
    a.unit = b.unit
    if (a.scale === 1 && b.scale > 1 && a.value < b.scale && !a.decimal) {
      a.value = a.value * b.scale
      a.scale = b.scale
    }
  }
}

function calendarOf(a: Atom): Cal | null {
  const role = a.unit?.role
  const int = Number.isInteger(a.value)
  const v = a.value
  if (role === 'year' && int && (v >= 1000 || a.shortYear)) return { y: v, m: undefined, d: undefined, q: undefined, start: a.start, end: a.end }
  if (role === 'month' && int && v >= 1 && v <= 12) return { y: undefined, m: v, d: undefined, q: undefined, start: a.start, end: a.end }
  if (role === 'day' && int && v >= 1 && v <= 31) return { y: undefined, m: undefined, d: v, q: undefined, start: a.start, end: a.end }
  if (role === 'quarter' && int && v >= 1 && v <= 4) return { y: undefined, m: undefined, d: undefined, q: v, start: a.start, end: a.end }
  if (!a.unit && a.plain && v >= 1900 && v <= 2100 && !a.je) return { y: v, m: undefined, d: undefined, q: undefined, start: a.start, end: a.end }
  return null
}

/** `일간`, `일 동안` after a day count: a duration, not a date. */
function dayIsDuration(text: string, end: number): boolean {
  return DAY_DURATION_INDEX.at(text, end) !== null
}

/** Four digits at the start (`/^\d{4}/`). */
function startsWithYear(date: string): boolean {
  for (let i = 0; i < 4; i++) if (!isDigitCode(at(date, i))) return false
  return true
}

function assemble(text: string, atoms: Atom[], context: FigureContext): Draft[] {
  const issueYear = context.issueDate && startsWithYear(context.issueDate) ? context.issueDate.slice(0, 4) : null
  const out: Draft[] = []
  const cals: Array<{ cal: Cal; index: number }> = []
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!
    if (a.date) {
      const d = draft(text, a.start, a.end, a.date, null, 'date', a)
      if (issueYear && a.date.startsWith('XXXX')) {
        d.value = issueYear + a.date.slice(4)
        d.yearInferred = true
      }
      out.push(d)
      continue
    }
    let cal = calendarOf(a)
    if (cal && cal.d !== undefined && dayIsDuration(text, a.end)) cal = null
    if (cal) {
      // merge year + month + day (or year + quarter), separated by spaces only
      while (k + 1 < atoms.length) {
        const b = atoms[k + 1]!
        const nb = calendarOf(b)
        if (!nb || !onlySpaces(text, cal.end, b.start)) break
        if (cal.y !== undefined && cal.m === undefined && cal.q === undefined && cal.d === undefined && (nb.m !== undefined || nb.q !== undefined) && nb.y === undefined) {
          cal.m = nb.m
          cal.q = nb.q
          cal.end = nb.end
        } else if (cal.m !== undefined && cal.d === undefined && nb.d !== undefined && nb.y === undefined && nb.m === undefined && !dayIsDuration(text, b.end)) {
          cal.d = nb.d
          cal.end = nb.end
        } else break
        k++
      }
      cal.end = datePartEnd(text, cal.end)
      cals.push({ cal, index: out.length })
      out.push(calDraft(text, cal, issueYear, atoms[k]!))
      continue
    }
    const d = atomDraft(text, a)
    if (d) out.push(d)
  }
  mergeDateRanges(text, out, cals, issueYear)
  absorbPlanNames(text, out)
  topN(text, out)
  // a weak count (`하나의`) stays only beside a count written with a counter
  if (!out.some((d) => d.weak) || out.some((d) => d.kind === 'count' && !d.weak)) return out
  return out.filter((d) => !d.weak)
}

/** `점유율은 27.7%로 … 6.9포인트 증가`: points after a share in the same sentence are percentage points. */
function pointsOfShare(text: string, drafts: Draft[]): void {
  let share: Draft | null = null
  for (const d of drafts) {
    // a share is a level (`27.7%로`), not a change (`2.5% 올라 50포인트`)
    if (d.kind === 'percent') share = d.change ? null : d
    else if (d.unit === INDEX_POINT_UNIT && share && !breakBetween(text, share.end, d.start)) {
      d.unit = PERCENTAGE_POINT_UNIT
      d.kind = 'percentage_point'
    }
  }
}

/** `4월 말`, `2019년 중반`: the narrowing word stays in the figure's text. */
function datePartEnd(text: string, end: number): number {
  let p = end
  if (spaceAt(text, p)) p++
  const w = DATE_PART_INDEX.at(text, p)
  if (w && hangulBoundary(text, p + w.word.length)) return p + w.word.length
  return end
}

/** A draft with every field set (the optional ones undefined): one shape for all, so the passes stay monomorphic. */
function draft(text: string, start: number, end: number, value: number | string, unit: string | null, kind: FigureKind, atom?: Atom): Draft {
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    unit,
    kind,
    qualifier: null,
    change: null,
    basis: null,
    subject: null,
    yearInferred: undefined,
    atom,
    bare: undefined,
    weak: undefined,
    rank: undefined,
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

function calValue(cal: Cal, year: string | null): { value: string; inferred: boolean } {
  const known = cal.y !== undefined
  const y = known ? String(cal.y) : year ?? 'XXXX'
  const inferred = !known && year !== null
  if (cal.q !== undefined) return { value: `${y}-Q${cal.q}`, inferred }
  if (cal.m !== undefined && cal.d !== undefined) return { value: `${y}-${pad(cal.m)}-${pad(cal.d)}`, inferred }
  if (cal.m !== undefined) return { value: `${y}-${pad(cal.m)}`, inferred }
  if (cal.d !== undefined) return { value: `${y}-XX-${pad(cal.d)}`, inferred }
  return { value: y, inferred }
}

function calDraft(text: string, cal: Cal, issueYear: string | null, last: Atom): Draft {
  if (cal.y !== undefined && cal.m === undefined && cal.d === undefined && cal.q === undefined) {
    return draft(text, cal.start, cal.end, cal.y, null, 'year', last)
  }
  const { value, inferred } = calValue(cal, cal.y === undefined && cal.m === undefined && cal.q === undefined ? null : issueYear)
  const d = draft(text, cal.start, cal.end, value, null, cal.q !== undefined ? 'period' : 'date', last)
  if (inferred) d.yearInferred = true
  return d
}

/** `2012년부터 2021년까지`, `2016~2021`, `6 월 15 일~16 일`: one date_range. */
function mergeDateRanges(text: string, out: Draft[], cals: Array<{ cal: Cal; index: number }>, issueYear: string | null): void {
  if (cals.length < 2) return
  const drop = new Set<number>()
  for (let k = 0; k + 1 < cals.length; k++) {
    const A = cals[k]!
    const B = cals[k + 1]!
    if (B.index !== A.index + 1) continue
    const a = A.cal
    let end = B.cal.end
    let ok = isConnector(text, a.end, B.cal.start)
    if (!ok) {
      let p = a.end
      if (text.startsWith(RANGE_FROM, p)) {
        p += RANGE_FROM.length
        while (spaceAt(text, p)) p++
        if (p === B.cal.start && text.startsWith(RANGE_TO, B.cal.end)) {
          ok = true
          end = B.cal.end + RANGE_TO.length
        }
      }
    }
    if (!ok) continue
    const b = { ...B.cal }
    // the second bound inherits what it leaves out: `15 일~16 일`
    if (b.y === undefined && a.y !== undefined && (b.m !== undefined || b.d !== undefined || b.q !== undefined)) b.y = a.y
    if (b.m === undefined && b.d !== undefined && a.m !== undefined) b.m = a.m
    if ((a.y === undefined) !== (b.y === undefined) && !(a.y !== undefined && b.y !== undefined)) {
      if (a.y === undefined && b.y !== undefined && a.m === undefined && a.d === undefined) continue
    }
    const va = calValue(a, issueYear)
    const vb = calValue(b, issueYear)
    const d = draft(text, a.start, end, `${va.value}/${vb.value}`, null, 'date_range')
    if (va.inferred || vb.inferred) d.yearInferred = true
    out[A.index] = d
    drop.add(B.index)
    k++
  }
  if (drop.size) {
    const kept = out.filter((_, i) => !drop.has(i))
    out.length = 0
    pushAll(out, kept)
  }
}

function atomDraft(text: string, a: Atom): Draft | null {
  if (a.fraction) return draft(text, a.start, a.end, a.value, null, 'ratio', a)
  const u = a.unit
  if (u) {
    if (a.je && !(u.role === 'ordinal' || JE_ORDINAL.has(u.word))) return null
    switch (u.role) {
      case 'unit':
        return draft(text, a.start, a.end, a.value, u.unit, u.kind!, a)
      case 'count': {
        if (a.je) return draft(text, jeStart(text, a.start), a.end, a.value, null, 'ordinal', a)
        const d = draft(text, a.start, a.end, a.value, u.kind === 'count' && u.unit ? u.unit : u.unit, 'count', a)
        if (a.word?.weak) d.weak = true
        return d
      }
      case 'ordinal': {
        // a rank is a whole number: `8.15 차이롄서` is not the 8.15th of anything
        if (a.decimal) return null
        const d = draft(text, a.je ? jeStart(text, a.start) : a.start, a.end, a.value, null, 'ordinal', a)
        if (u.word === RANK_COUNTER) d.rank = true
        return d
      }
      case 'duration':
        return draft(text, a.start, a.end, a.value, u.unit, 'duration', a)
      case 'year':
        // `2년`, `8 년 연속`: fewer than four digits is a length of time
        return draft(text, a.start, a.end, a.value, YEAR_DURATION_UNIT, 'duration', a)
      case 'day':
        // `3.5일에 하나씩`: a day count with a decimal is a length of time
        return dayIsDuration(text, a.end) || a.decimal ? draft(text, a.start, a.end, a.value, DAY_DURATION_UNIT, 'duration', a) : null
      default:
        return null
    }
  }
  if (a.je) return null
  const d = draft(text, a.start, a.end, a.value, null, 'index', a)
  if (a.decimal && indexFollows(text, a.end)) return d
  d.bare = true
  return d
}

function jeStart(text: string, start: number): number {
  let p = start - 1
  if (spaceAt(text, p)) p--
  return p
}

function indexFollows(text: string, end: number): boolean {
  let p = end
  if (spaceAt(text, p)) p++
  const c = text[p]
  if (c === undefined || c === ',' || c === ')' || c === '(' || c === '\t' || c === '、') return true
  if (!hangulAt(text, p)) return false
  return INDEX_FOLLOWER_INDEX.at(text, p) !== null
}

/** `제 14 차 5 개년 계획`: the plan's length is part of its name. */
function absorbPlanNames(text: string, out: Draft[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!
    const b = out[k + 1]!
    if (a.kind !== 'ordinal' || a.atom?.unit?.word !== PLAN_ORDINAL_COUNTER || b.atom?.unit?.word !== PLAN_NAME_COUNTER) continue
    if (!onlySpaces(text, a.end, b.start)) continue
    let end = b.end
    const head = spaceAt(text, end) ? end + 1 : end
    if (text.startsWith(PLAN_NAME_HEAD, head)) end = head + PLAN_NAME_HEAD.length
    a.end = end
    a.text = text.slice(a.start, end)
    out.splice(k + 1, 1)
  }
}

/** `세계 유제품 5대 기업`, `글로벌 3 대 유제품 기업`: a top-N rank. */
function topN(text: string, out: Draft[]): void {
  for (const d of out) {
    if (d.kind !== 'count' || d.atom?.unit?.word !== TOP_N_COUNTER || d.atom.word !== undefined) continue
    const before = text.slice(Math.max(0, d.start - 20), d.start).split(/\s+/).filter(Boolean).slice(-2)
    const after = text.slice(d.end, d.end + 20).split(/\s+/).filter(Boolean).slice(0, 2)
    const scoped = before.some((w) => TOP_N_SCOPES.some((s) => w.startsWith(s)))
    const headed = after.some((w) => TOP_N_HEADS.some((h) => w.startsWith(h)))
    if (scoped || headed) {
      d.kind = 'ordinal'
      d.unit = null
      d.qualifier = 'lte'
    }
  }
}

/**
 * A table cell holding just a number: its unit comes from the column header
 * (`매출(억 위안)`, `증가율(%)`), else a decimal is an index value.
 */
function cellNumber(text: string, drafts: Draft[], context: FigureContext): Draft[] {
  if (!context.subject || drafts.length !== 1) return drafts
  const d = drafts[0]!
  const bareNumber = d.atom !== undefined && d.atom.unit === null && !d.atom.date && !d.atom.fraction
  if (!bareNumber || text.trim() !== d.text) return drafts
  const m = /\(([^()]*)\)[^()]*$/.exec(context.subject)
  if (m) {
    const inner = m[1]!.replace(UNIT_HEADER, '')
    const probe = '1 ' + inner
    const atoms = scanAtoms(probe).filter((a) => !a.skip)
    const a = atoms[0]
    if (atoms.length === 1 && a && a.start === 0 && a.end === probe.trimEnd().length && a.unit) {
      const draftOf = atomDraft(probe, a)
      if (draftOf && typeof draftOf.value === 'number') {
        d.value = Number((Number(d.value) * draftOf.value).toPrecision(15))
        d.unit = draftOf.unit
        d.kind = draftOf.kind
        d.bare = false
        return drafts
      }
    }
  }
  if (d.atom?.decimal) d.bare = false
  return drafts
}

const CALENDAR_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['date', 'year', 'period'])
const RATE_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['percent', 'percentage_point', 'ratio', 'index'])
const BUCKET_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['money', 'percent', 'measure'])

function cueApplies(cue: QualifierCue, d: Draft): boolean {
  if (cue.only === 'rank') return d.rank === true
  if (cue.only === 'calendar') return CALENDAR_KINDS.has(d.kind)
  if (cue.only === 'amount') return !RATE_KINDS.has(d.kind) && !CALENDAR_KINDS.has(d.kind)
  return true
}

/** After a figure: a bracketed conversion (`(약 50조원)`) with no other figure after it, skipped. */
function afterConversion(text: string, p: number): number {
  if (!charAt(text, p, '(')) return p
  const close = text.indexOf(')', p + 1)
  if (close < 0 || close - p > CONVERSION_MAX) return p
  const open = text.indexOf('(', p + 1)
  if (open >= 0 && open < close) return p
  return close + 1
}

/** The qualifier word after a figure ending at `end` (after a space, a particle or a conversion). */
function cueAfter(text: string, d: Draft): { cue: QualifierCue; end: number } | null {
  let p = afterConversion(text, d.end)
  const conversion = p !== d.end
  if (spaceAt(text, p)) p++
  let cue = AFTER_INDEX.at(text, p)
  if (!cue) {
    const part = PARTICLE_INDEX.at(text, p)
    if (!part) return null
    let q = p + part.word.length
    if (spaceAt(text, q)) q++
    cue = AFTER_INDEX.at(text, q)
    if (!cue || cue.word === RANGE_TO || cue.only === 'calendar') return null
    p = q
  }
  if (!cueApplies(cue, d)) return null
  const end = p + cue.word.length
  if (cue.whole && !hangulBoundary(text, end)) return null
  if (cue.word === RANGE_TO && (p !== d.end || conversion)) return null
  if (cue.endPoint && changeVerbAt(text, end)) return null
  return { cue, end }
}

/** A change verb right after `p` (after a space): `까지 높아졌다`. */
function changeVerbAt(text: string, p: number): boolean {
  const q = spaceAt(text, p) ? p + 1 : p
  return CHANGE_START.at(text, q) !== null
}

/** `3조원대`, `5%대`: a bucket, approximate. */
function bucketAfter(text: string, d: Draft): boolean {
  if (!BUCKET_KINDS.has(d.kind) || !charAt(text, d.end, BUCKET_SUFFIX)) return false
  return hangulBoundary(text, d.end + 1)
}

/** 이상 / 초과 / 넘는 / 이하 / 미만 / 약 / 거의 / 여 / 대 … around each figure. */
function qualify(text: string, drafts: Draft[]): void {
  /** Figures qualified by a word after them (made at the first one: most texts have none). */
  let afterOnly: Map<Draft, Qualifier> | null = null
  for (const d of drafts) {
    if (d.kind === 'date_range') continue
    let after: Qualifier | null = null
    if (bucketAfter(text, d)) {
      after = 'approx'
      d.end += BUCKET_SUFFIX.length
      d.text = text.slice(d.start, d.end)
    }
    const found = cueAfter(text, d)
    if (found) {
      after = found.cue.qualifier
      // the span grows over the qualifier only when nothing (a conversion) stands between
      if (found.end - d.end <= found.cue.word.length + 3 && !charAt(text, d.end, '(')) {
        d.end = found.end
        d.text = text.slice(d.start, d.end)
      }
    }
    let before: Qualifier | null = null
    let s = d.start
    if (spaceAt(text, s - 1)) s--
    const b = BEFORE_INDEX.ending(text, s)
    if (b && !hangulAt(text, s - b.word.length - 1)) {
      before = b.qualifier
      d.start = s - b.word.length
      d.text = text.slice(d.start, d.end)
    }
    const infix: Qualifier | null = d.atom?.approx ? 'approx' : null
    if (after && after !== 'approx') d.qualifier = after
    else d.qualifier = before ?? after ?? infix ?? d.qualifier
    if (after && d.qualifier === after) (afterOnly ??= new Map()).set(d, after)
  }
  spreadOverRanges(text, drafts, afterOnly)
}

/**
 * `약 1만500~1만1천500대`: a qualifier before the first end of a range holds for both
 * ends; an approximate word after the second (`20~30% 가량`) holds for the first.
 * `705만 대와 688만 대에 육박`: a qualifier written after the second of two joined
 * figures of the same unit holds for the first (walked back to front, so lists work).
 */
function spreadOverRanges(text: string, drafts: Draft[], after: Map<Draft, Qualifier> | null): void {
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k]!
    const b = drafts[k + 1]!
    if (a.unit !== b.unit || a.kind !== b.kind || !isConnector(text, a.end, b.start)) continue
    if (a.qualifier && !b.qualifier && a.qualifier === 'approx') b.qualifier = a.qualifier
    else if (b.qualifier === 'approx' && !a.qualifier) a.qualifier = b.qualifier
  }
  // with no figure qualified after it, nothing spreads back
  if (after === null) return
  for (let k = drafts.length - 2; k >= 0; k--) {
    const a = drafts[k]!
    const b = drafts[k + 1]!
    const q = after.get(b)
    if (!q || a.qualifier || a.unit !== b.unit || a.kind !== b.kind || CALENDAR_KINDS.has(a.kind)) continue
    if (!isCoordination(text, a.end, b.start)) continue
    a.qualifier = q
    after.set(a, q)
  }
}

/** `와 `, `과 `, `, `: two figures joined as a list. */
function isCoordination(text: string, from: number, to: number): boolean {
  if (to - from > COORDINATOR_MAX + 2) return false
  const gap = text.slice(from, to).trim()
  return COORDINATORS.includes(gap) && to - from <= gap.length + 2
}
