import type {VFile} from 'vfile'
import type {Position} from 'unist'
import type {TextUnit} from '../tree/texts.js'
import {spanLocator} from './locate.js'

/**
 * Run an extractor over every text unit and turn its hits into records: an
 * id under the block (`287/2.1/p3/term1`), the block id, and the hit's
 * `[start, end)` mapped to a position in the file. `build` makes the record
 * itself (null drops it; its id is used up all the same).
 */
export function unitRecords<Hit extends {start: number; end: number}, Record>(
  units: readonly TextUnit[],
  file: VFile,
  suffix: string,
  extract: (unit: TextUnit, index: number) => readonly Hit[],
  build: (hit: Hit, id: string, block: string, position: Position) => Record | null
): Record[] {
  const locate = spanLocator(file)
  const counts = new Map<string, number>()
  const records: Record[] = []
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    const hits = extract(unit, index)
    if (hits.length === 0) continue
    let count = counts.get(unit.block) ?? 0
    for (const hit of hits) {
      count++
      const record = build(hit, `${unit.block}/${suffix}${count}`, unit.block, locate(unit.span, hit.start, hit.end))
      if (record !== null) records.push(record)
    }
    counts.set(unit.block, count)
  }
  return records
}
