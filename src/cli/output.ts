import {open} from 'node:fs/promises'
import {writeAtomic} from '../io/write-atomic.js'
import {outputError, outputTarget} from '../io/output-target.js'
import {guardedStdout} from './stdout.js'
import {utf8Bytes} from '../util/utf8.js'

/**
 * Write command output: to stdout (no `-o`, or `-o -`); to a device, FIFO or
 * socket directly (`-o /dev/null` stays a device); else atomically, keeping
 * the mode of a file replaced and following a symbolic link to its target.
 * Any failure is one `KicError` naming the output.
 */
export async function writeOutput(text: string, output: string | undefined): Promise<void> {
  const content = utf8Bytes(text)
  const target = await outputTarget(output)
  if (target.kind === 'stdout') return writeStdout(content)
  try {
    if (target.kind === 'atomic') await writeAtomic(target.path, content, {mode: target.mode})
    else {
      const handle = await open(target.path, 'w')
      try {
        await handle.writeFile(content)
      } finally {
        await handle.close()
      }
    }
  } catch (error) {
    throw outputError(error, output!)
  }
}

/** Write to stdout; a failure (disk full behind `> file`) is one `KicError`, a closed pipe ends quietly (see `guardedStdout`). */
export function writeStdout(content: string | Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    guardedStdout().write(content, (error) => (error ? reject(outputError(error, '<stdout>')) : resolve()))
  })
}
