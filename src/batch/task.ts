import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {isKicError} from '../errors.js'
import {readInput} from '../io/read-input.js'
import type {KicDocument} from '../emit/document.js'
import {schemaId} from '../contract/document.js'
import type {InputFailure, LexiconChange, Result, TableRows, Task} from './messages.js'
import {renderDocument, renderFailure} from './render.js'
import {layoutKey, readRows, rowsName, writeRows, type CachedRows} from './row-cache.js'
import {temporaryPath, writeQuick} from './temporary.js'

/**
 * One input, start to finish, in a worker: read, hash; when the bytes are
 * those of the last run, reuse its rendered rows (or, failing that, its
 * JSON); else parse and write the JSON to a temporary file; render the rows
 * of the combined files and keep them for the next run. Never throws.
 */
export async function runTask(task: Task): Promise<Result> {
  let bytes: Uint8Array
  try {
    bytes = (await readInput(task.path)).bytes
  } catch (error) {
    return failed(task, null, null, failureOf(error))
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const rows = rowsName(sha256, task.name, task.encoding)

  if (task.previous && task.previous.sha256 === sha256) {
    const lexicon = task.previous.lexicon
    // Kept rows hold no archive records and were made under the last lexicon.
    if (lexicon === 'same' && !task.layout.archive) {
      const cached = await readRows(task.rowsDir, rows, {sha256, name: task.name, encoding: task.encoding, layout: layoutKey(task.layout), json: task.previous.output})
      if (cached && (!task.layout.jsonl || cached.jsonl)) return reused(task, cached, bytes.length, rows)
    }
    const kept = await readKept(task.previous.output, sha256, task.name, lexicon)
    if (kept) return done(task, 'skipped', kept.document, kept.size, sha256, bytes.length, null, rows)
  }

  let document: KicDocument
  try {
    // Loaded on first use: a re-run that only reuses kept rows never pays for the parser.
    const {processBytes} = await import('../pipeline.js')
    document = (await processBytes(bytes, task.name, {encoding: task.encoding, lexicon: task.lexicon})).document
  } catch (error) {
    return failed(task, sha256, bytes.length, failureOf(error))
  }
  const temporary = temporaryPath(task.issuesDir, `${task.index}.json`)
  const json = task.pretty ? JSON.stringify(document, null, 2) + '\n' : JSON.stringify(document) + '\n'
  let size: number
  try {
    size = await writeQuick(temporary, json)
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error)
    return failed(task, sha256, bytes.length, {message: `cannot write its JSON: ${reason}`, ruleId: 'output-unwritable', line: null, column: null, hint: 'check the output folder'})
  }
  return done(task, 'ok', document, size, sha256, bytes.length, temporary, rows)
}

/**
 * A result from kept rows. Each part is copied into a buffer of its own (to
 * be transferred): a view of one shared buffer would keep the whole of it
 * alive as long as the smallest table's rows wait in the main thread's
 * write buffer.
 */
function reused(task: Task, cached: CachedRows, size: number, rows: string): Result {
  const take = (part: Uint8Array): Uint8Array => new Uint8Array(part)
  const tables: {[table: string]: TableRows} = {}
  for (const [table, described] of Object.entries(cached.meta.tables)) tables[table] = {count: described.count, bytes: take(cached.tables[table]!)}
  return {
    index: task.index,
    path: task.path,
    name: task.name,
    status: 'skipped',
    sha256: cached.meta.sha256,
    size,
    issue: cached.meta.issue,
    temporary: null,
    rows,
    failure: null,
    tables,
    jsonl: task.layout.jsonl && cached.jsonl ? take(cached.jsonl) : null,
    terms: cached.terms,
    records: cached.meta.records,
    warnings: cached.meta.warnings,
    archive: null
  }
}

async function done(
  task: Task,
  status: 'ok' | 'skipped',
  document: KicDocument,
  jsonSize: number,
  sha256: string,
  size: number,
  temporary: string | null,
  rows: string
): Promise<Result> {
  const rendered = renderDocument(document, task.layout)
  const warnings = document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length
  const issue = document.issue.number
  try {
    // Before the buffers are transferred to the main thread.
    await writeRows(
      task.rowsDir,
      rows,
      {sha256, name: task.name, encoding: task.encoding, layout: layoutKey(task.layout), issue, warnings, records: rendered.records, json: jsonSize},
      rendered.tables,
      rendered.jsonl,
      rendered.terms
    )
  } catch {
    // Only a re-run's shortcut is lost.
  }
  return {
    index: task.index,
    path: task.path,
    name: task.name,
    status,
    sha256,
    size,
    issue,
    temporary,
    rows,
    failure: null,
    ...rendered,
    warnings
  }
}

function failed(task: Task, sha256: string | null, size: number | null, failure: InputFailure): Result {
  return {
    index: task.index,
    path: task.path,
    name: task.name,
    status: 'failed',
    sha256,
    size,
    issue: null,
    temporary: null,
    rows: null,
    failure,
    ...renderFailure(task.name, failure, task.layout),
    warnings: 0
  }
}

/** The last run's document, if it is still there, parses, is of these bytes, and no changed lexicon row touches it. */
async function readKept(path: string, sha256: string, name: string, lexicon: LexiconChange): Promise<{document: KicDocument; size: number} | null> {
  if (lexicon === 'unknown') return null
  try {
    const bytes = await readFile(path)
    const text = bytes.toString('utf8')
    // The lexicon changed since: the kept JSON is still right unless its text mentions a changed row's forms.
    if (lexicon !== 'same' && lexicon.forms.length > 0) {
      const compact = text.replace(/\s+/g, '')
      if (lexicon.forms.some((form) => compact.includes(form))) return null
    }
    const document = JSON.parse(text) as KicDocument
    const ok = document?.schema === schemaId && document.source?.sha256 === sha256 && document.source.path === name && document.issue
    return ok ? {document, size: bytes.length} : null
  } catch {
    return null
  }
}

function failureOf(error: unknown): InputFailure {
  if (isKicError(error)) {
    return {message: error.message, ruleId: error.ruleId, line: error.line, column: error.column, hint: error.hint}
  }
  return {
    message: `internal error: ${(error as Error)?.message ?? String(error)}`,
    ruleId: 'internal-error',
    line: null,
    column: null,
    hint: 'please report this input'
  }
}
