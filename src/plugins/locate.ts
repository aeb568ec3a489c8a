import type {VFile} from 'vfile'
import {lineStarts} from '../util/line-breaks.js'
import type {Position, Point} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/** The line starts of a file, found once: terms and figures both place their hits. */
const startsOf = new WeakMap<VFile, {starts: readonly number[]; length: number}>()

/**
 * Turn `[start, end)` of a span's text into a position in the file. Line and column are those
 * of `pointLocator` (offsets clamped to the text); the offset is the unclamped one. Hits come
 * mostly in file order and a hit's end is mostly on its start's line, so the line of the last
 * point is tried before a binary search.
 */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  let known = startsOf.get(file)
  if (!known) {
    const text = String(file.value)
    startsOf.set(file, (known = {starts: lineStarts(text), length: text.length}))
  }
  const {starts, length} = known
  const lastLine = starts.length - 1
  let hint = 0
  const point = (offset: number): Point => {
    const at = offset < 0 ? 0 : offset > length ? length : offset
    let line = hint
    if (!(starts[line]! <= at && (line === lastLine || starts[line + 1]! > at))) {
      let low = 0
      let high = lastLine
      while (low < high) {
        const middle = (low + high + 1) >>> 1
        if (starts[middle]! <= at) low = middle
        else high = middle - 1
      }
      line = hint = low
    }
    return {line: line + 1, column: at - starts[line]! + 1, offset}
  }
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
