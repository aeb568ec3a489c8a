import type {Line} from '../parse/lines.js'
import type {Span} from './types.js'

/** Span of `line.text.slice(from, to)`, trimmed of surrounding whitespace. */
export function lineSpan(line: Line, from = 0, to = line.text.length): Span {
  if (line.map) return sliceSpan({text: line.text, map: line.map}, from, to)
  const text = line.text
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return {text: text.slice(from, to), map: [{at: 0, offset: line.start + from}]}
}

/** Part of a span, keeping the map (indices into `span.text`). */
export function sliceSpan(span: Span, from: number, to = span.text.length): Span {
  const text = span.text
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  const map = [{at: 0, offset: spanOffset(span, from)}]
  for (const segment of span.map) {
    if (segment.at > from && segment.at < to) map.push({at: segment.at - from, offset: segment.offset})
  }
  return {text: text.slice(from, to), map}
}

/** Concatenate spans with `glue` between them (glue maps to the end of the left one). */
export function joinSpans(left: Span, right: Span, glue: string): Span {
  const at = left.text.length + glue.length
  return {
    text: left.text + glue + right.text,
    map: [...left.map, ...right.map.map((segment) => ({at: segment.at + at, offset: segment.offset}))]
  }
}

/** Source offset of text index `index`. */
export function spanOffset(span: Span, index: number): number {
  let segment = span.map[0]
  for (const candidate of span.map) {
    if (candidate.at > index) break
    segment = candidate
  }
  return segment.offset + (index - segment.at)
}

/** Source offset just past text index `index - 1` (an exclusive end). */
export function spanEndOffset(span: Span, end: number): number {
  if (end <= 0) return spanOffset(span, 0)
  return spanOffset(span, end - 1) + 1
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b)
}
