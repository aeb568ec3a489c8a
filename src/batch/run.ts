import {mkdir, readdir, rm} from 'node:fs/promises'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {version} from '../version.js'
import {CombinedOutputs} from './combined.js'
import {GlossarySink} from './glossary-sink.js'
import {checkOutdir, UsageError} from './guard.js'
import {collectInputs, warnOutside} from './inputs.js'
import {acquireLock} from './lock.js'
import {createManifest, readManifest, writeManifest, type ManifestEntry} from './manifest.js'
import type {InputFailure, Result, Task} from './messages.js'
import {isIssueName} from './naming.js'
import {IssueFiles, issuesPath} from './outputs.js'
import {runOrdered} from './pool.js'
import {formatSummary, Progress} from './progress.js'
import {renderFailure} from './render.js'
import {combinedFiles, glossaryFile, glossaryOmegatFile, glossaryTbxFile, issuesFolder, manifestFile} from './tables.js'
import {formatDiagnosticLine} from '../contract/diagnostic-line.js'
import type {TableFormat} from '../emit/csv.js'
import type {Layout} from './render.js'
import {lexiconChange, manifestLexicon} from './lexicon-change.js'
import type {GlossaryDirection} from '../emit/glossary-record.js'
import {glossaryRecord} from '../emit/glossary-record.js'
import {toOmegat} from '../emit/omegat.js'
import {toTbx} from '../emit/tbx.js'
import type {Lexicon} from '../lexicon/types.js'
import type {ArchiveWriter} from '../archive/build.js'
import {loadTermDictionaries, toSimplified, toTraditional} from '../terms/readings.js'
import {removeOwnTemporaries, removeStaleTemporaries} from './temporary.js'
import {isSystemError, outputError} from '../io/output-target.js'
import {displayName} from '../util/display.js'
import {pruneRows, rowsPath} from './row-cache.js'

export interface BatchOptions {
  output: string
  /** Extensions taken from folders (`.txt`). */
  extensions: string[]
  jobs: number
  jsonl: boolean
  force: boolean
  quiet: boolean
  bom: boolean
  /** No formula escaping in the tables. */
  raw?: boolean
  /** Tables as `csv` (default) or `tsv`. */
  format?: TableFormat
  encoding: string
  /** Take symbolic links in folders wherever they point (default: only inside the folders given). */
  followLinks?: boolean
  /** Most results held waiting for an earlier one (default 4 × jobs). */
  window?: number
  /** Seconds between checkpoints of the manifest during a run (default 2). */
  checkpoint?: number
  /** Indented per-issue JSON (default compact). */
  pretty?: boolean
  /** Heap limit of each worker in MB (default `defaultWorkerMemory`): an input that needs more fails alone. */
  workerMemory?: number
  /** Source → target of the glossary files (default zh-ko). */
  direction?: GlossaryDirection
  /** The user's corrections to term pairs. */
  lexicon?: Lexicon | null
  /** Write the archive database here (null: not asked). */
  sqlite?: string | null
  /** Write one Parquet file per record kind into `<output>/parquet`. */
  parquet?: boolean
}

/**
 * Heap of each worker (MB). An issue of ~60 KB needs ~10 MB while it is
 * converted; the limit bounds the batch's memory whatever the input, and an
 * input too big for it fails with its own error while the others go on.
 */
export const defaultWorkerMemory = 96

/**
 * Young generation of each worker (MB). V8 lets a worker's young generation
 * grow to about 48 MB, more than a converted issue ever keeps there; capped,
 * a batch of 2,000 issues with `--jsonl` peaks at ~232 MB instead of ~266 MB
 * of RSS, for 2–15 % more CPU time in the workers (more scavenges) and 2–5 %
 * more wall time (measured in one session, interleaved).
 */
export const workerYoungGeneration = 24

/** Folder of the Parquet files and default name of the database, inside the output folder. */
export const parquetFolder = 'parquet'
export const defaultDatabase = 'archive.sqlite'

