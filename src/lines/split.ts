import type {Line} from '../tree/types.js'

export type {Line}
import {breakEnd, formFeed, isLineBreak, lfLineStarts} from '../util/line-breaks.js'

/**
 * Split on LF, CRLF, CR, NEL, U+2028, U+2029 and form feed (see
 * util/line-breaks.ts), keeping offsets into the original string. A line
 * ended by a form feed is the last of its page: `pageBreak` keeps that.
 */
export function splitLines(text: string): Line[] {
  const starts = lfLineStarts(text)
  if (starts) return splitLf(text, starts)
  const lines: Line[] = []
  let start = 0
  let number = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isLineBreak(code)) {
      const line: Line = {number: number++, start, text: text.slice(start, index)}
      if (code === formFeed) line.pageBreak = true
      lines.push(line)
      index = breakEnd(text, index) - 1
      start = index + 1
    }
  }
  if (start < text.length || lines.length === 0) {
    lines.push({number, start, text: text.slice(start)})
  }
  return lines
}

/**
 * `splitLines` for a text whose only line break is LF, cut at its line starts (found once for
 * the parser and the positions of the whole pipeline). A text ending in LF has a start at its
 * end that opens no line.
 */
function splitLf(text: string, starts: readonly number[]): Line[] {
  const last = starts.length - 1
  const lines: Line[] = []
  for (let index = 0; index < last; index++) {
    lines.push({number: index + 1, start: starts[index]!, text: text.slice(starts[index]!, starts[index + 1]! - 1)})
  }
  const start = starts[last]!
  if (start < text.length || last === 0) lines.push({number: last + 1, start, text: text.slice(start)})
  return lines
}

/** Source offset just past the end of a line's text. */
export function lineEnd(line: Line): number {
  if (!line.map) return line.start + line.text.length
  const text = line.text
  if (text.length === 0) return line.map[0]?.offset ?? line.start
  let segment = line.map[0]
  for (const candidate of line.map) {
    if (candidate.at > text.length - 1) break
    segment = candidate
  }
  return segment.offset + (text.length - 1 - segment.at) + 1
}
