import type {VFile} from 'vfile'
import type {Position} from 'unist'
import type {Root} from '../tree/types.js'
import {textUnits, type TextUnit} from '../tree/texts.js'
import {spanLocator} from './locate.js'

/**
 * Run an extractor over every text unit of the tree and turn its hits into
 * records: an id under the block (`287/2.1/p3/term1`), the block id, and the
 * hit's `[start, end)` mapped to a position in the file.
 */
export function unitRecords<Hit extends {start: number; end: number}>(
  tree: Root,
  file: VFile,
  suffix: string,
  extract: (unit: TextUnit) => Hit[]
): Array<Omit<Hit, 'start' | 'end'> & {id: string; block: string; position: Position}> {
  const locate = spanLocator(file)
  const counts = new Map<string, number>()
  const records: Array<Omit<Hit, 'start' | 'end'> & {id: string; block: string; position: Position}> = []
  for (const unit of textUnits(tree)) {
    for (const hit of extract(unit)) {
      const count = (counts.get(unit.block) ?? 0) + 1
      counts.set(unit.block, count)
      // `{id, block, ...fields-but-start-and-end, position}`, without the cost of rest and spread.
      const record: Record<string, unknown> = {id: `${unit.block}/${suffix}${count}`, block: unit.block}
      for (const key in hit) if (key !== 'start' && key !== 'end') record[key] = hit[key]
      record.position = locate(unit.span, hit.start, hit.end)
      records.push(record as Omit<Hit, 'start' | 'end'> & {id: string; block: string; position: Position})
    }
  }
  return records
}
