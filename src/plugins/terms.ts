import type {VFile} from 'vfile'
import type {Root, TermRecord} from '../tree/types.js'
import {textUnits} from '../tree/texts.js'
import type {TermHit} from '../terms/types.js'
import {unitRecords} from './unit-records.js'

/**
 * unified transformer: term pairs of every text unit → `tree.data.terms`.
 * The extractor and its readings table load only when this runs. Each term gets one category
 * per document (its strongest evidence anywhere in it).
 */
export default function kicTerms(options: {enabled?: boolean} = {}) {
  return async (tree: Root, file: VFile) => {
    tree.data = {...tree.data, terms: []}
    if (options.enabled === false) return
    const {extractTerms, prepareTerms, unifyCategories} = await import('../terms/extract.js')
    await prepareTerms()
    // First pass: every unit's hits, so each term gets one category for the whole document.
    const perUnit: TermHit[][] = []
    for (const unit of textUnits(tree)) perUnit.push(extractTerms(unit.span.text, {blockType: unit.blockType, noteTerm: unit.noteTerm}))
    unifyCategories(perUnit.flat())
    let next = 0
    tree.data.terms = unitRecords(tree, file, 'term', () => perUnit[next++] ?? []).map(
      (hit): TermRecord => ({
        id: hit.id,
        block: hit.block,
        korean: hit.korean,
        chinese: hit.chinese,
        english: hit.english,
        gloss: hit.gloss,
        role: hit.role,
        kind: hit.kind,
        category: hit.category,
        confidence: hit.confidence,
        flags: hit.flags,
        standard: hit.standard,
        source: hit.source,
        simplified: hit.simplified ?? null,
        footnote: hit.footnote === true,
        position: hit.position
      })
    )
  }
}