export interface BatchSummary {
  ok: number
  failed: number
  skipped: number
  records: number
  bytes: number
  seconds: number
  /** Seconds spent writing the database and Parquet files (0 when not asked). */
  archiveSeconds: number
}

/** Convert an archive: see issue 5 and README "Batch". Returns the exit code's summary. */
export async function runBatch(paths: string[], options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now()
  const outdir = options.output
  const collected = await collectInputs(paths, {extensions: options.extensions, exclude: [resolve(outdir)], followLinks: options.followLinks})
  if (!options.quiet) warnOutside(collected.outside, 'kic batch')
  await checkOutdir(outdir, collected.folders, options.force)
  const files = collected.files
  const names = collected.names
  if (files.length === 0) {
    throw new UsageError(`no inputs: nothing ending in ${options.extensions.join(', ')} in ${paths.join(', ')}`)
  }

  // Mark the folder as kic's before anything else goes in: a run killed at
  // any moment leaves a folder the next run accepts and completes.
  await mkdir(outdir, {recursive: true})
  if (!(await readManifest(outdir))) await writeManifest(outdir, createManifest([], [], false))
  await mkdir(issuesPath(outdir), {recursive: true})
  // The workers write each input's rows here (made once, not per input).
  await mkdir(rowsPath(outdir), {recursive: true})
  const release = await acquireLock(outdir)
  const combined = new CombinedOutputs(outdir, {bom: options.bom, jsonl: options.jsonl, raw: options.raw, format: options.format})
  const layout: Layout = {...combined.layout, jsonl: options.jsonl, archive: Boolean(options.sqlite || options.parquet)}
  let archive: ArchiveWriter | null = null
  const progress = new Progress(files.length, Progress.wanted(options.quiet))
  // Ctrl-C (SIGINT) or SIGTERM: stop the workers, checkpoint, remove temporaries and the lock (see the catch).
  const interruption = new AbortController()
  const onSignal = (signal: NodeJS.Signals) => interruption.abort(new Interrupted(signal))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let checkpoint: (() => Promise<void>) | null = null
  try {
    if (options.sqlite || options.parquet) {
      // Loaded only when asked: SQLite (WebAssembly) and the Parquet writer.
      const {ArchiveWriter} = await import('../archive/build.js')
      archive = await ArchiveWriter.open({sqlite: options.sqlite ?? null, parquet: options.parquet ? join(outdir, parquetFolder) : null})
    }
    await removeStaleTemporaries(outdir)
    await removeStaleTemporaries(issuesPath(outdir))
    await removeStaleTemporaries(rowsPath(outdir))
    const old = await readManifest(outdir, (problem) => {
      if (!options.quiet) process.stderr.write(`kic batch: warning: ${manifestFile} is damaged (${problem}); read as no manifest: every input is converted again\n`)
    })
    // Names from the manifest are trusted only if they are names kic writes (never `../`).
    const oldEntries = new Map((old?.inputs ?? []).map((entry) => [entry.path, {...entry, output: isIssueName(entry.output) ? entry.output : null}]))
    const entries = new Map(oldEntries)
    const issueFiles = new IssueFiles(outdir, oldEntries.values())
    const lexicon = manifestLexicon(options.lexicon ?? null)
    // opencc tables (a few ms): to compare a changed lexicon with kept documents and to simplify its rows.
    const lexiconMoved = (lexicon?.hash ?? null) !== (old?.lexicon?.hash ?? null)
    if (options.lexicon || lexiconMoved) await loadTermDictionaries()
    const scripts = lexiconMoved ? {toSimplified, toTraditional} : null
    const glossary = new GlossarySink({lexicon: options.lexicon?.rows ?? null})
    const summary: BatchSummary = {ok: 0, failed: 0, skipped: 0, records: 0, bytes: 0, seconds: 0, archiveSeconds: 0}
    let lastCheckpoint = performance.now()
    const rowsInUse = new Set<string>()
    const workerMemory = options.workerMemory ?? defaultWorkerMemory
    checkpoint = () => writeManifest(outdir, createManifest([...entries.values()], old?.files ?? [], false, old?.lexicon ?? null))
    await combined.open()

    // The manifest is keyed by the input's name (relative to the folder given) and checked by SHA-256.
    const previous = (name: string): Task['previous'] => {
      const entry = oldEntries.get(name)
      if (options.force || !entry || entry.status === 'failed' || !entry.output || !entry.sha256) return null
      if (entry.version !== version) return null
      return {sha256: entry.sha256, output: issueFiles.absolute(entry.output), lexicon: lexiconChange(entry.lexicon, old?.lexicon, lexicon, scripts)}
    }

    const consume = async (result: Result): Promise<void> => {
      let output: string | null = null
      if (result.status === 'ok') output = await issueFiles.place(result.temporary!, result.issue, result.name)
      else if (result.status === 'skipped') output = oldEntries.get(result.name)!.output
      else {
        progress.clear()
        process.stderr.write(formatFailure(result.path, result.failure!) + '\n')
      }
      entries.set(result.name, {
        path: result.name,
        sha256: result.sha256,
        size: result.size,
        issue: result.issue,
        status: result.status,
        version,
        output,
        error: result.failure
          ? {message: result.failure.message, ruleId: result.failure.ruleId, line: result.failure.line, column: result.failure.column}
          : null,
        lexicon: result.status === 'failed' ? null : lexicon?.hash ?? null
      })
      await combined.add(result)
      if (result.rows) rowsInUse.add(result.rows)
      if (archive && result.archive) {
        const archiveStarted = performance.now()
        archive.add(result.archive)
        summary.archiveSeconds += (performance.now() - archiveStarted) / 1000
      }
      glossary.add(result.terms)
      summary[result.status]++
      summary.records += result.records
      summary.bytes += result.size ?? 0
      progress.tick(result.size ?? 0)
      if (performance.now() - lastCheckpoint > (options.checkpoint ?? 2) * 1000) {
        await checkpoint!()
        lastCheckpoint = performance.now()
      }
    }

    await runOrdered<Task, Result>({
      script: new URL('./worker.js', import.meta.url),
      size: options.jobs,
      total: files.length,
      window: options.window ?? options.jobs * 4,
      resourceLimits: {maxOldGenerationSizeMb: workerMemory, maxYoungGenerationSizeMb: workerYoungGeneration},
      depth: 2,
      task: (index) => ({
        index,
        path: files[index]!,
        name: names[index]!,
        encoding: options.encoding,
        issuesDir: issuesPath(outdir),
        rowsDir: rowsPath(outdir),
        previous: previous(names[index]!),
        pretty: Boolean(options.pretty),
        layout,
        lexicon: options.lexicon?.rows ?? null
      }),
      consume,
      crashed: (index, error) => crashResult(index, files[index]!, names[index]!, error, layout, workerMemory),
      signal: interruption.signal
    })
    progress.clear()

    await loadTermDictionaries()
    const direction = options.direction ?? 'zh-ko'
    const glossaryEntries = glossary.entries()
    const glossaryRows = glossaryEntries.map((entry) => glossaryRecord(entry, direction))
    await combined.addRecords(glossaryFile, glossaryRows)
    await combined.addText(glossaryTbxFile, toTbx(glossaryEntries, {direction, toTraditional, toSimplified, description: `${glossaryEntries.length} entries from ${files.length} inputs`}))
    await combined.addText(glossaryOmegatFile, toOmegat(glossaryEntries, direction))
    summary.records += glossaryRows.length

    const current = names.map((name) => entries.get(name)!)
    // Names in the last manifest, and any JSON kic names in issues/ (written after the last checkpoint of a killed run).
    const earlier = [...oldEntries.values()].flatMap((entry) => (entry.output ? [entry.output] : []))
    const claims = await issueFiles.settle(current, [...earlier, ...(await issueNamesIn(outdir))])
    await combined.commit()
    await pruneRows(rowsPath(outdir), rowsInUse)

    const written = [...combined.names]
    if (archive) {
      const archiveStarted = performance.now()
      const archiveFiles = await archive.finish(glossaryRows, {tool: `kic ${version}`, lexicon: lexicon?.hash ?? '', direction})
      for (const file of archiveFiles) {
        const name = relative(resolve(outdir), resolve(file))
        if (!name.startsWith('..') && !isAbsolute(name)) written.push(name.split(sep).join('/'))
      }
      summary.archiveSeconds += (performance.now() - archiveStarted) / 1000
    }
    // A combined file of the last run that this run does not write (records.jsonl without --jsonl, an old database).
    for (const name of old?.files ?? []) {
      const ours = combinedFiles.includes(name) || name === defaultDatabase || /^parquet\/[\w-]+\.parquet$/.test(name)
      if (ours && !written.includes(name)) await rm(join(outdir, name), {force: true})
    }
    await writeManifest(outdir, createManifest(current, written, true, lexicon))

    if (!options.quiet) {
      for (const claim of claims) {
        process.stderr.write(`kic batch: warning: issue ${claim.issue} is claimed by ${claim.names.length} inputs; kept as ${claim.names.join(', ')}\n`)
      }
    }
    summary.seconds = (performance.now() - started) / 1000
    if (!options.quiet) {
      process.stderr.write(formatSummary({...summary, outdir: displayName(outdir)}) + '\n')
      if (options.sqlite || options.parquet) {
        const what = [options.sqlite, options.parquet ? join(outdir, parquetFolder) + '/' : null].filter(Boolean).join(' and ')
        process.stderr.write(`kic batch: ${what} written in ${summary.archiveSeconds.toFixed(1)} s\n`)
      }
    }
    return summary
  } catch (error) {
    progress.clear()
    await combined.abort()
    await archive?.abort()
    if (error instanceof Interrupted) {
      // Keep what is done: the next run skips the inputs the checkpoint names.
      await checkpoint?.().catch(() => {})
      throw error
    }
    if (isSystemError(error)) throw outputError(error, error.path ?? outdir)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // No temporary of this process is wanted once the workers stopped: results still in flight
    // (Ctrl-C, a failed run), and what a worker that died (out of memory) was writing.
    for (const folder of [issuesPath(outdir), rowsPath(outdir), outdir]) await removeOwnTemporaries(folder).catch(() => {})
    await release().catch(() => {})
  }
}

