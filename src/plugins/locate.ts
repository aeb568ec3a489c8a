import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Position} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/** Turn `[start, end)` of a span's text into a position in the file. */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  const place = location(file)
  // vfile-location's point is a fresh `{line, column, offset}`: used as is.
  const point = (offset: number) => place.toPoint(offset) ?? {line: 1, column: 1, offset}
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
