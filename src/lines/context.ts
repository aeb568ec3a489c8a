import type {Point, Position} from 'unist'
import {lineEnd, type Line} from './split.js'
import type {Span} from '../tree/types.js'
import {lineSpan, spanEndOffset, spanOffset} from '../tree/span.js'
import {firstNonBlank, nonBlankEnd} from '../util/text.js'

import type {RuleId} from '../contract/rules.js'

/** File a problem: its severity comes from the rule list (`contract/rules.ts`). */
export interface Report {
  (reason: string, place: Position | Point, ruleId: RuleId): void
}

/** What every parse step needs: the lines, offset → point, and a reporter. */
export interface ParseContext {
  lines: Line[]
  toPoint(offset: number): Point
  report: Report
}

export function spanPosition(context: ParseContext, span: Span): Position {
  return {
    start: context.toPoint(spanOffset(span, 0)),
    end: context.toPoint(spanEndOffset(span, span.text.length))
  }
}

/** From the first character of line `first` to the end of line `last`. */
export function linesPosition(context: ParseContext, first: Line, last: Line): Position {
  return {
    start: context.toPoint(first.start),
    end: context.toPoint(lineEnd(last))
  }
}

/** The place of a line's text trimmed of blanks: `spanPosition` of its `lineSpan`, without making the span. */
export function trimmedLinePosition(context: ParseContext, line: Line): Position {
  if (line.map) return spanPosition(context, lineSpan(line))
  const from = firstNonBlank(line.text)
  const to = nonBlankEnd(line.text, from)
  return {start: context.toPoint(line.start + from), end: context.toPoint(line.start + to)}
}
