import type {VFile} from 'vfile'
import {pointLocator, type Point} from '../util/line-breaks.js'
import type {Position} from 'unist'
import type {Span} from '../tree/types.js'
import {spanEndOffset, spanOffset} from '../tree/span.js'

/** One point locator per file: terms and figures both place their hits, the line starts are found once. */
const locators = new WeakMap<VFile, (offset: number) => Point>()

/** Turn `[start, end)` of a span's text into a position in the file. */
export function spanLocator(file: VFile): (span: Span, start: number, end: number) => Position {
  let locate = locators.get(file)
  if (!locate) locators.set(file, (locate = pointLocator(String(file.value))))
  const found = locate
  // The offset is the unclamped one (the locator clamps line and column only).
  const point = (offset: number): Point => {
    const {line, column} = found(offset)
    return {line, column, offset}
  }
  return (span, start, end) => ({
    start: point(spanOffset(span, start)),
    end: point(spanEndOffset(span, end))
  })
}
