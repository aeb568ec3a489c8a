import type {Line} from '../lines/split.js'
import type {Cell, Draft, Span} from '../tree/types.js'
import {lineSpan, sliceSpan} from '../tree/span.js'
import {spanPosition, type ParseContext} from '../lines/context.js'

/**
 * One tab-separated cell. Cells of the PDF export hold HTML fragments:
 * `<p>…</p>` is unwrapped; `<ul …> • a • b` becomes items `a`, `b`.
 * Tags are removed without moving the text's map off the source.
 */
export function parseCell(context: ParseContext, line: Line, from: number, to: number): Cell<Draft> {
  const whole = lineSpan(line, from, to)
  const span = stripTags(whole)
  const items = bulletItems(span)
  return {
    type: 'cell',
    span: items ? {text: items.map((item) => item.text).join('\n'), map: span.map} : span,
    items,
    // The cell as written, tags and all (`stripTags` makes a new span and leaves this one as it is).
    position: spanPosition(context, whole)
  }
}

/** Remove `<tag …>` and `</tag>` by cutting the span around them. */
function stripTags(span: Span): Span {
  const text = span.text
  if (!text.includes('<')) return span
  const pieces: Span[] = []
  let index = 0
  while (index < text.length) {
    const open = text.indexOf('<', index)
    if (open === -1) {
      pieces.push(sliceSpan(span, index))
      break
    }
    const close = text.indexOf('>', open)
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9]{0,10})/.exec(text.slice(open, open + 13))
    if (close === -1 || !name) {
      // Not a tag (`<인공지능 써밋>` style titles): keep it.
      const next = text.indexOf('<', open + 1)
      const end = next === -1 ? text.length : next
      pieces.push(sliceSpan(span, index, end))
      index = end
      continue
    }
    if (open > index) pieces.push(sliceSpan(span, index, open))
    index = close + 1
  }
  return concat(pieces.filter((piece) => piece.text.length > 0))
}

function concat(pieces: Span[]): Span {
  if (pieces.length === 0) return {text: '', map: [{at: 0, offset: 0}]}
  let text = ''
  const map: Span['map'] = []
  for (const piece of pieces) {
    if (text && !/\s$/.test(text)) text += ' '
    const at = text.length
    for (const segment of piece.map) map.push({at: segment.at + at, offset: segment.offset})
    text += piece.text
  }
  return {text, map}
}

/** `• a • b` → [a, b]; null when the cell has fewer than one bullet. */
function bulletItems(span: Span): Span[] | null {
  const text = span.text
  if (!text.startsWith('•')) return null
  const items: Span[] = []
  let start = 1
  for (let index = 1; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 0x2022) {
      const item = sliceSpan(span, start, index)
      if (item.text) items.push(item)
      start = index + 1
    }
  }
  return items
}
