/**
 * The fuzz property: every input ends either in a document that is valid
 * against the JSON Schema (after a JSON round trip, as users get it) or in
 * one `KicError`. Anything else thrown, an invalid document, or a case that
 * runs past its time bound is a failure.
 *
 * Cases run in `worker_threads` workers, one case at a time per worker, with
 * a wall-clock bound watched by the main thread: a hang (a regular
 * expression backtracking for minutes, an endless loop) cannot be caught
 * in-process, because a synchronous loop never yields to a timer. On a
 * timeout the worker is terminated (V8 interrupts even a running regex) and
 * replaced. Workers generate their case from the seed themselves, so no
 * megabyte buffers cross threads.
 */
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {makeCase, type FuzzCase} from './mutate.js'

export type Outcome = 'document' | 'error'

export interface CaseResult {
  seed: number
  description: string[]
  path: string
  bytes: number
  /** `document` or `error` (a clean `KicError`); absent for failures. */
  outcome?: Outcome
  /** The `ruleId` of the clean error. */
  ruleId?: string
  ms: number
  /** What went wrong: an unexpected exception, schema errors, a timeout, a crashed worker. */
  failure?: string
}

type Check = (fuzzCase: FuzzCase) => Promise<CaseResult>

let loaded: Promise<Check> | undefined

/** Run one case in this thread (imports the pipeline on first use). */
export async function checkCase(fuzzCase: FuzzCase): Promise<CaseResult> {
  loaded ??= load()
  return (await loaded)(fuzzCase)
}

async function load(): Promise<Check> {
  const {processBytes} = await import('../../src/pipeline.js')
  const {isKicError} = await import('../../src/errors.js')
  const {documentRecords} = await import('../../src/emit/records.js')
  const {validateDocument} = await import('../support/schema.js')
  const {formatDiagnostic} = await import('../../src/cli/diagnostics.js')

  return async (fuzzCase) => {
    const base = {seed: fuzzCase.seed, description: fuzzCase.description, path: fuzzCase.path, bytes: fuzzCase.bytes.length}
    const start = performance.now()
    let document: unknown
    try {
      ;({document} = await processBytes(fuzzCase.bytes, fuzzCase.path))
    } catch (error) {
      const ms = performance.now() - start
      if (isKicError(error)) {
        if (typeof error.message !== 'string' || error.message === '' || typeof error.format() !== 'string') {
          return {...base, ms, failure: 'KicError without a message'}
        }
        // One line (plus its hint line): nothing in the name or message may break it or send terminal escapes.
        const [line, ...rest] = error.format().split('\n')
        if (controls.test(line!) || rest.length > 1 || (rest[0] !== undefined && !rest[0].startsWith('  hint: '))) {
          return {...base, ms, failure: `error line not escaped: ${JSON.stringify(error.format())}`}
        }
        return {...base, ms, outcome: 'error', ruleId: error.ruleId}
      }
      return {...base, ms, failure: `uncaught ${describeError(error)}`}
    }
    const ms = performance.now() - start
    try {
      const json = JSON.stringify(document)
      const errors = validateDocument(JSON.parse(json))
      if (errors.length > 0) return {...base, ms, failure: `schema: ${errors.slice(0, 5).join('; ')}`}
      // The JSON Lines / CSV path must not throw either.
      for (const record of documentRecords(document as Parameters<typeof documentRecords>[0])) JSON.stringify(record)
      for (const diagnostic of (document as {diagnostics: Parameters<typeof formatDiagnostic>[1][]}).diagnostics) {
        const line = formatDiagnostic(fuzzCase.path, diagnostic)
        if (controls.test(line)) return {...base, ms, failure: `diagnostic line not escaped: ${JSON.stringify(line)}`}
      }
    } catch (error) {
      return {...base, ms, failure: `output ${describeError(error)}`}
    }
    return {...base, ms, outcome: 'document'}
  }
}

