import {hangulRanges, hanRanges, latinRanges} from '../util/chars.js'

/**
 * Unicode scripts kic tells apart when tagging a block's language (ranges
 * from `util/chars.ts`), and the share of letters a script needs to name the
 * language.
 */
export const scriptRanges: Array<{script: 'hangul' | 'han' | 'latin'; from: number; to: number}> = [
  ...hangulRanges.map((range) => ({script: 'hangul' as const, ...range})),
  ...hanRanges.map((range) => ({script: 'han' as const, ...range})),
  ...latinRanges.map((range) => ({script: 'latin' as const, ...range}))
]

/** Hangul share from which a block is Korean (Korean text quotes Chinese and English). */
export const koreanShare = 0.3
/** Han share, with little Hangul, from which a block is Chinese. */
export const chineseShare = 0.5
/** Latin letters from which franc is asked which Latin-script language it is. */
export const francMinimum = 60
