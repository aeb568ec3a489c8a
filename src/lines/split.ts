import type {Line} from '../tree/types.js'

export type {Line}
import {breakEnd, formFeed, isLineBreak, onlyLf} from '../util/line-breaks.js'

/**
 * Split on LF, CRLF, CR, NEL, U+2028, U+2029 and form feed (see
 * util/line-breaks.ts), keeping offsets into the original string. A line
 * ended by a form feed is the last of its page: `pageBreak` keeps that.
 */
export function splitLines(text: string): Line[] {
  if (onlyLf(text)) return splitLf(text)
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

/** `splitLines` for a text whose only line break is LF: found by `indexOf`, not a test per character. */
function splitLf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
    lines.push({number: number++, start, text: text.slice(start, index)})
    start = index + 1
  }
  if (start < text.length || lines.length === 0) lines.push({number, start, text: text.slice(start)})
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
