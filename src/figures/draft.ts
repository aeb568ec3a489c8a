/**
 * The working figure the extractor passes hand to each other: a hit plus what later
 * passes need. A leaf: the passes (extract, cues, subject) import it, it imports none of them.
 */
import type { Atom } from './scan.js'
import type { FigureHit, FigureKind } from './types.js'

/** The kinds that take a change, a basis and a subject of their own: amounts, counts and rates. */
export const QUANTITY: ReadonlySet<FigureKind> = new Set<FigureKind>(['money', 'count', 'percent', 'percentage_point', 'ratio', 'measure', 'index'])

/** Working figure: a hit plus what later passes need. */
export interface Draft extends FigureHit {
  atom?: Atom
  /** A bare number, kept only inside a respectively-list or as a whole table cell. */
  bare?: boolean
  weak?: boolean
  /** Rank (위) — the only figures `안`/`권` qualify. */
  rank?: boolean
}
