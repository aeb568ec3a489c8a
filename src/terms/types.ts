/**
 * Contract between the term extractor and the rest of kic.
 *
 * `extractTerms` works on the plain text of one block; the pipeline maps
 * `start`/`end` (UTF-16 indices into that text) back to file positions and
 * adds `id`, `position` and `block` itself.
 */

// The unions are the record contract's (`contract/document.ts`).
import type {TermCategory, TermKind} from '../contract/document.js'
export type {TermCategory, TermKind}

export interface TermHit {
  /** Index in the block text where the Korean side starts. */
  start: number
  /** Index just past the closing bracket (or the end of the note's Chinese). */
  end: number
  korean: string
  /** Chinese side as written, or null for Korean(English) pairs. */
  chinese: string | null
  english: string | null
  /** Korean gloss inside the brackets (`开悟 깨달음`), or the editor's explanation. */
  gloss: string | null
  /** Job title in `이름[中文, 직함]`. */
  role: string | null
  kind: TermKind
  category: TermCategory
  /** 0–1. */
  confidence: number
  /** Rule ids: `reading-mismatch`, `nonstandard-spelling`, … */
  flags: string[]
  /** Official 외래어 표기법 spelling when `nonstandard-spelling` is flagged. */
  standard: string | null
  /** Where the pair came from: inline brackets or an editor's note. */
  source: 'inline' | 'note'
  /** Simplified form of `chinese` (the glossary key); set by the extractor. */
  simplified?: string
  /** A footnote marker `*` follows the bracket (an editor's note explains the term). */
  footnote?: boolean
}

export interface TermContext {
  /** Block type the text belongs to (`paragraph`, `note`, `caption`, `cell`, …). */
  blockType?: string
  /** For `note` blocks: the term the editor's note explains (`양화융합`). */
  noteTerm?: string
}
