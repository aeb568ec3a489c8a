import type {TermRecord} from '../contract/records.js'
import type {TableFormat} from '../emit/csv.js'
import type {LexiconRow} from '../lexicon/types.js'
import type {ArchivePayload} from '../archive/payload.js'

/** How the rows of the combined tables are laid out. */
export interface Layout {
  format: TableFormat
  raw: boolean
  jsonl: boolean
  /** Also lay the records out for the archive (`--sqlite`, `--parquet`). */
  archive?: boolean
}

/** What the main thread asks a worker to do with one input. */
export interface Task {
  index: number
  /** Where to read the input. */
  path: string
  /** The input's name in records and the manifest: relative to the folder given (see `inputs.ts`). */
  name: string
  encoding: string
  /** Folder for the worker's temporary per-issue JSON (`outdir/issues`). */
  issuesDir: string
  /** Folder of the rendered rows kept for re-runs (`outdir/rows`). */
  rowsDir: string
  /** The last run's result for this input, when it may be reused (same tool version, not `--force`). */
  previous: {sha256: string; output: string; lexicon: LexiconChange} | null
  /** Indented per-issue JSON (`--pretty`); compact by default. */
  pretty: boolean
  /** How to lay out the rows of the combined files. */
  layout: Layout
  /** The user's corrections to term pairs. */
  lexicon: LexiconRow[] | null
}

/**
 * How the lexicon changed since the kept JSON was made: `same`; a list of
 * forms (Chinese in every script, Korean without spaces) of the rows that
 * changed, so a kept JSON that mentions none of them is still right; or
 * `unknown` (parse again).
 */
export type LexiconChange = 'same' | 'unknown' | {forms: string[]}

/** The rows of one table for one input. */
export interface TableRows {
  count: number
  /** CSV rows laid out on the table's columns (no header line), UTF-8 (transferred, not copied). */
  bytes: Uint8Array
}

export interface InputFailure {
  message: string
  ruleId: string
  line: number | null
  column: number | null
  hint: string | null
}

export interface Result {
  index: number
  path: string
  name: string
  status: 'ok' | 'skipped' | 'failed'
  sha256: string | null
  size: number | null
  issue: number | null
  /** Freshly written per-issue JSON, at a temporary name in `issuesDir` (status ok). */
  temporary: string | null
  /** Name of this input's rows file in `rowsDir` (null when failed). */
  rows?: string | null
  failure: InputFailure | null
  tables: {[table: string]: TableRows}
  /** `records.jsonl` lines for this input (when asked), UTF-8. */
  jsonl: Uint8Array | null
  /** Term occurrences for the glossary. */
  terms: TermRecord[]
  /** The records for the archive (when asked). */
  archive: ArchivePayload | null
  records: number
  warnings: number
}
