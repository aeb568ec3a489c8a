import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {isKicError} from '../errors.js'
import {readInput} from '../io/read-input.js'
import type {KicDocument} from '../emit/document.js'
import {schemaId} from '../contract/document.js'
import type {InputFailure, Result, Task} from './messages.js'
import {renderDocument, renderFailure} from './render.js'
import {temporaryPath, writeDurable} from './temporary.js'

/**
 * One input, start to finish, in a worker: read, hash, reuse the last run's
 * JSON when the bytes are the same, else parse and write the JSON to a
 * temporary file; render the rows of the combined files. Never throws.
 */
export async function runTask(task: Task): Promise<Result> {
  let bytes: Uint8Array
  try {
    bytes = (await readInput(task.path)).bytes
  } catch (error) {
    return failed(task, null, null, failureOf(error))
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')

  if (task.previous && task.previous.sha256 === sha256) {
    const kept = await readKept(task.previous.output, sha256, task.name)
    if (kept) return done(task, 'skipped', kept, sha256, bytes.length, null)
  }

  let document: KicDocument
  try {
    // Loaded on first use: a re-run that only reuses kept JSON never pays for the parser.
    const {processBytes} = await import('../pipeline.js')
    document = (await processBytes(bytes, task.name, {encoding: task.encoding})).document
  } catch (error) {
    return failed(task, sha256, bytes.length, failureOf(error))
  }
  const temporary = temporaryPath(task.issuesDir, `${task.index}.json`)
  try {
    await writeDurable(temporary, JSON.stringify(document, null, 2) + '\n')
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error)
    return failed(task, sha256, bytes.length, {message: `cannot write its JSON: ${reason}`, ruleId: 'output-unwritable', line: null, column: null, hint: 'check the output folder'})
  }
  return done(task, 'ok', document, sha256, bytes.length, temporary)
}

function done(task: Task, status: 'ok' | 'skipped', document: KicDocument, sha256: string, size: number, temporary: string | null): Result {
  const rendered = renderDocument(document, task.layout)
  return {
    index: task.index,
    path: task.path,
    name: task.name,
    status,
    sha256,
    size,
    issue: document.issue.number,
    temporary,
    failure: null,
    ...rendered,
    warnings: document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length
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
    failure,
    ...renderFailure(task.name, failure, task.layout),
    warnings: 0
  }
}

/** The last run's document, if it is still there, parses, and is of these bytes. */
async function readKept(path: string, sha256: string, name: string): Promise<KicDocument | null> {
  try {
    const document = JSON.parse(await readFile(path, 'utf8')) as KicDocument
    return document?.schema === schemaId && document.source?.sha256 === sha256 && document.source.path === name && document.issue ? document : null
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
