import {lstat, readlink, realpath, stat} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {KicError} from '../errors.js'

/**
 * Where `-o <path>` writes, decided before anything is written:
 * - `stdout` for `-` (and no `-o`);
 * - `direct` for what exists and is not a regular file — a character
 *   device (`/dev/null`, `/dev/stdout`, a terminal), a FIFO, a socket:
 *   opened and written as it is, never replaced;
 * - `atomic` for a regular file or a new path: written under a temporary
 *   name beside it and renamed over it, keeping the mode of the file replaced.
 * A symbolic link is followed to its target (also a dangling one), so the
 * link stays and its target gets the new content. A folder is refused.
 */
export type OutputTarget =
  | {kind: 'stdout'}
  | {kind: 'direct'; path: string}
  | {kind: 'atomic'; path: string; mode: number | null}

/** Links followed before giving up (as the kernel's ELOOP). */
const maximumLinks = 40

export async function outputTarget(output: string | undefined): Promise<OutputTarget> {
  if (!output || output === '-') return {kind: 'stdout'}
  let info
  try {
    info = await stat(output)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw outputError(error, output)
    // A new file, or a dangling link: written where the link points.
    return {kind: 'atomic', path: await linkTarget(output), mode: null}
  }
  if (info.isDirectory()) throw outputError(Object.assign(new Error('is a directory'), {code: 'EISDIR'}), output)
  // `/dev/stdout` → `/proc/self/fd/1` → `pipe:[…]`: opened through the link as it is.
  if (!info.isFile()) return {kind: 'direct', path: output}
  return {kind: 'atomic', path: await realpath(output), mode: info.mode & 0o7777}
}

/** The path a chain of symbolic links ends in (the path itself when it is not a link). */
async function linkTarget(output: string): Promise<string> {
  let path = output
  for (let hops = 0; ; hops++) {
    let info
    try {
      info = await lstat(path)
    } catch {
      return path
    }
    if (!info.isSymbolicLink()) return path
    if (hops >= maximumLinks) throw outputError(Object.assign(new Error('too many symbolic links'), {code: 'ELOOP'}), output)
    path = resolve(dirname(path), await readlink(path))
  }
}

const reasons: Record<string, [string, string]> = {
  EISDIR: ['is a folder, not a file', 'give a file name (the folder is left alone)'],
  ENOSPC: ['no space left on the device', 'free some space, or write elsewhere'],
  EDQUOT: ['disk quota exceeded', 'free some space, or write elsewhere'],
  EACCES: ['permission denied', 'write somewhere you may write, or change the permissions'],
  EPERM: ['operation not permitted', 'write somewhere you may write, or change the permissions'],
  EROFS: ['read-only file system', 'write elsewhere'],
  ENOTDIR: ['a part of the path is not a folder', 'check the path'],
  ENOENT: ['no such folder', 'check the path'],
  ELOOP: ['too many symbolic links', 'check the links on the path'],
  EFBIG: ['file too large', 'write elsewhere'],
  EIO: ['input/output error', 'check the device'],
  ENXIO: ['no reader on the other side (FIFO or device)', 'start the reader first'],
  EPIPE: ['the reader closed the pipe', 'keep the reader open']
}

/** An error from writing output, as one clear `KicError` (exit 1, no stack trace). */
export function outputError(error: unknown, path: string): KicError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  const [reason, hint] = reasons[code] ?? [(error as Error)?.message ?? String(error), 'check the output path']
  return new KicError(`cannot write: ${reason}${code ? ` (${code})` : ''}`, {file: path, ruleId: 'output-unwritable', hint})
}

/** Whether an error came from the file system (an `errno` code) rather than a bug. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string'
}
