import {rename, rm} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import type {ManifestEntry} from './manifest.js'
import {assignNames, candidates} from './naming.js'
import {temporaryPath} from './temporary.js'
import {issuesFolder} from './tables.js'

/**
 * Where each per-issue JSON lives. During a run a fresh JSON is renamed to
 * the first free candidate name (never over a file another input owns, so a
 * checkpointed manifest stays true); at the end every name is settled by
 * `assignNames` and files move (through temporary names, so swaps are safe).
 */
export class IssueFiles {
  /** Name (relative) → path of the input that owns it. */
  private readonly owners = new Map<string, string>()

  constructor(
    private readonly outdir: string,
    kept: Iterable<ManifestEntry>
  ) {
    for (const entry of kept) if (entry.output) this.owners.set(entry.output, entry.path)
  }

  /** Absolute path of a relative output name, refusing anything outside `outdir/issues`. */
  absolute(name: string): string {
    const folder = resolve(this.outdir, issuesFolder)
    const path = resolve(this.outdir, name)
    if (!path.startsWith(folder + sep)) throw new Error(`kic batch: refusing output name outside ${folder}: ${name}`)
    return path
  }

  /** Move a freshly written temporary JSON into place; returns its name. */
  async place(temporary: string, issue: number | null, path: string): Promise<string> {
    const name = candidates(issue, path).find((each) => (this.owners.get(each) ?? path) === path) ?? candidates(issue, path).at(-1)!
    await rename(temporary, this.absolute(name))
    this.owners.set(name, path)
    return name
  }

  /**
   * Settle names for the inputs of this run: remove JSONs nobody owns any
   * more (`previous`: the names of the last manifest), then move files whose
   * name changed. Updates `entries` in place; returns the claims of one issue
   * number by several inputs, for a warning.
   */
  async settle(entries: ManifestEntry[], previous: Iterable<string>): Promise<Array<{issue: number; names: string[]}>> {
    const converted = entries.filter((entry) => entry.output !== null)
    const finals = assignNames(converted)
    const inUse = new Set(converted.map((entry) => entry.output!))
    const wanted = new Set(finals.values())
    for (const name of new Set([...previous, ...this.owners.keys()])) {
      if (!inUse.has(name) && !wanted.has(name)) await rm(this.absolute(name), {force: true})
    }
    const moving = converted.filter((entry) => finals.get(entry.path) !== entry.output)
    const parked = new Map<ManifestEntry, string>()
    for (const entry of moving) {
      const temporary = temporaryPath(resolve(this.outdir, issuesFolder), 'move.json')
      await rename(this.absolute(entry.output!), temporary)
      parked.set(entry, temporary)
    }
    for (const [entry, temporary] of parked) {
      const name = finals.get(entry.path)!
      await rename(temporary, this.absolute(name))
      entry.output = name
    }
    const claims = new Map<number, string[]>()
    for (const entry of converted) {
      if (entry.issue === null) continue
      const list = claims.get(entry.issue) ?? []
      list.push(entry.output!)
      claims.set(entry.issue, list)
    }
    return [...claims].filter(([, names]) => names.length > 1).map(([issue, names]) => ({issue, names}))
  }
}

export function issuesPath(outdir: string): string {
  return join(outdir, issuesFolder)
}
