/**
 * Where a sentence-like window ends: sentence ends, bullets, line breaks, and a comma
 * after a clause-final syllable (`면제하고,`). A leaf shared by the change/basis pass
 * and the subject pass.
 */
import { CLAUSE_END_SYLLABLES, WINDOW_BREAKS } from '../data/figure-cues.js'
import { CodeSet, at, isDigitCode, isLatinCode, wordIndex, words } from './chars.js'

const BREAK_INDEX = wordIndex(words(WINDOW_BREAKS))
const CLAUSE_END = new CodeSet(CLAUSE_END_SYLLABLES)
const DOT = 0x2e
const COMMA = 0x2c
/** Characters a window break can start with. */
export const BREAK_FIRSTS: readonly string[] = ['.', ',', ...BREAK_INDEX.firsts]
const BREAK_START = new CodeSet(BREAK_FIRSTS)

/** Length of the break at `i` (0 when none). */
export function isBreak(text: string, i: number): number {
  const c = at(text, i)
  if (!BREAK_START.has(c)) return 0
  if (c === DOT) {
    // not a decimal point or a name (`2.5`, `ID.4`)
    const n = at(text, i + 1)
    return isDigitCode(n) || isLatinCode(n) ? 0 : 1
  }
  if (c === COMMA && CLAUSE_END.at(text, i - 1)) return 1
  const b = BREAK_INDEX.at(text, i)
  return b ? b.word.length : 0
}

/** A break somewhere in [from, to). */
export function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreak(text, i)) return true
  return false
}
