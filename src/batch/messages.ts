import type {Record as FlatRecord} from '../emit/records.js'
import type {LexiconRow} from '../lexicon/types.js'
import type {ArchivePayload} from '../archive/payload.js'

/** What the main thread asks a worker to do with one input. */
export interface Task {
  index: number
  path: string
  encoding: string
  /** Folder for the worker's temporary per-issue JSON (`outdir/issues`). */
  issuesDir: string
  /** The last run's result for this input, when it may be reused (same tool version, not `--force`). */
  previous: {sha256: string; output: string; lexicon: LexiconChange} | null
  /** Headers already fixed by the main thread, by table name: rows for these come back as CSV text. */
  headers: {[table: string]: string[]}
  jsonl: boolean
  /** The user's corrections to term pairs. */
  lexicon: LexiconRow[] | null
  /** Also lay the records out for the archive database / Parquet files. */
  archive: boolean
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
  /** CSV rows laid out on the header of the task (no header line), UTF-8 (transferred, not copied). */
  bytes?: Uint8Array
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
  failure: InputFailure | null
  tables: {[table: string]: TableRows}
  /** `records.jsonl` lines for this input (when asked), UTF-8. */
  jsonl: Uint8Array | null
  /** Term occurrences for the glossary. */
  terms: FlatRecord[]
  /** The records for the archive (when asked). */
  archive: ArchivePayload | null
  records: number
  warnings: number
}
