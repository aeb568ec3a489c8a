import type {VFile} from 'vfile'
import {offsetLocator} from '../util/line-breaks.js'
import type {Position} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/**
 * Turn `[start, end)` of a span's text into a position in the file: points
 * of `offsetLocator` (line and column of the offset clamped to the text, the
 * offset as given). A hit's end is mostly on its start's line.
 */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  const point = offsetLocator(String(file.value))
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
