import {codeUnits, compatibilityRanges, isCompatibilityIdeograph, mayHaveCompatibilityIdeograph} from '../util/chars.js'
import {minOf} from '../util/arrays.js'

export interface NormalisedIdeographs {
  text: string
  /** Characters replaced. */
  count: number
  /** Offset of the first one, or -1. */
  first: number
  /** The first few replacements, `⾥→里`. */
  examples: string[]
}

const lowest = minOf(compatibilityRanges.map((range) => range.from))

/**
 * NFKC on Kangxi radicals and CJK compatibility ideographs only, where it
 * gives one ideograph of the same length in UTF-16 (so every offset into
 * the text stays true). Radicals without an NFKC mapping stay as they are.
 */
export function normaliseIdeographs(text: string): NormalisedIdeographs {
  if (!mayHaveCompatibilityIdeograph(text)) return {text, count: 0, first: -1, examples: []}
  let out: string[] | null = null
  let count = 0
  let first = -1
  const examples: string[] = []
  let last = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    const width = codeUnits(code)
    if (code >= lowest && isCompatibilityIdeograph(code)) {
      const original = String.fromCodePoint(code)
      const mapped = original.normalize('NFKC')
      if (mapped !== original && mapped.length === width) {
        out ??= []
        out.push(text.slice(last, index), mapped)
        last = index + width
        count++
        if (first === -1) first = index
        if (examples.length < 3 && !examples.includes(`${original}→${mapped}`)) examples.push(`${original}→${mapped}`)
      }
    }
    if (width === 2) index++
  }
  if (!out) return {text, count: 0, first: -1, examples}
  out.push(text.slice(last))
  return {text: out.join(''), count, first, examples}
}
