import {createHash} from 'node:crypto'
import {basename, extname, posix} from 'node:path'
import {issuesFolder} from './tables.js'
import {everyCodePoint, isLetterOrNumber, replaceRunsOutside} from '../util/unicode-class.js'

/** A letter, a digit, `_` or `-` (`[\p{L}\p{N}_-]`): what a file name is made of. */
const isNameCharacter = (code: number): boolean => code === 0x5f || code === 0x2d || isLetterOrNumber(code)

/**
 * Names of the per-issue JSON files, relative to the output folder:
 * `issues/287.json`; when several inputs claim issue 287, each is
 * `issues/287-<file stem>.json` (and a hash of the path if stems repeat);
 * without an issue number, `issues/unnumbered-<file stem>.json`.
 * Names are built from letters, digits, `_` and `-` only: never `/`, `..` or a leading dot.
 */
export function fileStem(path: string): string {
  const stem = replaceRunsOutside(basename(path, extname(path)).normalize('NFC'), isNameCharacter, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 60)
  return stem || 'input'
}

function pathHash(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 8)
}

function name(key: string): string {
  return posix.join(issuesFolder, `${key}.json`)
}

/** Whether a name (from a manifest, say) is one kic would write: `issues/<letters, digits, _ ->.json`. */
export function isIssueName(name: unknown): name is string {
  const prefix = `${issuesFolder}/`
  return (
    typeof name === 'string' && name.startsWith(prefix) && name.endsWith('.json') &&
    everyCodePoint(name.slice(prefix.length, -'.json'.length), isNameCharacter)
  )
}

/** Candidate names for one input, most preferred first. */
export function candidates(issue: number | null, path: string): string[] {
  const stem = fileStem(path)
  if (issue === null) return [name(`unnumbered-${stem}`), name(`unnumbered-${stem}-${pathHash(path)}`)]
  return [name(String(issue)), name(`${issue}-${stem}`), name(`${issue}-${stem}-${pathHash(path)}`)]
}

/**
 * Final names for every converted input: the plain number when it is the only
 * claimant, else number + file stem, else + path hash. Deterministic whatever
 * the order in which inputs finished.
 */
export function assignNames(entries: ReadonlyArray<{path: string; issue: number | null}>): Map<string, string> {
  const groups = new Map<string, Array<{path: string; issue: number | null}>>()
  for (const entry of entries) {
    const key = entry.issue === null ? `u:${fileStem(entry.path)}` : `n:${entry.issue}`
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }
  const names = new Map<string, string>()
  for (const group of groups.values()) {
    const stems = new Map<string, number>()
    for (const entry of group) stems.set(fileStem(entry.path), (stems.get(fileStem(entry.path)) ?? 0) + 1)
    for (const entry of group) {
      const [plain, stemmed, hashed] = candidates(entry.issue, entry.path)
      const unique = stems.get(fileStem(entry.path)) === 1
      names.set(entry.path, entry.issue === null ? (unique ? plain! : stemmed!) : group.length === 1 ? plain! : unique ? stemmed! : hashed!)
    }
  }
  return names
}
