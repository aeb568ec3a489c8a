/**
 * What ends a line, in one place for the splitter, the locator of positions
 * and the Markdown reader: LF, CRLF, CR, and the Unicode breaks PDF
 * extraction and word processors leave — NEL (U+0085), LINE SEPARATOR
 * (U+2028), PARAGRAPH SEPARATOR (U+2029) and FORM FEED (U+000C), which also
 * marks a page break (pdftotext puts one between pages).
 */

export const formFeed = 0x0c

/** Whether the character is a line break other than CR (CR + LF counts as one break). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === formFeed || code === 0x85 || code === 0x2028 || code === 0x2029
}

/** Offset just past the line break at `index` (CRLF is one break). */
export function breakEnd(text: string, index: number): number {
  return text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
}

/**
 * Whether the text's only line break is LF (the usual case: the fast paths
 * below rely on it). One `indexOf` per other break: each is a fast search,
 * several times quicker than a character class over the text.
 */
function onlyLf(text: string): boolean {
  return (
    text.indexOf('\r') === -1 &&
    text.indexOf('\f') === -1 &&
    text.indexOf('\u0085') === -1 &&
    text.indexOf('\u2028') === -1 &&
    text.indexOf('\u2029') === -1
  )
}

/**
 * The last text whose line starts were found, and those starts: the parser and the terms and
 * figures positions all place offsets in the same document text, so it is scanned once. One
 * entry only (the text of the document at hand stays alive until the next one is located).
 */
let lastText: string | null = null
let lastStarts: readonly number[] = [0]
/** Whether the last text's only line break is LF. */
let lastOnlyLf = true

/** Offsets where lines start (the first is 0). Shared between calls on the same text: read only. */
export function lineStarts(text: string): readonly number[] {
  if (text === lastText) return lastStarts
  lastOnlyLf = onlyLf(text)
  const starts = findLineStarts(text, lastOnlyLf)
  lastText = text
  lastStarts = starts
  return starts
}

/**
 * `lineStarts` of a text whose only line break is LF, or null for any other text: the line
 * splitter cuts lines at these starts, so the text is searched for breaks once, not twice.
 */
export function lfLineStarts(text: string): readonly number[] | null {
  const starts = lineStarts(text)
  return lastOnlyLf ? starts : null
}

function findLineStarts(text: string, lfOnly: boolean): number[] {
  const starts = [0]
  if (lfOnly) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
    return starts
  }
  for (let index = 0; index < text.length; index++) {
    if (!isLineBreak(text.charCodeAt(index))) continue
    index = breakEnd(text, index) - 1
    starts.push(index + 1)
  }
  return starts
}

export interface Point {
  line: number
  column: number
  offset: number
}

/** Offset → 1-based line and column, with the same breaks as `splitLines`; offsets are clamped to the text. */
export function pointLocator(text: string): (offset: number) => Point {
  const locate = offsetLocator(text)
  const length = text.length
  return (offset) => locate(offset < 0 ? 0 : offset > length ? length : offset)
}

/**
 * As `pointLocator`, but the point keeps the offset as given (its line and
 * column are those of the offset clamped to the text). Every node's and
 * record's position is made of these points: one object per point, no copy
 * of a clamped one, and hits come mostly in file order (`lineIndex` tries
 * the last point's line first).
 */
export function offsetLocator(text: string): (offset: number) => Point {
  const starts = lineStarts(text)
  const length = text.length
  let line = 0
  return (offset) => {
    const at = offset < 0 ? 0 : offset > length ? length : offset
    line = lineIndex(starts, at, line)
    return {line: line + 1, column: at - starts[line]! + 1, offset}
  }
}

/** How many lines past the hint `lineIndex` looks before it searches. */
const nearLines = 4

/**
 * Index of the line holding offset `at` (within the text), given its `lineStarts`. Callers
 * mostly go forward through a text and stay on a line for a while, so `hint` (the line found
 * last) is tried before a binary search.
 */
function lineIndex(starts: readonly number[], at: number, hint = 0): number {
  const last = starts.length - 1
  if (starts[hint]! <= at && (hint === last || starts[hint + 1]! > at)) return hint
  // A few lines on: the next block's start lies past the end of the one before and a blank line or two.
  for (let line = hint + 1; line <= last && line <= hint + nearLines && starts[line]! <= at; line++) {
    if (line === last || starts[line + 1]! > at) return line
  }
  let low = 0
  let high = last
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (starts[middle]! <= at) low = middle
    else high = middle - 1
  }
  return low
}

/** The text with every Unicode line break other than CR/LF replaced by LF: same length, same offsets. */
export function unicodeBreaksToLf(text: string): string {
  return /[\f\u0085\u2028\u2029]/.test(text) ? text.replace(/[\f\u0085\u2028\u2029]/g, '\n') : text
}
