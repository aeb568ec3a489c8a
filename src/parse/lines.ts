import type {Line} from '../tree/types.js'

export type {Line}

/** Split on LF, CRLF or CR, keeping offsets into the original string. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  // Jump from line end to line end (indexOf) rather than testing every character.
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (lf !== -1 || cr !== -1) {
    const index = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr
    lines.push({number: number++, start, text: text.slice(start, index)})
    start = index === cr && lf === cr + 1 ? lf + 1 : index + 1
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start)
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
  }
  if (start < text.length || lines.length === 0) {
    lines.push({number, start, text: text.slice(start)})
  }
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
