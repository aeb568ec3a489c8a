import type {Lang} from '../tree/types.js'
import {chineseShare, francMinimum, koreanShare, scriptRanges} from '../data/scripts.js'
import {isLetter} from '../util/unicode-class.js'

export interface ScriptCounts {
  hangul: number
  han: number
  latin: number
  other: number
}

function scriptOf(code: number): keyof ScriptCounts | undefined {
  for (const range of scriptRanges) if (code >= range.from && code <= range.to) return range.script
  return undefined
}

/** Script of each BMP code point, filled lazily: 0 not looked up yet, then one of `kinds`. */
let bmp: Uint8Array | undefined
const kinds = [undefined, 'hangul', 'han', 'latin', 'other', undefined] as const
const unknown = 0
const otherLetter = 4
const ignored = 5

function bmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  // Earlier ranges win where ranges overlap, as in `scriptOf`: fill in reverse order.
  for (let index = scriptRanges.length - 1; index >= 0; index--) {
    const range = scriptRanges[index]!
    if (range.from > 0xffff) continue
    table.fill(kinds.indexOf(range.script), range.from, Math.min(range.to, 0xffff) + 1)
  }
  return table
}

/** Letters per kind in one `countRange` call, indexed by the `bmp` table's values. */
const tally = new Int32Array(kinds.length)

/** Add the letters of `text` to `counts`, by script (one table look-up per BMP character). */
export function addScripts(counts: ScriptCounts, text: string): ScriptCounts {
  countRange(counts, text, 0, text.length)
  return counts
}

/**
 * Add the letters of `text` in [from, to) to `counts`. Returns where it
 * stopped: `to`, or one past it when a surrogate pair straddles `to`.
 */
function countRange(counts: ScriptCounts, text: string, from: number, to: number): number {
  const table = (bmp ??= bmpTable())
  tally.fill(0)
  let index = from
  for (; index < to; index++) {
    let code = text.charCodeAt(index)
    if (code < 0x41) continue
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(index)!
      index++
      const script = scriptOf(code) ?? (code > 0x7f && isLetter(code) ? 'other' : undefined)
      if (script) counts[script]++
      continue
    }
    let kind = table[code]!
    if (kind === unknown) kind = table[code] = code > 0x7f && isLetter(code) ? otherLetter : ignored
    tally[kind]++
  }
  counts.hangul += tally[1]!
  counts.han += tally[2]!
  counts.latin += tally[3]!
  counts.other += tally[otherLetter]!
  return index
}

/**
 * The letters of one block counted text by text, with how many code units
 * are still to come (set before counting), and whether the block is already
 * known to be Korean.
 */
export interface BlockTally {
  counts: ScriptCounts
  unread: number
  korean: boolean
}

export function blockTally(): BlockTally {
  return {counts: {hangul: 0, han: 0, latin: 0, other: 0}, unread: 0, korean: false}
}

/** Code units counted between two looks at whether a block is surely Korean. */
const lookEvery = 32

/**
 * Count the next text of a block, and stop as soon as the block is Korean
 * whatever it still holds: Hangul makes `koreanShare` of the letters counted
 * and of every code unit unread, taken as a letter of another script (the
 * rest can only lower the share that far, and Korean is the first rule of
 * `langOfCounts`). Korean blocks are decided after about half their text.
 */
export function addToTally(block: BlockTally, text: string): void {
  if (block.korean) return
  const counts = block.counts
  let index = 0
  while (index < text.length) {
    const next = countRange(counts, text, index, Math.min(index + lookEvery, text.length))
    block.unread -= Math.min(next, text.length) - index
    index = next
    const bound = counts.hangul + counts.han + counts.latin + counts.other + block.unread
    if (counts.hangul > 0 && counts.hangul / bound >= koreanShare) {
      block.korean = true
      return
    }
  }
}

/**
 * The language of a text whose scripts were counted. franc mislabels short
 * and mixed Korean text, so it is asked only about long Latin-only runs (via
 * `latin`, given when the caller has loaded it).
 */
export function langOfCounts(counts: ScriptCounts, text: string, latin?: (text: string) => string): Lang {
  const letters = counts.hangul + counts.han + counts.latin + counts.other
  if (letters === 0) return 'und'
  if (counts.hangul / letters >= koreanShare) return 'ko'
  if (counts.han / letters >= chineseShare && counts.hangul === 0) return 'zh'
  if (counts.hangul > counts.han && counts.hangul >= counts.latin) return 'ko'
  if (counts.han > counts.latin) return 'zh'
  if (counts.latin / letters >= 0.8) {
    if (latin && counts.latin >= francMinimum) {
      const code = latin(text)
      return code === 'eng' ? 'en' : 'und'
    }
    return 'en'
  }
  return 'und'
}

/**
 * URLs and e-mail addresses are Latin letters that say nothing of the language.
 * The local part starts where a run of its characters starts (the lookbehind):
 * without it a 1 MB run of letters costs 64 steps per character.
 */
export function withoutUrls(text: string): string {
  if (!text.includes('http') && !text.includes('www.') && !text.includes('@')) return text
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>]*|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, ' ')
}
