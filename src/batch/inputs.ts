import {readdir, stat} from 'node:fs/promises'
import {extname, join, resolve} from 'node:path'

export interface CollectOptions {
  /** Extensions to take from folders, lower case with the dot (`.txt`). Files named on the command line are always taken. */
  extensions: string[]
  /** Absolute folders never to walk into (the output folder). */
  exclude: string[]
}

export interface Collected {
  /** Input paths as walked (relative when given relative), in natural order, no duplicates. */
  files: string[]
  /** Absolute paths of the folders given. */
  folders: string[]
}

const collator = new Intl.Collator('en', {numeric: true})

/** `.txt,.md` or `txt, md` → `['.txt', '.md']`. */
export function parseExtensions(value: string): string[] {
  return value
    .split(',')
    .map((each) => each.trim().toLowerCase())
    .filter(Boolean)
    .map((each) => (each.startsWith('.') ? each : `.${each}`))
}

/**
 * Files and folders → the list of inputs. Folders are walked recursively
 * (dot-entries and symlinked folders are skipped, symlinked files are kept);
 * a name that does not exist is kept so the batch reports it as failed.
 */
export async function collectInputs(paths: string[], options: CollectOptions): Promise<Collected> {
  const files: string[] = []
  const folders: string[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    const absolute = resolve(path)
    if (seen.has(absolute)) return
    seen.add(absolute)
    files.push(path)
  }
  const excluded = (path: string) => options.exclude.includes(resolve(path))

  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, {withFileTypes: true})
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!excluded(path)) await walk(path)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && options.extensions.includes(extname(entry.name).toLowerCase())) {
        if (entry.isSymbolicLink() && (await isFolder(path))) continue
        add(path)
      }
    }
  }

  for (const path of paths) {
    if (await isFolder(path)) {
      folders.push(resolve(path))
      if (!excluded(path)) await walk(path)
    } else {
      add(path)
    }
  }
  files.sort(collator.compare)
  return {files, folders}
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
