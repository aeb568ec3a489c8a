import {spawnSync} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processBytes, type ProcessOptions} from '../../src/pipeline.js'
import {corpus} from '../support/paths.js'
import {median} from './timing.js'

const ROUNDS = 60
const LOAD_RUNS = 7

/**
 * Cost of term extraction: the dictionary load in a fresh process, and the
 * extraction time per issue on corpus/287.txt through the real text units
 * (the pipeline with terms minus the pipeline without, both warmed and
 * interleaved so that machine noise hits both alike).
 */
export async function benchTerms(): Promise<void> {
  console.log(`dictionary load (cold, median of ${LOAD_RUNS} processes): ${coldLoadMs().toFixed(1)} ms`)

  const path = join(corpus, '287.txt')
  const bytes = await readFile(path)
  const withTerms: ProcessOptions = {figures: false}
  const without: ProcessOptions = {terms: false, figures: false}
  const pairs = (await processBytes(bytes, path, withTerms)).document.terms.length
  for (let warm = 0; warm < 10; warm++) {
    await processBytes(bytes, path, withTerms)
    await processBytes(bytes, path, without)
  }
  const timesWith: number[] = []
  const timesWithout: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    timesWithout.push(await timed(() => processBytes(bytes, path, without)))
    timesWith.push(await timed(() => processBytes(bytes, path, withTerms)))
  }
  const base = median(timesWithout)
  const full = median(timesWith)
  const terms = Math.max(0, full - base)
  console.log(`pipeline without terms: ${base.toFixed(2)} ms/issue; with terms: ${full.toFixed(2)} ms/issue (median of ${ROUNDS})`)
  console.log(`term extraction: ${terms.toFixed(2)} ms/issue, ${pairs} pairs/issue, ${terms > 0 ? Math.round((pairs * 1000) / terms) : '∞'} pairs/s`)
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** Median load time reported by `prepareTerms()` in fresh processes. */
function coldLoadMs(): number {
  const extract = new URL('../../src/terms/extract.js', import.meta.url).href
  const script = `const m = await import(${JSON.stringify(extract)}); console.log((await m.prepareTerms()).ms)`
  const times: number[] = []
  for (let run = 0; run < LOAD_RUNS; run++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`dictionary load failed: ${result.stderr}`)
    times.push(Number(result.stdout.trim()))
  }
  return median(times)
}
