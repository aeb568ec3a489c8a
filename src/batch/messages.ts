import type {Record as FlatRecord} from '../emit/records.js'

/** What the main thread asks a worker to do with one input. */
export interface Task {
  index: number
  path: string
  encoding: string
  /** Folder for the worker's temporary per-issue JSON (`outdir/issues`). */
  issuesDir: string
  /** Folder of the rendered rows kept for re-runs (`outdir/rows`). */
  rowsDir: string
  /** The last run's result for this input, when it may be reused (same tool version, not `--force`). */
  previous: {sha256: string; output: string} | null
  /** Indented per-issue JSON (`--pretty`); compact by default. */
  pretty: boolean
  /** Headers already fixed by the main thread, by table name: rows for these come back as CSV text. */
  headers: {[table: string]: string[]}
  jsonl: boolean
}

/** The rows of one table for one input. */
export interface TableRows {
  count: number
  /** CSV rows (no header line), UTF-8 (transferred, not copied). */
  bytes?: Uint8Array
  /** The header `bytes` are laid out on (the task's, or for kept rows the one of the run that rendered them). */
  layout?: string[]
  /** The records themselves, when the task had no header for this table yet. */
  records?: FlatRecord[]
  /** Fields some record had that the header lacks (dropped from the CSV, kept in JSON). */
  extra?: string[]
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
  status: 'ok' | 'skipped' | 'failed'
  sha256: string | null
  size: number | null
  issue: number | null
  /** Freshly written per-issue JSON, at a temporary name in `issuesDir` (status ok). */
  temporary: string | null
  /** The kept per-issue JSON a skipped result's rows came from (to lay rows out again on another header). */
  kept?: string
  /** Name of this input's rows file in `rowsDir` (null when failed). */
  rows?: string | null
  failure: InputFailure | null
  tables: {[table: string]: TableRows}
  /** `records.jsonl` lines for this input (when asked), UTF-8. */
  jsonl: Uint8Array | null
  /** Term occurrences for the glossary. */
  terms: FlatRecord[]
  records: number
  warnings: number
}
