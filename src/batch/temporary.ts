import {randomBytes} from 'node:crypto'
import {open, readdir, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {processAlive} from './alive.js'

/**
 * Temporary files of a batch: `.<label>.<pid>.<hex>.tmp`, the pattern of
 * io/write-atomic.ts. They are never outputs; a run removes those left by a
 * killed run (a pid that no longer lives).
 */
const pattern = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/

export function temporaryPath(directory: string, label: string): string {
  return join(directory, `.${label}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

export function isTemporary(name: string): boolean {
  return pattern.test(name)
}

/** Write and fsync a file (no rename: the caller renames it into place). */
export async function writeDurable(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Remove temporaries of dead processes in `directory`; returns how many. */
export async function removeStaleTemporaries(directory: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match || processAlive(Number(match[1]))) continue
    await rm(join(directory, name), {force: true})
    removed++
  }
  return removed
}

/** Remove the temporaries of this process in `directory` (after its workers stopped: Ctrl-C, a failed run). */
export async function removeOwnTemporaries(directory: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match || Number(match[1]) !== process.pid) continue
    await rm(join(directory, name), {force: true})
    removed++
  }
  return removed
}
