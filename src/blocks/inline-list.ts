import type {Draft, List, ListItem, Span} from '../tree/types.js'
import {sliceSpan} from '../tree/span.js'
import {spanPosition, type ParseContext} from '../lines/context.js'
import {maxOf, minOf} from '../util/arrays.js'

/** Markers that enumerate inside a sentence: `방법은 ○a ○b ○c 5 가지 …`. */
const inlineMarkers = ['○', '◯']
const markerCodes = new Set(inlineMarkers.map((marker) => marker.charCodeAt(0)))
/** The markers' code range: most characters (Hangul, ASCII) fall outside it, with no set lookup. */
const lowestMarker = minOf(markerCodes)
const highestMarker = maxOf(markerCodes)

/**
 * A sentence holding two or more inline markers becomes a list that keeps
 * the whole sentence (`span`), the words before the first marker (`lead`)
 * and one item per marker. The last item runs to the end of the sentence.
 */
export function inlineList(context: ParseContext, span: Span): List<Draft> | undefined {
  const text = span.text
  if (!inlineMarkers.some((marker) => text.includes(marker))) return undefined
  const marks: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= lowestMarker && code <= highestMarker && markerCodes.has(code)) marks.push(index)
  }
  if (marks.length < 2) return undefined

  const items: ListItem<Draft>[] = marks.map((at, index) => {
    const item = sliceSpan(span, at + 1, index + 1 < marks.length ? marks[index + 1] : text.length)
    return {
      type: 'listItem',
      marker: text[at],
      label: null,
      span: item,
      children: [],
      position: spanPosition(context, item)
    }
  })
  return {
    type: 'list',
    inline: true,
    span,
    lead: text.slice(0, marks[0]).trim() || null,
    items,
    position: spanPosition(context, span)
  }
}
