/**
 * A lexicon: the user's lasting corrections to the term pairs kic finds.
 * Rows are plain data (they cross to batch workers as they are).
 */
import type {TermCategory} from '../terms/types.js'

/**
 * - `prefer`: the Korean form to use for this Chinese (and the category, English, note given);
 * - `add`: a known pair, in the glossary even when no issue writes it with brackets;
 * - `reject`: a false pair (or every pair of this Chinese when Korean is empty): never output;
 * - `keep-form`: this written form is its own entry, not folded into its simplified form or
 *   (with Korean) into the entry's other Korean spellings.
 */
export type LexiconAction = 'prefer' | 'add' | 'reject' | 'keep-form'

export const lexiconActions: readonly LexiconAction[] = ['prefer', 'add', 'reject', 'keep-form']

export const termCategories: readonly TermCategory[] = ['person', 'organization', 'place', 'media', 'product', 'policy', 'other']

export interface LexiconRow {
  chinese: string | null
  korean: string | null
  category: TermCategory | null
  english: string | null
  note: string | null
  action: LexiconAction
  /** Where the row was read (for messages). */
  file: string
  line: number
}

export interface Lexicon {
  rows: LexiconRow[]
  /** SHA-256 of the rows' content (not of their places): a change of meaning changes it. */
  hash: string
  files: string[]
}
