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

/** The manifest of a kic output folder; null when there is none or it is not kic's. */
export async function readManifest(outdir: string): Promise<Manifest | null> {
  let text: string
  try {
    text = await readFile(manifestPath(outdir), 'utf8')
  } catch {
    return null
  }
  try {
    const value = JSON.parse(text) as Manifest
    return value?.schema === manifestSchema && Array.isArray(value.inputs) ? value : null
  } catch {
    return null
  }
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
