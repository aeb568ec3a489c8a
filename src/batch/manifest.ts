import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {writeAtomic} from '../io/write-atomic.js'
import {version} from '../version.js'
import {manifestFile} from './tables.js'
import type {InputStatus, ManifestEntry} from '../contract/manifest.js'

export const manifestSchema = 'kic-batch/1'

export type {InputStatus, ManifestEntry}

/** The lexicon of the run: its hash and what its rows say (to tell later what changed). */
export interface ManifestLexicon {
  hash: string
  files: string[]
  rows: Array<[string, string | null, string | null, string | null, string | null, string | null]>
}

export interface Manifest {
  schema: typeof manifestSchema
  tool: {name: 'kic'; version: string}
  /** False in the checkpoints written during a run; true once every combined file is in place. */
  complete: boolean
  updated: string
  /** Combined files, relative to the output folder. */
  files: string[]
  /** The lexicon applied (null: none). */
  lexicon?: ManifestLexicon | null
  inputs: ManifestEntry[]
}

export function manifestPath(outdir: string): string {
  return join(outdir, manifestFile)
}

/**
 * The manifest of a kic output folder; null when there is none or it is not
 * kic's. A kic manifest whose entries are damaged (`"inputs": [null]`, a
 * field of the wrong type) is read as an empty one, and `damaged` is told why.
 */
export async function readManifest(outdir: string, damaged: (problem: string) => void = () => {}): Promise<Manifest | null> {
  let text: string
  try {
    text = await readFile(manifestPath(outdir), 'utf8')
  } catch {
    return null
  }
  let value: Manifest
  try {
    value = JSON.parse(text) as Manifest
  } catch {
    return null
  }
  if (value?.schema !== manifestSchema) return null
  const problem = manifestProblem(value)
  if (problem === null) return value
  damaged(problem)
  return createManifest([], [], false)
}

const nullableString = (value: unknown) => value === null || typeof value === 'string'
const nullableCount = (value: unknown) => value === null || (Number.isInteger(value) && (value as number) >= 0)

/** What is wrong with a manifest's inputs and files, or null. */
function manifestProblem(value: Manifest): string | null {
  if (!Array.isArray(value.inputs)) return '`inputs` is not a list'
  if (value.files !== undefined && !(Array.isArray(value.files) && value.files.every((file) => typeof file === 'string'))) return '`files` is not a list of names'
  for (const [index, entry] of (value.inputs as unknown[]).entries()) {
    const input = entry as Partial<Record<keyof ManifestEntry, unknown>> | null
    const ok =
      typeof input === 'object' && input !== null && !Array.isArray(input) &&
      typeof input.path === 'string' && nullableString(input.sha256) && nullableCount(input.size) &&
      (input.issue === null || Number.isInteger(input.issue)) && ['ok', 'failed', 'skipped'].includes(input.status as string) &&
      typeof input.version === 'string' && nullableString(input.output) &&
      (input.error === null || input.error === undefined || (typeof input.error === 'object' && !Array.isArray(input.error)))
    if (!ok) return `inputs[${index}] is not an input entry`
  }
  return null
}

export function createManifest(inputs: ManifestEntry[], files: string[], complete: boolean, lexicon: ManifestLexicon | null = null): Manifest {
  return {
    schema: manifestSchema,
    tool: {name: 'kic', version},
    complete,
    updated: new Date().toISOString(),
    files,
    lexicon,
    inputs
  }
}

export async function writeManifest(outdir: string, manifest: Manifest): Promise<void> {
  await writeAtomic(manifestPath(outdir), JSON.stringify(manifest, null, 2) + '\n')
}
