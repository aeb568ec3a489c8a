/**
 * The I/O floor of a batch: read each input file, hash it (SHA-256) and write
 * it back as one JSON string, one file after another, in a fresh process.
 * No conversion can cost less; `kic batch` is measured against it in the same run.
 * Usage: node io-floor.js <archive folder> <output folder>
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

async function walk(folder: string, out: string[]): Promise<string[]> {
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) await walk(path, out)
    else if (entry.name.endsWith('.txt')) out.push(path)
  }
  return out
}

const [archive, output] = process.argv.slice(2)
await mkdir(output!, {recursive: true})
const files = (await walk(archive!, [])).sort()
for (const [index, path] of files.entries()) {
  const bytes = await readFile(path)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  await writeFile(join(output!, `${index}.json`), JSON.stringify({path, sha256, text: bytes.toString('utf8')}))
}
