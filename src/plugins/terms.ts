import type {VFile} from 'vfile'
import type {Root, TermRecord} from '../tree/types.js'
import {textUnits} from '../tree/texts.js'
import {spanLocator} from './locate.js'

/**
 * unified transformer: term pairs of every text unit → `tree.data.terms`,
 * each with an id under its block (`287/2.1/p3/term1`) and a position.
 * The extractor and its dictionaries load only when this runs.
 */
export default function kicTerms(options: {enabled?: boolean} = {}) {
  return async (tree: Root, file: VFile) => {
    const terms: TermRecord[] = []
    tree.data = {...tree.data, terms}
    if (options.enabled === false) return
    const {extractTerms, prepareTerms} = await import('../terms/extract.js')
    await prepareTerms()
    const locate = spanLocator(file)
    const counts = new Map<string, number>()
    for (const unit of textUnits(tree)) {
      for (const hit of extractTerms(unit.span.text, {blockType: unit.blockType, noteTerm: unit.noteTerm})) {
        const count = (counts.get(unit.block) ?? 0) + 1
        counts.set(unit.block, count)
        const {start, end, ...fields} = hit
        terms.push({id: `${unit.block}/term${count}`, block: unit.block, ...fields, position: locate(unit.span, start, end)})
      }
    }
  }
}
