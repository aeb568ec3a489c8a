import type {VFile} from 'vfile'
import type {Root, TermRecord} from '../tree/types.js'
import type {LexiconRow} from '../lexicon/types.js'
import {unitsOf} from './units.js'
import type {TermHit} from '../terms/types.js'
import {unitRecords} from './unit-records.js'
import {pushAll} from '../util/arrays.js'

type Extractor = typeof import('../terms/extract.js')
/** The extractor, kept once its module and dictionaries are loaded (a failed load is tried again next run). */
let extractor: Extractor | null = null

async function loadExtractor(): Promise<Extractor> {
  const loaded = await import('../terms/extract.js')
  await loaded.prepareTerms()
  return (extractor = loaded)
}

/**
 * unified transformer: term pairs of every text unit → `tree.data.terms`.
 * The extractor and its readings table load only when this runs. Each term gets one category
 * per document (its strongest evidence anywhere in it); then the user's lexicon, when there is
 * one, corrects the pairs (its categories win).
 */
export default function kicTerms(options: {enabled?: boolean; lexicon?: readonly LexiconRow[] | null} = {}) {
  return async (tree: Root, file: VFile) => {
    tree.data = {...tree.data, terms: []}
    if (options.enabled === false) return
    const {extractTerms, unifyCategories} = extractor ?? (await loadExtractor())
    let correct: ((hits: TermHit[]) => TermHit[]) | null = null
    if (options.lexicon && options.lexicon.length > 0) {
      const [{LexiconIndex}, {applyLexiconToHits}, {toSimplified}] = await Promise.all([
        import('../lexicon/match.js'),
        import('../lexicon/apply-terms.js'),
        import('../terms/readings.js')
      ])
      const index = new LexiconIndex(options.lexicon, toSimplified)
      correct = (hits) => applyLexiconToHits(hits, index)
    }
    // First pass: every unit's hits, so each term gets one category for the whole document.
    const units = unitsOf(tree)
    const perUnit: TermHit[][] = []
    const all: TermHit[] = []
    for (const unit of units) {
      // The unit carries the context the extractor reads (block type, the note's term).
      const hits = extractTerms(unit.span.text, unit)
      perUnit.push(hits)
      pushAll(all, hits)
    }
    unifyCategories(all)
    const corrected = correct === null ? perUnit : perUnit.map(correct)
    tree.data.terms = unitRecords(
      units,
      file,
      'term',
      (_, index) => corrected[index] ?? [],
      (hit, id, block, position): TermRecord => ({
        id,
        block,
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
        position
      })
    )
  }
}
