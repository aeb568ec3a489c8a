import {availableParallelism, constants} from 'node:os'
import {UsageError} from '../../batch/guard.js'
import {parseExtensions} from '../../batch/inputs.js'
import {defaultDatabase, Interrupted, runBatch} from '../../batch/run.js'
import {join} from 'node:path'
import type {GlossaryDirection} from '../../emit/glossary-record.js'
import {resolveLexicon} from '../../lexicon/config.js'
import {displayName, displayText} from '../../util/display.js'

export interface BatchCommandOptions {
  output: string
  ext: string
  jobs?: string
  jsonl?: boolean
  force?: boolean
  quiet?: boolean
  bom: boolean
  raw?: boolean
  format?: 'csv' | 'tsv'
  encoding: string
  pretty?: boolean
  workerMemory?: number
  direction?: GlossaryDirection
  lexicon?: string
  config?: string
  /** `--sqlite` alone is true; with a value, the database path. */
  sqlite?: boolean | string
  parquet?: boolean
  followLinks?: boolean
}

/** `kic batch <inputs…> -o <outdir>`: 0 all converted, 1 some input failed, 2 usage. */
export async function runBatchCommand(paths: string[], options: BatchCommandOptions): Promise<number> {
  const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs)
  const extensions = parseExtensions(options.ext)
  try {
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not \`${options.jobs}\``)
    if (paths.includes('-')) {
      throw new UsageError('batch reads files and folders, not stdin (`-`): convert one issue from stdin with `kic parse - < issue.txt`, or save it to a file first')
    }
    if (extensions.length === 0) throw new UsageError('--ext needs at least one extension, as in `--ext .txt,.md`')
    const lexicon = await resolveLexicon(options)
    const sqlite = options.sqlite === true ? join(options.output, defaultDatabase) : typeof options.sqlite === 'string' ? options.sqlite : null
    const summary = await runBatch(paths, {
      direction: options.direction ?? 'zh-ko',
      lexicon,
      sqlite,
      parquet: Boolean(options.parquet),
      output: options.output,
      extensions,
      jobs,
      jsonl: Boolean(options.jsonl),
      force: Boolean(options.force),
      quiet: Boolean(options.quiet),
      bom: options.bom,
      raw: Boolean(options.raw),
      format: options.format ?? 'csv',
      encoding: options.encoding,
      pretty: Boolean(options.pretty),
      ...(options.workerMemory ? {workerMemory: options.workerMemory} : {}),
      followLinks: Boolean(options.followLinks)
    })
    return summary.failed > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kic batch: ${displayText(error.message)}\n`)
      return 2
    }
    if (error instanceof Interrupted) {
      process.stderr.write(`kic batch: ${error.message}: what was converted is kept in ${displayName(options.output)} (run again to finish)\n`)
      return 128 + (constants.signals[error.signal] ?? 2)
    }
    throw error
  }
}
