import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {writeAtomic} from '../io/write-atomic.js'
import {version} from '../version.js'
import {manifestFile} from './tables.js'
import type {InputStatus, ManifestEntry} from '../contract/manifest.js'

export const manifestSchema = 'kic-batch/1'

export type {InputStatus, ManifestEntry}

export interface Manifest {
  schema: typeof manifestSchema
  tool: {name: 'kic'; version: string}
  /** False in the checkpoints written during a run; true once every combined file is in place. */
  complete: boolean
  updated: string
  /** Combined files, relative to the output folder. */
  files: string[]
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

export function createManifest(inputs: ManifestEntry[], files: string[], complete: boolean): Manifest {
  return {
    schema: manifestSchema,
    tool: {name: 'kic', version},
    complete,
    updated: new Date().toISOString(),
    files,
    inputs
  }
}

export async function writeManifest(outdir: string, manifest: Manifest): Promise<void> {
  await writeAtomic(manifestPath(outdir), JSON.stringify(manifest, null, 2) + '\n')
}
