import type {TermHit} from '../terms/types.js'
import type {LexiconIndex} from './match.js'

/** Flag on every pair a lexicon row changed. */
export const lexiconFlag = 'lexicon'

/**
 * The extractor's hits of one text, corrected by the lexicon: rejected pairs
 * dropped; category and English forced where a `prefer` or `add` row says so.
 */
export function applyLexiconToHits(hits: TermHit[], index: LexiconIndex): TermHit[] {
  const out: TermHit[] = []
  for (const hit of hits) {
    const verdict = index.judge(hit.chinese, hit.korean)
    if (verdict.rejected) continue
    if (!verdict.matched || (verdict.category === null && verdict.english === null)) {
      out.push(hit)
      continue
    }
    out.push({
      ...hit,
      category: verdict.category ?? hit.category,
      english: verdict.english ?? hit.english,
      flags: hit.flags.includes(lexiconFlag) ? hit.flags : [...hit.flags, lexiconFlag]
    })
  }
  return out
}
