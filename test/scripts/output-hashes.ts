/**
 * `npm run outputs`: the SHA-256 of the whole JSON document (terms, figures
 * and diagnostics included) of every input under corpus/ and fixtures/
 * (.txt, .md, .pdf), one line each, so that a change meant to keep every
 * output can be checked on all of them:
 *
 *     npm run -s outputs > /tmp/before.txt    # on the commit before
 *     npm run -s outputs -- --check /tmp/before.txt
 *
 * `--check FILE` prints the inputs whose document differs and exits 1 if any
 * does. Inputs kic refuses (the bad-input fixtures) are hashed by their error.
 */
import {createHash} from 'node:crypto'
import {readFile, readdir} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {processPath} from '../../src/pipeline.js'
import {corpus, fixtures, root} from '../support/paths.js'

async function* inputs(folder: string): AsyncGenerator<string> {
  for (const entry of (await readdir(folder, {withFileTypes: true})).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* inputs(path)
    else if (/\.(?:txt|md|pdf)$/.test(entry.name)) yield path
  }
}

async function hashOf(path: string): Promise<string> {
  let text: string
  try {
    const {document} = await processPath(path)
    // The path as given differs between checkouts; everything else is the output.
    text = JSON.stringify({...document, source: {...document.source, path: null}})
  } catch (error) {
    text = `error: ${(error as Error).message}`
  }
  return createHash('sha256').update(text).digest('hex')
}

const check = process.argv.indexOf('--check')
const expected = new Map<string, string>()
if (check !== -1) {
  for (const line of (await readFile(process.argv[check + 1]!, 'utf8')).split('\n')) {
    const [hash, name] = line.split('  ')
    if (hash && name) expected.set(name, hash)
  }
}

let differ = 0
let count = 0
for (const folder of [corpus, fixtures]) {
  for await (const path of inputs(folder)) {
    const name = relative(root, path)
    const hash = await hashOf(path)
    count++
    if (check === -1) console.log(`${hash}  ${name}`)
    else if (expected.get(name) !== hash) {
      differ++
      console.log(`${expected.has(name) ? 'differs' : 'new'}: ${name}`)
    }
  }
}
if (check !== -1) {
  console.log(`${count} inputs, ${differ} differ`)
  if (differ > 0) process.exitCode = 1
}
