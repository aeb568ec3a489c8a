import {randomBytes} from 'node:crypto'
import {readdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processAlive} from './alive.js'
import {utf8Bytes} from '../util/utf8.js'

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

/**
 * Write a file without fsync (the caller renames it into place); returns its
 * size in bytes. A batch fsyncs only when it commits (its combined files and
 * manifest), not per issue: a per-issue file torn by a power cut is caught
 * when reused (its size, hash and JSON are checked) and converted again.
 */
export async function writeQuick(path: string, content: string): Promise<number> {
  const bytes = utf8Bytes(content)
  await writeFile(path, bytes)
  return bytes.length
}

/** Remove temporaries of dead processes in `directory`; returns how many. */
export function removeStaleTemporaries(directory: string): Promise<number> {
  return removeTemporaries(directory, (pid) => !processAlive(pid))
}

/** Remove the temporaries of this process in `directory` (after its workers stopped: Ctrl-C, a failed run). */
export function removeOwnTemporaries(directory: string): Promise<number> {
  return removeTemporaries(directory, (pid) => pid === process.pid)
}

/** Remove the temporaries in `directory` whose writing process `matches`; returns how many. */
async function removeTemporaries(directory: string, matches: (pid: number) => boolean): Promise<number> {
  let names: string[]
  try {
    names = await readdir(directory)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match || !matches(Number(match[1]))) continue
    await rm(join(directory, name), {force: true})
    removed++
  }
  return removed
}
