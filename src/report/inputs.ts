/**
 * What `kic report` reads: a `kic batch` output folder (its manifest and
 * issues/*.json), a kic JSON document, or an issue's text or Markdown (parsed
 * here, with terms and figures).
 */
import {readFile, stat} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {KicError} from '../errors.js'
import {fsError} from '../io/read-input.js'

type Document = Record<string, any>

export interface IssueSource {
  /** File-safe page name (`287`). */
  name: string
  /** The document's JSON file, when it is one (lets a worker thread read it). */
  path?: string
  /** The kic document (parsed JSON). */
  load(): Promise<Record<string, any>>
}

export interface SiteInput {
  issues: IssueSource[]
  /** Inputs the batch could not convert, listed on the index. */
  failed: Array<{path: string; message: string}>
}

/** A kic document's schema id: `kic/1`, `kic/2` … */
const documentSchema = /^kic\/\d+$/

export async function readReportInput(path: string, options: {encoding?: string; from?: 'text' | 'md'; onDocument?: (document: Document) => void}): Promise<SiteInput> {
  if (path !== '-') {
    let info
    try {
      info = await stat(path)
    } catch (error) {
      throw fsError(error, path)
    }
    if (info.isDirectory()) return readBatchFolder(path)
  }
  const document = await readDocument(path, options)
  options.onDocument?.(document)
  return {issues: [{name: pageName(document, path), load: async () => document}], failed: []}
}

/** One issue: a kic JSON document as is, or a text / Markdown file parsed with terms and figures. */
export async function readDocument(path: string, options: {encoding?: string; from?: 'text' | 'md'}): Promise<Document> {
  if (path !== '-' && /\.json$/i.test(path)) return readJsonDocument(path)
  const {processPath} = await import('../pipeline.js')
  const {document} = await processPath(path, {encoding: options.encoding, from: options.from})
  return document as unknown as Document
}

export async function readJsonDocument(path: string): Promise<Document> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw fsError(error, path)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new KicError(`not JSON: ${(error as Error).message}`, {file: path, ruleId: 'input-json', hint: 'give a kic document from `kic parse` or a `kic batch` output folder'})
  }
  const schema = (value as {schema?: unknown} | null)?.schema
  if (typeof schema !== 'string' || !documentSchema.test(schema)) {
    throw new KicError('not a kic document (no `schema: "kic/N"`)', {file: path, ruleId: 'input-json', hint: 'give a kic document from `kic parse` or a `kic batch` output folder'})
  }
  return value as Document
}

interface ManifestInput {
  path: string
  issue: number | null
  status: string
  output: string | null
  error: {message: string} | null
}

async function readBatchFolder(folder: string): Promise<SiteInput> {
  const manifestPath = join(folder, 'manifest.json')
  let text: string
  try {
    text = await readFile(manifestPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new KicError('a folder without manifest.json', {file: folder, ruleId: 'input-report', hint: 'give a `kic batch` output folder, or one issue file'})
    }
    throw fsError(error, manifestPath)
  }
  let manifest: {schema?: unknown; inputs?: ManifestInput[]}
  try {
    manifest = JSON.parse(text)
  } catch (error) {
    throw new KicError(`not JSON: ${(error as Error).message}`, {file: manifestPath, ruleId: 'input-report', hint: 'run `kic batch` again to rewrite the manifest'})
  }
  if (typeof manifest?.schema !== 'string' || !manifest.schema.startsWith('kic-batch/') || !Array.isArray(manifest.inputs)) {
    throw new KicError('not a kic batch manifest', {file: manifestPath, ruleId: 'input-report', hint: 'give a `kic batch` output folder'})
  }
  const issues: IssueSource[] = []
  const failed: SiteInput['failed'] = []
  const names = new Set<string>()
  for (const input of manifest.inputs) {
    if (!input.output) {
      failed.push({path: String(input.path), message: input.error?.message ?? String(input.status)})
      continue
    }
    const output = String(input.output)
    // Outputs are named by kic batch (letters, digits, `_`, `-`); anything else is not followed.
    const match = /^issues\/([A-Za-z0-9_-]+)\.json$/.exec(output)
    if (!match) {
      failed.push({path: String(input.path), message: `unexpected output name \`${output}\` in the manifest`})
      continue
    }
    const name = match[1]!
    if (names.has(name)) continue
    names.add(name)
    const file = join(folder, output)
    issues.push({name, path: file, load: () => readJsonDocument(file)})
  }
  return {issues, failed}
}

/** Page name of a single issue: its number, else the file's stem made file-safe. */
function pageName(document: Document, path: string): string {
  const number = document?.issue?.number
  if (typeof number === 'number' && Number.isInteger(number)) return String(number)
  const stem = basename(path).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
  return stem || 'issue'
}
