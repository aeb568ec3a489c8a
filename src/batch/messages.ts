import type {TermRecord} from '../contract/records.js'
import type {Layout} from './render.js'

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
  /** The last run's result for this input, when it may be reused (same tool version, not `--force`). */
  previous: {sha256: string; output: string} | null
  /** How to lay out the rows of the combined files. */
  layout: Layout
}

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
  failure: InputFailure | null
  tables: {[table: string]: TableRows}
  /** `records.jsonl` lines for this input (when asked), UTF-8. */
  jsonl: Uint8Array | null
  /** Term occurrences for the glossary. */
  terms: TermRecord[]
  records: number
  warnings: number
}
