import {endingSyllables, gluingHeads, standaloneSyllables} from '../data/page-breaks.js'
import {isAllHangulSyllables} from '../util/chars.js'

/**
 * Whether the Korean word cut between `left` and `right` (a page break or a
 * wrapped PDF line) is one word: glued without a space when either side is a
 * fragment (`현` + `실 세계`, `시장보` + `다 낮은`).
 */
export function gluesWithoutSpace(left: string, right: string): boolean {
  const tail = lastWord(left)
  return tailGlues({hangul: isAllHangulSyllables(tail), length: tail.length, last: tail[tail.length - 1] ?? ''}, trimPunctuation(firstWord(right)))
}

/** What the rule needs of the word before the cut (page-break repair keeps these up to date as it joins). */
export interface CutTail {
  /** All Hangul syllables. */
  hangul: boolean
  length: number
  /** Its last character (the whole word when it has one). */
  last: string
}

/** `gluesWithoutSpace` of a word before the cut, known by its `CutTail`, and the word after it (punctuation trimmed). */
export function tailGlues(tail: CutTail, head: string): boolean {
  if (!tail.hangul || !isAllHangulSyllables(head)) return false
  if (tail.length === 1 && !standaloneSyllables.has(tail.last)) return true
  if (head.length === 1 && !standaloneSyllables.has(head)) return true
  return gluingHeads.has(head) && !endingSyllables.has(tail.last)
}

/** Without trailing `.,!?`; a loop, because `/[.,!?]+$/` backtracks quadratically on a long run of dots. */
export function trimPunctuation(word: string): string {
  let end = word.length
  while (end > 0 && '.,!?'.includes(word[end - 1]!)) end--
  return word.slice(0, end)
}

export function lastWord(text: string): string {
  const space = text.lastIndexOf(' ')
  return text.slice(space + 1)
}

export function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space === -1 ? text : text.slice(0, space)
}


