import type {VFile} from 'vfile'
import {pointLocator} from '../util/line-breaks.js'
import type {Position} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/** Turn `[start, end)` of a span's text into a position in the file. */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  const locate = pointLocator(String(file.value))
  const point = (offset: number) => ({...locate(offset), offset})
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
