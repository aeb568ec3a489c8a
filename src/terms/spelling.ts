/**
 * Official 외래어 표기법 spelling of a name's Korean side. The aligner already marks
 * syllables written after a known non-standard pattern (티엔 → 톈); for a person's name
 * written by sound, two more slips are corrected character by character:
 * - a character matched by its Sino-Korean reading among characters written by sound
 *   (唐彭壮 탕평장: 壮 read 장 as hanja, by sound 좡 → 탕펑좡);
 * - one character facing one to three syllables that no reading explains
 *   (卓居超 주어취차오: 居 is 쥐, not 취 → 줘쥐차오).
 */
import type {Alignment} from './align.js'
import {charReadings, toTraditional} from './readings.js'
import {isHangulSyllable} from '../util/chars.js'
import {memo} from '../util/memo.js'

export interface SpellingFix {
  /** Text indices of the syllables replaced. */
  from: number
  to: number
  official: string
}

interface Syllables {
  text: string
  start: number
  end: number
}

/**
 * The characters of a Chinese side and, for each, its traditional form (the character itself
 * when the conversion changes the count). Split and converted once per side: a name recurs
 * within an issue and from issue to issue, and the conversion is the costly part.
 */
const sideChars = memo(4096, (chinese: string): {chars: readonly string[]; traditional: readonly string[]} => {
  const chars = [...chinese]
  const traditional = [...toTraditional(chinese)]
  return {chars, traditional: traditional.length === chars.length ? traditional : chars}
})

/** Fixes for a name written by sound (more characters read by sound than by hanja). */
export function nameFixes(alignment: Alignment, units: readonly Syllables[], chinese: string): SpellingFix[] {
  let bySound = 0
  let byHanja = 0
  for (const op of alignment.ops) {
    if (op.type === 'conventional' || op.type === 'convention-sound') return []
    if (op.type === 'translit' || op.type === 'nonstandard') bySound += op.chars
    else if (op.type === 'hanja') byHanja += op.chars
  }
  if (bySound === 0 || bySound <= byHanja) return []
  const {chars, traditional} = sideChars(chinese)
  const official = (index: number): string | undefined => {
    const char = chars[index]
    if (char === undefined) return undefined
    const [first] = charReadings(char, traditional[index]!).translit
    return first
  }
  const fixes: SpellingFix[] = []
  const fix = (firstUnit: number, count: number, char: number) => {
    const spelled = official(char)
    const first = units[firstUnit]
    const last = units[firstUnit + count - 1]
    if (!spelled || !first || !last) return
    if (spells(units, firstUnit, count, spelled)) return
    fixes.push({from: first.start, to: last.end, official: spelled})
  }
  let char = 0
  let unit = 0
  const gap = (toChar: number, toUnit: number) => {
    const syllables = toUnit - unit
    if (toChar - char !== 1 || syllables < 1 || syllables > 3) return
    for (let u = unit; u < toUnit; u++) if (!isHangulSyllable(units[u]!.text.charCodeAt(0))) return
    fix(unit, syllables, char)
  }
  for (const op of alignment.ops) {
    gap(op.char, op.unit)
    if (op.type === 'hanja' && op.chars === 1) fix(op.unit, op.units, op.char)
    char = op.char + op.chars
    unit = op.unit + op.units
  }
  gap(chars.length, units.length)
  return fixes
}

/** The texts of `count` units from `first`, joined, are `spelled` (compared in place, nothing joined). */
function spells(units: readonly Syllables[], first: number, count: number, spelled: string): boolean {
  let offset = 0
  for (let u = first; u < first + count && u < units.length; u++) {
    const text = units[u]!.text
    if (!spelled.startsWith(text, offset)) return false
    offset += text.length
  }
  return offset === spelled.length
}

/** The Korean side with the fixed syllables replaced by the official spelling. */
export function standardSpelling(korean: string, offset: number, fixes: readonly SpellingFix[]): string | null {
  if (fixes.length === 0) return null
  let out = korean
  for (const fix of [...fixes].sort((a, b) => b.from - a.from)) {
    const from = fix.from - offset
    const to = fix.to - offset
    if (from < 0 || to > korean.length) return null
    out = out.slice(0, from) + fix.official + out.slice(to)
  }
  return out
}