/** A batch stopped by a signal; the CLI exits with 128 + its number (130 for Ctrl-C). */
export class Interrupted extends Error {
  override name = 'Interrupted'
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`)
  }
}

/** `issues/<name>.json` of every file in the issues folder named as kic names them. */
async function issueNamesIn(outdir: string): Promise<string[]> {
  const names = await readdir(issuesPath(outdir)).catch(() => [] as string[])
  return names.map((name) => `${issuesFolder}/${name}`).filter(isIssueName)
}

/** `file:line:column error reason (rule)`, with the hint on the next line. */
export function formatFailure(path: string, failure: InputFailure): string {
  // A failed input is always located, at 1:1 when the problem has no place.
  return formatDiagnosticLine({file: path, ...failure, line: failure.line ?? 1, severity: 'error'})
}

function crashResult(index: number, path: string, name: string, error: Error, layout: Layout, workerMemory: number): Result {
  const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
  const failure: InputFailure = outOfMemory
    ? {
        message: `the input needs more memory than a worker may use (${workerMemory} MB); the other inputs are converted`,
        ruleId: 'input-too-large',
        line: null,
        column: null,
        hint: `split the file into issues, or give the workers more memory with --worker-memory ${workerMemory * 4}`
      }
    : {message: `the worker stopped: ${error.message}`, ruleId: 'internal-error', line: null, column: null, hint: 'please report this input'}
  return {
    index,
    path,
    name,
    status: 'failed',
    sha256: null,
    size: null,
    issue: null,
    temporary: null,
    failure,
    ...renderFailure(name, failure, layout),
    warnings: 0
  }
}
