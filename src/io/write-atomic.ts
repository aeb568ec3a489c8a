import {randomBytes} from 'node:crypto'
import {mkdir, open, rename, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, basename, join} from 'node:path'

/**
 * Write a file so that readers see the old content or the whole new one,
 * never a part: write a temporary sibling, fsync, rename over the target.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  // A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written to, never replaced by a file.
  const target = await stat(path).catch(() => null)
  if (target && !target.isFile() && !target.isDirectory()) {
    await writeFile(path, content)
    return
  }
  const directory = dirname(path)
  await mkdir(directory, {recursive: true})
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temporary, 'w')
    await handle.writeFile(content)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temporary, path)
  } catch (error) {
    await handle?.close().catch(() => {})
    await rm(temporary, {force: true}).catch(() => {})
    throw error
  }
}
