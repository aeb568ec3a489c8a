/**
 * Contract between the figure extractor and the rest of kic.
 *
 * `extractFigures` works on the plain text of one block (or one table cell);
 * `start`/`end` are UTF-16 indices into that text. The pipeline adds `id`,
 * `position` and `block`.
 */

// The unions are the record contract's (`contract/document.ts`).
import type {Basis, Change, FigureKind, Qualifier} from '../contract/document.js'
export type {Basis, Change, FigureKind, Qualifier}

export interface FigureHit {
  start: number
  end: number
  text: string
  /** Number, or ISO date text (`2022-07-13`, `XXXX-06-24`, `2022/2025` for ranges). */
  value: number | string
  unit: string | null
  kind: FigureKind
  qualifier: Qualifier | null
  change: Change | null
  basis: Basis | null
  subject: string | null
  /** True when a date's year was taken from the issue date. */
  yearInferred?: boolean
}

export interface FigureContext {
  /** Issue date `YYYY-MM-DD`, used to complete dates without a year. */
  issueDate?: string | null
  blockType?: string
  /** Subject given by the caller, e.g. a table cell's row and column headers. */
  subject?: string | null
}
