/** Character classes and a first-character word index used by the figure scanner. */

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
export const isLatin = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
export const isHangul = (c: string | undefined): boolean => c !== undefined && c >= '\uAC00' && c <= '\uD7A3'
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00A0'

/**
 * Longest-match lookup of words at a position. Entries are bucketed by their
 * first character, so each lookup costs at most the few words sharing it.
 */
export interface WordIndex<T extends { word: string }> {
  /** Candidate entries starting with the character at `i`, longest first (check with startsWith). */
  all(text: string, i: number): T[]
  /** Longest entry matching at `i`. */
  at(text: string, i: number): T | null
  /** Longest entry whose last character is at `end - 1`. */
  ending(text: string, end: number): T | null
}

const EMPTY: never[] = []

export function wordIndex<T extends { word: string }>(entries: readonly T[]): WordIndex<T> {
  const byFirst = new Map<string, T[]>()
  const byLast = new Map<string, T[]>()
  for (const e of entries) {
    const f = e.word[0]!
    const l = e.word[e.word.length - 1]!
    if (!byFirst.has(f)) byFirst.set(f, [])
    if (!byLast.has(l)) byLast.set(l, [])
    byFirst.get(f)!.push(e)
    byLast.get(l)!.push(e)
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.word.length - a.word.length)
  return {
    all(text, i) {
      return byFirst.get(text[i] ?? '') ?? EMPTY
    },
    at(text, i) {
      const list = byFirst.get(text[i] ?? '')
      if (!list) return null
      for (const e of list) if (text.startsWith(e.word, i)) return e
      return null
    },
    ending(text, end) {
      const list = byLast.get(text[end - 1] ?? '')
      if (!list) return null
      for (const e of list) if (end - e.word.length >= 0 && text.startsWith(e.word, end - e.word.length)) return e
      return null
    },
  }
}

export const words = (list: readonly string[]): { word: string }[] => list.map((word) => ({ word }))
