import {readdir, realpath, stat} from 'node:fs/promises'
import {resolve, sep} from 'node:path'
import {readManifest} from './manifest.js'

/** A refusal the user fixes by changing the command line (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * Refuse an output folder that would be read back as input (inside an input
 * folder) or that holds someone else's files (non-empty, no kic manifest),
 * unless `force`.
 */
export async function checkOutdir(outdir: string, inputFolders: string[], force: boolean): Promise<void> {
  const target = await real(outdir)
  let info
  try {
    info = await stat(outdir)
  } catch {
    info = null
  }
  if (info && !info.isDirectory()) {
    throw new UsageError(`output \`${outdir}\` exists and is not a folder; give a folder with -o`)
  }
  if (force) return
  for (const folder of inputFolders) {
    const input = await real(folder)
    if (target === input || target.startsWith(input.endsWith(sep) ? input : input + sep)) {
      throw new UsageError(
        `output folder \`${outdir}\` is inside the input folder \`${folder}\`: its files would be read as input next time; ` +
          'choose an output folder outside the inputs (or --force to write there anyway; it is then skipped when walking)'
      )
    }
  }
  if (info && (await readdir(outdir)).length > 0 && !(await readManifest(outdir))) {
    throw new UsageError(
      `output folder \`${outdir}\` is not empty and has no kic manifest.json: refusing to write among other files; ` +
        'give a new or empty folder, or a folder of an earlier `kic batch` (or --force)'
    )
  }
}

/** Real path of `path`, or of its nearest existing parent joined with the rest. */
async function real(path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    return await realpath(absolute)
  } catch {
    const parent = resolve(absolute, '..')
    if (parent === absolute) return absolute
    return resolve(await real(parent), absolute.slice(parent.length + 1))
  }
}
