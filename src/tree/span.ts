import {isSpaceCode} from '../util/text.js'
import type {Line, Span} from './types.js'

/**
 * Span of `line.text.slice(from, to)`, trimmed of surrounding blanks (`isSpaceCode`). Here, in
 * `linesSpan` and `sliceSpan` the trimming loops stay inline, not calls of `firstNonBlank` and
 * `nonBlankEnd`: they run for every line and span, and the calls cost the parser 2–3% (measured).
 */
export function lineSpan(line: Line, from = 0, to = line.text.length): Span {
  if (line.map) return sliceSpan({text: line.text, map: line.map}, from, to)
  const text = line.text
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return {text: text.slice(from, to), map: [{at: 0, offset: line.start + from}]}
}

/**
 * Lines `first` to `last`, each trimmed, joined with `glue`: `concatSpans` of their `lineSpan`s,
 * made in one step (a paragraph of many lines made a span, a map and a segment for each line,
 * then copied them). One line is its `lineSpan`.
 */
export function linesSpan(lines: readonly Line[], first: number, last: number, glue: string): Span {
  if (first === last) return lineSpan(lines[first])
  const texts: string[] = []
  const map: Span['map'] = []
  let length = 0
  for (let index = first; index <= last; index++) {
    if (index > first) length += glue.length
    const line = lines[index]
    if (line.map) {
      // A Markdown line: its own map, shifted.
      const span = lineSpan(line)
      for (const segment of span.map) map.push({at: segment.at + length, offset: segment.offset})
      texts.push(span.text)
      length += span.text.length
      continue
    }
    const text = line.text
    let from = 0
    let to = text.length
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
    map.push({at: length, offset: line.start + from})
    texts.push(text.slice(from, to))
    length += to - from
  }
  return {text: texts.join(glue), map}
}

/**
 * The last `length` characters of a line's trimmed text, as a span: for a
 * match found in the trimmed line (the body reads `trimBlank(line.text)`),
 * whatever blanks the line ends in.
 */
export function lineTail(line: Line, length: number): Span {
  const whole = lineSpan(line)
  return sliceSpan(whole, Math.max(0, whole.text.length - length))
}

/** Part of a span, keeping the map (indices into `span.text`). */
export function sliceSpan(span: Span, from: number, to = span.text.length): Span {
  const text = span.text
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  const map = [{at: 0, offset: spanOffset(span, from)}]
  for (let index = segmentAt(span, from) + 1; index < span.map.length && span.map[index].at < to; index++) {
    const segment = span.map[index]
    if (segment.at > from) map.push({at: segment.at - from, offset: segment.offset})
  }
  return {text: text.slice(from, to), map}
}

/** Concatenate spans with `glue` between them (glue maps to the end of the left one). */
export function joinSpans(left: Span, right: Span, glue: string): Span {
  return concatSpans([left, right], glue)
}

/** Concatenate many spans in one pass (joining them pairwise would copy the map each time). */
export function concatSpans(spans: Span[], glue: string): Span {
  const texts: string[] = []
  const map: Span['map'] = []
  let length = 0
  spans.forEach((span, index) => {
    if (index > 0) length += glue.length
    for (const segment of span.map) map.push({at: segment.at + length, offset: segment.offset})
    texts.push(span.text)
    length += span.text.length
  })
  return {text: texts.join(glue), map}
}

/** Source offset of text index `index`. */
export function spanOffset(span: Span, index: number): number {
  const segment = span.map[segmentAt(span, index)]
  return segment.offset + (index - segment.at)
}

/** Index of the last segment starting at or before text index `index` (binary search). */
function segmentAt(span: Span, index: number): number {
  let low = 0
  let high = span.map.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (span.map[middle].at <= index) low = middle
    else high = middle - 1
  }
  return low
}

/** Source offset just past text index `index - 1` (an exclusive end). */
export function spanEndOffset(span: Span, end: number): number {
  if (end <= 0) return spanOffset(span, 0)
  return spanOffset(span, end - 1) + 1
}

