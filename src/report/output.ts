/**
 * The report folder is built beside its target and moved into place at the
 * end, so a reader never sees half a report. An existing folder is replaced
 * only when kic made it (it holds `kic-report.json`) or is empty.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {KicError} from '../errors.js'
import {version} from '../version.js'

export const markerFile = 'kic-report.json'

export async function withReportFolder<T>(target: string, build: (folder: string) => Promise<T>): Promise<T> {
  const absolute = resolve(target)
  await checkTarget(absolute, target)
  const parent = dirname(absolute)
  await mkdir(parent, {recursive: true})
  const temporary = join(parent, `.${basename(absolute)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  await mkdir(temporary)
  try {
    const result = await build(temporary)
    await writeFile(join(temporary, markerFile), JSON.stringify({tool: {name: 'kic', version}, written: new Date().toISOString()}) + '\n')
    const old = await exists(absolute)
    const trash = `${temporary}.old`
    if (old) await rename(absolute, trash)
    await rename(temporary, absolute)
    if (old) await rm(trash, {recursive: true, force: true})
    return result
  } catch (error) {
    await rm(temporary, {recursive: true, force: true}).catch(() => {})
    throw error
  }
}

async function checkTarget(absolute: string, shown: string): Promise<void> {
  let info
  try {
    info = await stat(absolute)
  } catch {
    return
  }
  if (!info.isDirectory()) {
    throw new KicError('the report output is a file, not a folder', {file: shown, ruleId: 'output-report', hint: 'give a folder name with -o'})
  }
  const entries = await readdir(absolute)
  if (entries.length > 0 && !entries.includes(markerFile)) {
    throw new KicError('the output folder is not empty and is not a kic report', {file: shown, ruleId: 'output-report', hint: 'give a new or empty folder, or a previous report of kic'})
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
