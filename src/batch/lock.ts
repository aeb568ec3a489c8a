import {readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {UsageError} from './guard.js'
import {processAlive} from './alive.js'

const lockFile = '.kic-batch.lock'

/**
 * One batch at a time per output folder: `.kic-batch.lock` holds the pid.
 * A lock whose process is gone (a killed run) is taken over.
 */
export async function acquireLock(outdir: string): Promise<() => Promise<void>> {
  const path = join(outdir, lockFile)
  try {
    await writeFile(path, String(process.pid), {flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim())
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new UsageError(`another kic batch (pid ${pid}) is writing to \`${outdir}\`; wait for it or stop it`)
    }
    await writeFile(path, String(process.pid))
  }
  return () => rm(path, {force: true})
}
