import {readdir, stat} from 'node:fs/promises'
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'

export interface CollectOptions {
  /** Extensions to take from folders, lower case with the dot (`.txt`). Files named on the command line are always taken. */
  extensions: string[]
  /** Absolute folders never to walk into (the output folder). */
  exclude: string[]
}

export interface Collected {
  /** Input paths as walked (relative when given relative), in natural order, no duplicates. */
  files: string[]
  /**
   * The name of each input in records and the manifest, the same whatever
   * the current folder and however the folder was given: the path relative
   * to the folder given (`2021/287.txt`), or the file name of a file given
   * by itself. Names two inputs share get the name of their folder first.
   */
  names: string[]
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
  /** Input path → the folder its name is relative to. */
  const roots = new Map<string, string>()
  const add = (path: string, root: string) => {
    const absolute = resolve(path)
    if (seen.has(absolute)) return
    seen.add(absolute)
    files.push(path)
    roots.set(path, root)
  }
  const excluded = (path: string) => options.exclude.includes(resolve(path))

  const walk = async (folder: string, root: string): Promise<void> => {
    const entries = await readdir(folder, {withFileTypes: true})
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!excluded(path)) await walk(path, root)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && options.extensions.includes(extname(entry.name).toLowerCase())) {
        if (entry.isSymbolicLink() && (await isFolder(path))) continue
        add(path, root)
      }
    }
  }

  for (const path of paths) {
    if (await isFolder(path)) {
      folders.push(resolve(path))
      if (!excluded(path)) await walk(path, resolve(path))
    } else {
      add(path, resolve(dirname(path)))
    }
  }
  files.sort(collator.compare)
  return {files, names: inputNames(files, roots), folders}
}

function inputNames(files: string[], roots: Map<string, string>): string[] {
  const portable = (path: string) => path.split(sep).join('/')
  const first = files.map((path) => portable(relative(roots.get(path)!, resolve(path))))
  const count = (names: string[]) => names.reduce((map, name) => map.set(name, (map.get(name) ?? 0) + 1), new Map<string, number>())
  const counts = count(first)
  const second = files.map((path, i) => (counts.get(first[i]!)! > 1 ? `${basename(roots.get(path)!)}/${first[i]}` : first[i]!))
  const again = count(second)
  return files.map((path, i) => (again.get(second[i]!)! > 1 ? portable(resolve(path)) : second[i]!))
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
