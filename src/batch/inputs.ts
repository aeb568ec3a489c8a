import {readdir, realpath, stat} from 'node:fs/promises'
import {displayName} from '../util/display.js'
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'

export interface CollectOptions {
  /** Extensions to take from folders, lower case with the dot (`.txt`). Files named on the command line are always taken. */
  extensions: string[]
  /** Absolute folders never to walk into (the output folder). */
  exclude: string[]
  /** Take symbolic links found in folders wherever they point (default: only inside the folders given). */
  followLinks?: boolean
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
  /** Links found in folders that point outside every folder given, left out (unless `followLinks`): [link, target]. */
  outside: Array<[string, string]>
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
 * (dot-entries and symlinked folders are skipped; a symlinked file is kept
 * when it points inside one of the folders given, or anywhere with
 * `followLinks`, so a link to `/etc/passwd` never ends up in the output);
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
  const outside: Array<[string, string]> = []
  const links: Array<[string, string]> = []
  let realFolders: string[] | null = null
  /** Whether a link's target is inside a folder given; a dangling link is kept so it is reported as failed. */
  const linkAllowed = async (path: string): Promise<boolean> => {
    if (options.followLinks) return true
    let target: string
    try {
      target = await realpath(path)
    } catch {
      return true
    }
    realFolders ??= await Promise.all(folders.map((folder) => realpath(folder).catch(() => folder)))
    if (realFolders.some((folder) => target.startsWith(folder.endsWith(sep) ? folder : folder + sep))) return true
    outside.push([path, target])
    return false
  }

  const walk = async (folder: string, root: string): Promise<void> => {
    const entries = await readdir(folder, {withFileTypes: true})
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!excluded(path)) await walk(path, root)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && options.extensions.includes(extname(entry.name).toLowerCase())) {
        if (entry.isSymbolicLink()) {
          // Judged once every folder given is known.
          if (!(await isFolder(path))) links.push([path, root])
          continue
        }
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
  for (const [path, root] of links) if (await linkAllowed(path)) add(path, root)
  files.sort(collator.compare)
  return {files, names: inputNames(files, roots), folders, outside}
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

/** One warning line per link left out for pointing outside the folders given. */
export function warnOutside(outside: ReadonlyArray<[string, string]>, command: string): void {
  for (const [link, target] of outside) {
    process.stderr.write(`${command}: warning: left out ${displayName(link)}: a link to ${displayName(target)}, outside the folders given (--follow-links to take it)\n`)
  }
}
