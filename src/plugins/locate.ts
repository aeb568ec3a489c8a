import type {VFile} from 'vfile'
import {pointLocator} from '../util/line-breaks.js'
import type {Position, Point} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/**
 * Turn `[start, end)` of a span's text into a position in the file. Line and column are those
 * of `pointLocator` (offsets clamped to the text; it tries the last point's line first, and
 * hits come mostly in file order); the offset is the unclamped one.
 */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  // `pointLocator` reads `lineStarts`, which keeps the last text's starts: the parser, terms and figures share one scan.
  const toPoint = pointLocator(String(file.value))
  const point = (offset: number): Point => {
    const found = toPoint(offset)
    found.offset = offset
    return found
  }
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
