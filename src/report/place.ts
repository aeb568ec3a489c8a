/**
 * Placing located records (terms, figures) into the text the page shows.
 *
 * A record has a source offset; a text unit knows the source offset it starts
 * at. Their difference is where the record should be in the unit's text — exact
 * unless the text was repaired (page-break joins, unwrapped cell HTML) before
 * it. So the record's own surface text is looked for nearest to that estimate,
 * and the estimate itself is used only when the surface is not in the text.
 */
import type {Mark, TextUnit} from './model.js'

export interface Placeable {
  kind: Mark['kind']
  index: number
  /** Id of the block the record belongs to. */
  block: string
  /** Source offset of the record, or null when unknown. */
  offset: number | null
  length: number
  /** Text to look for (a figure's text, a term's Korean). */
  surface: string
}

/**
 * Attach each record to one unit (`marks`) and return the records that have no
 * unit to go in. Units are those the page shows, in any order.
 */
export function placeRecords(units: readonly TextUnit[], records: readonly Placeable[]): Mark[] {
  const own = new Map<string, TextUnit[]>()
  const inside = new Map<string, TextUnit[]>()
  for (const unit of units) {
    const keys = blockKeys(unit.id)
    add(own, keys[0]!, unit)
    for (const key of keys.slice(1)) add(inside, key, unit)
  }
  const unplaced: Mark[] = []
  for (const record of records) {
    const unit = pick(own.get(record.block) ?? inside.get(record.block), record.offset)
    if (!unit) {
      unplaced.push({kind: record.kind, index: record.index, start: 0, end: 0})
      continue
    }
    const [start, end] = locate(unit.text, record.surface, estimateIn(unit, record.offset), record.length, taken(unit, record.kind))
    unit.marks.push({kind: record.kind, index: record.index, start, end})
  }
  return unplaced
}

function add(map: Map<string, TextUnit[]>, key: string, unit: TextUnit) {
  const list = map.get(key)
  if (list) list.push(unit)
  else map.set(key, [unit])
}

/** A unit's id and every ancestor id: a table's cell answers for the table, an item for its list. */
function blockKeys(id: string): string[] {
  const keys = [id]
  let cut = id.lastIndexOf('/')
  // Stop at the issue key (`287/1.1` keeps `287/1.1`, never `287`).
  while (cut > 0 && id.indexOf('/') < cut) {
    keys.push(id.slice(0, cut))
    cut = id.lastIndexOf('/', cut - 1)
  }
  return keys
}

/** Of the candidate units, the last one starting at or before the offset (else the first). */
function pick(candidates: TextUnit[] | undefined, offset: number | null): TextUnit | undefined {
  if (!candidates || candidates.length === 0) return undefined
  if (candidates.length === 1 || offset === null) return candidates[0]
  let best: TextUnit | undefined
  for (const unit of candidates) {
    if (unit.start !== null && unit.start <= offset && (!best || best.start! <= unit.start)) best = unit
  }
  return best ?? candidates[0]
}

/**
 * Where a source offset falls in the unit's text. Offsets run ahead of the text
 * where markup was dropped (cell HTML, joined lines), so the distance is scaled
 * by the unit's text length over its source length.
 */
function estimateIn(unit: TextUnit, offset: number | null): number {
  if (offset === null || unit.start === null) return 0
  const distance = offset - unit.start
  const source = unit.end === null ? 0 : unit.end - unit.start
  return source > unit.text.length && source > 0 ? Math.round((distance * unit.text.length) / source) : distance
}

/** Starts already marked by records of this kind (two records never share one highlight). */
function taken(unit: TextUnit, kind: Mark['kind']): Set<number> {
  const starts = new Set<number>()
  for (const mark of unit.marks) if (mark.kind === kind) starts.add(mark.start)
  return starts
}

/**
 * Range of the surface in the text nearest to the estimate, preferring an
 * occurrence not taken yet; the estimate itself when the surface is absent.
 */
export function locate(text: string, surface: string, estimate: number, length: number, used: ReadonlySet<number> = new Set()): [number, number] {
  if (surface) {
    let best = -1
    let bestFree = -1
    const closer = (found: number, than: number) => than === -1 || Math.abs(found - estimate) < Math.abs(than - estimate)
    for (let found = text.indexOf(surface); found !== -1; found = text.indexOf(surface, found + 1)) {
      if (closer(found, best)) best = found
      if (!used.has(found) && closer(found, bestFree)) bestFree = found
    }
    if (bestFree !== -1) best = bestFree
    if (best !== -1) return [best, best + Math.max(surface.length, Math.min(length, text.length - best))]
  }
  const start = Math.max(0, Math.min(estimate, text.length))
  return [start, Math.min(text.length, start + Math.max(1, length))]
}