/** Characters a diagnostic line must never hold raw: C0/C1 controls, DEL, line and paragraph separators. */
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frame = (error.stack ?? '').split('\n').find((line) => line.includes('/src/')) ?? ''
    return `${error.name}: ${error.message}${frame ? ` (${frame.trim()})` : ''}`
  }
  return `non-error thrown: ${String(error)}`
}

export interface RunOptions {
  /** First seed; cases use seeds first … first + count − 1. */
  first?: number
  count: number
  /** Worker threads (default: available parallelism, at most 4). */
  jobs?: number
  /** Per-case wall-clock bound in ms (default 30 s: the 1 MB cases take well under 2 s even on a loaded machine). */
  timeout?: number
  onResult?: (result: CaseResult, done: number) => void
}

export interface RunSummary {
  cases: number
  failures: CaseResult[]
  documents: number
  errors: number
  seconds: number
  slowest: CaseResult[]
}

/** Run seeds through a pool of workers; each case has its own time bound. */
export async function runCases(options: RunOptions): Promise<RunSummary> {
  const first = options.first ?? 1
  const count = options.count
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), 4), count))
  const timeout = options.timeout ?? 30_000
  const started = performance.now()
  const failures: CaseResult[] = []
  const slowest: CaseResult[] = []
  let documents = 0
  let errors = 0
  let next = 0
  let done = 0

  const record = (result: CaseResult) => {
    done++
    if (result.failure) failures.push(result)
    else if (result.outcome === 'document') documents++
    else errors++
    slowest.push(result)
    slowest.sort((a, b) => b.ms - a.ms)
    if (slowest.length > 5) slowest.pop()
    options.onResult?.(result, done)
  }

  await new Promise<void>((resolve) => {
    let running = 0
    const launch = () => {
      running++
      const worker = new Worker(fileURLToPath(import.meta.url), {workerData: {kicFuzzWorker: true}})
      let current: number | undefined
      let timer: NodeJS.Timeout | undefined
      let finished = false
      const feed = () => {
        if (next >= count) {
          finish()
          return
        }
        current = first + next++
        timer = setTimeout(() => {
          const seed = current!
          current = undefined
          record({seed, description: makeCase(seed).description, path: '', bytes: 0, ms: timeout, failure: `timeout: no result after ${timeout} ms (hang?)`})
          void worker.terminate()
          finish()
          if (next < count) launch()
        }, timeout)
        worker.postMessage(current)
      }
      const finish = () => {
        if (finished) return
        finished = true
        if (timer) clearTimeout(timer)
        void worker.terminate()
        running--
        if (running === 0 && next >= count) resolve()
      }
      worker.on('message', (result: CaseResult) => {
        if (result.seed !== current) return
        clearTimeout(timer)
        current = undefined
        record(result)
        feed()
      })
      worker.on('error', (error) => {
        if (finished) return
        if (current !== undefined) {
          const seed = current
          current = undefined
          record({seed, description: makeCase(seed).description, path: '', bytes: 0, ms: 0, failure: `worker crashed: ${describeError(error)}`})
        }
        finish()
        if (next < count) launch()
      })
      worker.on('exit', () => {
        if (finished) return
        if (current !== undefined) {
          const seed = current
          current = undefined
          record({seed, description: makeCase(seed).description, path: '', bytes: 0, ms: 0, failure: 'worker exited (out of memory?)'})
        }
        finish()
        if (next < count) launch()
      })
      feed()
    }
    for (let i = 0; i < jobs; i++) launch()
  })

  return {cases: done, failures, documents, errors, seconds: (performance.now() - started) / 1000, slowest}
}

/** One line per failure, with the command that reproduces it. */
export function formatFailure(result: CaseResult): string {
  return `seed ${result.seed} [${result.description.join(' → ')}] ${result.failure}\n  reproduce: node dist/test/fuzz/run.js --case ${result.seed}`
}

// The worker side: receive seeds, answer results.
if (!isMainThread && (workerData as {kicFuzzWorker?: boolean} | null)?.kicFuzzWorker) {
  parentPort!.on('message', (seed: number) => {
    void checkCase(makeCase(seed)).then((result) => parentPort!.postMessage(result))
  })
}
