import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseBulletin} from '../../src/parse/bulletin.js'
import {processBytes} from '../../src/pipeline.js'
import {bin, corpus} from '../support/paths.js'
import {interleaved} from './timing.js'

/** Throughput of the parser and the whole pipeline, and cold start-up against bare node. */
export async function benchParse(): Promise<void> {
  const bytes = await readFile(join(corpus, '287.txt'))
  const text = bytes.toString('utf8')
  const megabytes = (count: number) => (count * bytes.length) / 1e6

  // The parser alone on the corpus repeated to ≥ 10 MB (one big text).
  const copies = Math.ceil(10e6 / bytes.length)
  const big = Array.from({length: copies}, () => text).join('\n')
  parseBulletin(text)
  let started = performance.now()
  parseBulletin(big)
  let seconds = (performance.now() - started) / 1000
  console.log(`parse (lines → flat tree), ${megabytes(copies).toFixed(1)} MB in one text: ${(megabytes(copies) / seconds).toFixed(1)} MB/s`)

  // The whole pipeline per issue, with and without extraction.
  for (const [label, options] of [
    ['structure only (no terms, no figures)', {terms: false, figures: false}],
    ['full pipeline (terms and figures)', {}]
  ] as const) {
    await processBytes(bytes, 'warm.txt', options)
    const rounds = 60
    started = performance.now()
    for (let round = 0; round < rounds; round++) await processBytes(bytes, `issue-${round}.txt`, options)
    seconds = (performance.now() - started) / 1000
    console.log(`${label}, ${rounds} issues (${megabytes(rounds).toFixed(1)} MB): ${(megabytes(rounds) / seconds).toFixed(1)} MB/s, ${((seconds * 1000) / rounds).toFixed(1)} ms/issue`)
  }

  // Cold start: each command a fresh process, interleaved, median of 15.
  const node = process.execPath
  const times = interleaved(
    {
      'node -e 0': [node, ['-e', '0']],
      'kic --version': [node, [bin, '--version']],
      'kic parse corpus/287.txt': [node, [bin, 'parse', join(corpus, '287.txt'), '-q', '-o', '/dev/null']]
    },
    15
  )
  const base = times['node -e 0']
  for (const [name, ms] of Object.entries(times)) {
    console.log(`cold ${name}: ${ms.toFixed(0)} ms (${(ms / base).toFixed(2)}× bare node)`)
  }
}
