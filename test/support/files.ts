import {existsSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'

/** Every file under `folder`, relative to it, sorted (empty when it does not exist). */
export function listFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(folder, path))
    }
  }
  if (existsSync(folder)) walk(folder)
  return out.sort()
}
