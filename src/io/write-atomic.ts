import {randomBytes} from 'node:crypto'
import {mkdir, open, rename, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, basename, join} from 'node:path'
import {utf8Bytes} from '../util/utf8.js'

/**
 * Write a file so that readers see the old content or the whole new one,
 * never a part: write a temporary sibling, fsync, rename over the target.
 * For regular files only: `-o` onto a device or FIFO goes through
 * io/output-target.ts, which writes those directly.
 */
export async function writeAtomic(path: string, content: string | Uint8Array, options: {mode?: number | null} = {}): Promise<void> {
  // A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written to, never replaced by a file.
  if (typeof content === 'string') content = utf8Bytes(content)
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
    // Replacing a file keeps its permissions (the new one would get the umask's).
    if (options.mode !== undefined && options.mode !== null) await handle.chmod(options.mode)
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
