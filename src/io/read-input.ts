import {readFile, stat} from 'node:fs/promises'
import {KicError} from '../errors.js'

export interface RawInput {
  /** Path as the user gave it, or `<stdin>`. */
  path: string
  bytes: Uint8Array
}

/** Read one input file (or stdin for `-`), turning fs failures into clear errors. */
export async function readInput(path: string): Promise<RawInput> {
  if (path === '-') return {path: '<stdin>', bytes: await readStdin()}

  let info
  try {
    info = await stat(path)
  } catch (error) {
    throw fsError(error, path)
  }
  if (info.isDirectory()) {
    throw new KicError('is a directory, not a file', {
      file: path,
      ruleId: 'input-directory',
      hint: 'give a file, or convert a whole folder with `kic batch <folder> -o <outdir>`'
    })
  }
  try {
    return {path, bytes: await readFile(path)}
  } catch (error) {
    throw fsError(error, path)
  }
}

export function fsError(error: unknown, path: string): KicError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') {
    return new KicError('no such file', {file: path, ruleId: 'input-missing', hint: 'check the path'})
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new KicError('permission denied', {
      file: path,
      ruleId: 'input-unreadable',
      hint: 'make the file readable (chmod +r) or run as a user who may read it'
    })
  }
  if (code === 'EISDIR') {
    return new KicError('is a directory, not a file', {file: path, ruleId: 'input-directory'})
  }
  return new KicError(`cannot read: ${(error as Error)?.message ?? String(error)}`, {
    file: path,
    ruleId: 'input-unreadable'
  })
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
