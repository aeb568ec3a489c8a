/** A physical line of the decoded text, without its line ending. */
export interface Line {
  /** 1-based line number. */
  number: number
  /** Offset of the first character. */
  start: number
  text: string
}

/** Split on LF, CRLF or CR, keeping offsets into the original string. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) {
      lines.push({number: number++, start, text: text.slice(start, index)})
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
  }
  if (start < text.length || lines.length === 0) {
    lines.push({number, start, text: text.slice(start)})
  }
  return lines
}
