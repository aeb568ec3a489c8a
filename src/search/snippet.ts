import {normalizeForSearch} from '../archive/tokens.js'

/** Where `query` occurs in `text`, compared as search compares (NFKC, lower case); -1 if nowhere. */
export function findMatch(text: string, query: string): {start: number; end: number} | null {
  const needle = normalizeForSearch(query)
  if (needle === '') return null
  // Normalizing keeps lengths for nearly all text; map back through a per-character walk only when it does not.
  const normalized = normalizeForSearch(text)
  const at = normalized.indexOf(needle)
  if (at === -1) return null
  if (normalized.length === text.length) return {start: at, end: at + needle.length}
  let start = 0
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const next = length + normalizeForSearch(text[i]!).length
    if (length <= at && at < next) start = i
    if (length < at + needle.length && at + needle.length <= next) return {start, end: i + 1}
    length = next
  }
  return {start, end: text.length}
}

/** A line of context around the match, the match marked «…», ends cut with `…`. */
export function snippet(text: string, match: {start: number; end: number} | null, width = 40): string {
  const flat = (part: string) => part.replace(/\s+/g, ' ')
  if (!match) return flat(text.slice(0, width * 2)) + (text.length > width * 2 ? '…' : '')
  const from = Math.max(0, match.start - width)
  const to = Math.min(text.length, match.end + width)
  return (
    (from > 0 ? '…' : '') +
    flat(text.slice(from, match.start)) +
    '«' + flat(text.slice(match.start, match.end)) + '»' +
    flat(text.slice(match.end, to)) +
    (to < text.length ? '…' : '')
  )
}

const sentenceEnd = /[.!?。！？]/

/** The sentence of `text` around index `at`: from after the last sentence end (or line break) before it to the next one. */
export function sentenceAround(text: string, at: number, length = 0): string {
  let start = at
  while (start > 0) {
    const char = text[start - 1]!
    if (char === '\n' || (sentenceEnd.test(char) && /\s/.test(text[start] ?? ' '))) break
    start--
  }
  let end = Math.min(text.length, at + length)
  while (end < text.length) {
    const char = text[end]!
    if (char === '\n') break
    end++
    if (sentenceEnd.test(char) && /\s|$/.test(text[end] ?? '')) break
  }
  return text.slice(start, end).trim()
}
