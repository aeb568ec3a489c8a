/**
 * Monotone alignment of a Korean span (syllables and other runs) with the characters of a
 * Chinese term. Each Chinese character may be matched by one of its readings (hanja,
 * official or non-standard transliteration), a run of characters by a conventional rendering
 * (腾讯 → 텐센트), and both sides may leave units out at a cost. The table is
 * (units + 1) × (chars + 1), so a pair costs O(units · chars · readings).
 */
import {CONVENTIONAL_RENDERINGS} from '../data/term-conventional.js'
import {charReadings, toSimplified, toTraditional} from './readings.js'

export type MatchType = 'hanja' | 'translit' | 'both' | 'nonstandard' | 'conventional' | 'convention-sound'

export interface AlignOp {
  /** Index of the first Chinese character matched, and how many. */
  char: number
  chars: number
  /** Index of the first Korean unit matched, and how many. */
  unit: number
  units: number
  type: MatchType
  /** For `nonstandard`: the official spelling of the matched units. */
  official?: string
}

export interface Alignment {
  score: number
  ops: AlignOp[]
  /** Chinese characters left unmatched, Korean units left unmatched (Hangul only). */
  unmatchedChars: number[]
  unmatchedUnits: number[]
}

interface Candidate {
  chars: number
  text: string
  type: MatchType
  gain: number
  official?: string
}

const GAIN = 2
const GAIN_NONSTANDARD = 1.8
const SKIP_CHAR = 0.6
const SKIP_SYLLABLE = 0.5
const SKIP_PUNCT = 0.05

export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/** Candidates for matches starting at each Chinese character. */
export function chineseCandidates(chinese: string): Candidate[][] {
  const chars = [...chinese]
  const traditional = [...toTraditional(chinese)]
  const simplified = [...toSimplified(chinese)]
  const sameLength = traditional.length === chars.length
  const sameSimplified = simplified.length === chars.length
  const result: Candidate[][] = chars.map(() => [])
  chars.forEach((char, j) => {
    const readings = charReadings(char, sameLength ? traditional[j]! : char)
    const seen = new Map<string, Candidate>()
    for (const text of readings.hanja) {
      seen.set(text, {chars: 1, text, type: 'hanja', gain: GAIN})
    }
    for (const text of readings.translit) {
      const prior = seen.get(text)
      if (prior) prior.type = 'both'
      else seen.set(text, {chars: 1, text, type: 'translit', gain: GAIN})
    }
    for (const [text, official] of readings.nonstandard) {
      if (!seen.has(text)) seen.set(text, {chars: 1, text, type: 'nonstandard', gain: GAIN_NONSTANDARD, official})
    }
    result[j]!.push(...seen.values())
  })
  // Conventional renderings of substrings (keys are simplified).
  const simple = sameSimplified ? simplified : chars
  for (let j = 0; j < simple.length; j++) {
    let key = ''
    for (let k = j; k < simple.length && k < j + 8; k++) {
      key += simple[k]
      const entry = CONVENTIONAL_RENDERINGS[key]
      if (!entry) continue
      for (const korean of entry.korean) {
        result[j]!.push({
          chars: k - j + 1,
          text: korean,
          type: entry.kind === 'transliteration' ? 'convention-sound' : 'conventional',
          gain: GAIN * (k - j + 1),
        })
      }
    }
  }
  return result
}

/**
 * Best alignment of every suffix of `units` (starting at each index) with the whole Chinese
 * side. Returns a function giving the alignment for a chosen start, and the score table.
 */
export function alignSuffixes(units: readonly string[], candidates: Candidate[][]) {
  const nK = units.length
  const nC = candidates.length
  const width = nC + 1
  const score = new Float64Array((nK + 1) * width)
  // choice: 0 = end, 1 = skip unit, 2 = skip char, 3+ = candidate index + units matched
  const choice = new Int32Array((nK + 1) * width)
  const matchUnits = new Int32Array((nK + 1) * width)
  const skipUnitCost = units.map(unitCost)
  for (let i = nK; i >= 0; i--) {
    for (let j = nC; j >= 0; j--) {
      const at = i * width + j
      if (i === nK && j === nC) {
        score[at] = 0
        choice[at] = 0
        continue
      }
      let best = -Infinity
      let pick = 0
      let pickUnits = 0
      if (i < nK) {
        const s = score[(i + 1) * width + j]! - skipUnitCost[i]!
        if (s > best) {
          best = s
          pick = 1
        }
      }
      if (j < nC) {
        const s = score[i * width + j + 1]! - SKIP_CHAR
        if (s > best) {
          best = s
          pick = 2
        }
        const list = candidates[j]!
        for (let c = 0; c < list.length; c++) {
          const cand = list[c]!
          const used = matchAt(units, i, cand.text)
          if (used === 0) continue
          const s = score[(i + used) * width + j + cand.chars]! + cand.gain
          if (s > best + 1e-9) {
            best = s
            pick = 3 + c
            pickUnits = used
          }
        }
      }
      score[at] = best
      choice[at] = pick
      matchUnits[at] = pickUnits
    }
  }
  const at = (i: number) => score[i * width]!
  const trace = (start: number): Alignment => {
    const ops: AlignOp[] = []
    const unmatchedChars: number[] = []
    const unmatchedUnits: number[] = []
    let i = start
    let j = 0
    while (i < nK || j < nC) {
      const here = i * width + j
      const pick = choice[here]!
      if (pick === 1) {
        if (skipUnitCost[i]! >= SKIP_SYLLABLE) unmatchedUnits.push(i)
        i++
      } else if (pick === 2) {
        unmatchedChars.push(j)
        j++
      } else {
        const cand = candidates[j]![pick - 3]!
        const used = matchUnits[here]!
        const op: AlignOp = {char: j, chars: cand.chars, unit: i, units: used, type: cand.type}
        if (cand.official) op.official = cand.official
        ops.push(op)
        i += used
        j += cand.chars
      }
    }
    return {score: score[start * width]!, ops, unmatchedChars, unmatchedUnits}
  }
  return {scoreAt: at, trace}
}

/** How many units from `i` spell `text` exactly, or 0. */
function matchAt(units: readonly string[], i: number, text: string): number {
  let offset = 0
  let u = i
  while (offset < text.length && u < units.length) {
    const unit = units[u]!
    if (!text.startsWith(unit, offset)) return 0
    offset += unit.length
    u++
  }
  return offset === text.length ? u - i : 0
}

function unitCost(unit: string): number {
  if (isHangulSyllable(unit.charCodeAt(0))) return SKIP_SYLLABLE
  return /^[-&+~_.]+$/.test(unit) ? SKIP_PUNCT : SKIP_SYLLABLE
}
