import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processBytes} from '../../src/pipeline.js'
import {readPdfPages} from '../../src/pdf/read.js'
import {layoutPages} from '../../src/pdf/layout.js'
import {bin, corpus, fixtures} from '../support/paths.js'
import {interleaved} from './timing.js'

/** PDF input: MB/s and pages/s of reading (PDF.js), of the layout alone, and of the whole pipeline; cold start against text. */
export async function benchPdf(): Promise<void> {
  for (const producer of ['chromium', 'writer']) {
    const path = join(fixtures, 'pdf', `287-${producer}.pdf`)
    const bytes = new Uint8Array(await readFile(path))
    const megabytes = bytes.length / 1e6
    const pages = await readPdfPages(bytes, path) // warm: PDF.js loaded once
    const rounds = 3

    let started = performance.now()
    for (let round = 0; round < rounds; round++) await readPdfPages(bytes, path)
    let seconds = (performance.now() - started) / 1000
    const line = (label: string) =>
      `${producer} (${pages.length} pages, ${megabytes.toFixed(2)} MB) ${label}: ${((megabytes * rounds) / seconds).toFixed(2)} MB/s, ${((pages.length * rounds) / seconds).toFixed(1)} pages/s, ${((seconds * 1000) / rounds).toFixed(0)} ms/file`
    console.log(line('text items (PDF.js)'))

    const layoutRounds = 50
    started = performance.now()
    for (let round = 0; round < layoutRounds; round++) layoutPages(pages)
    const layoutSeconds = (performance.now() - started) / 1000
    console.log(
      `${producer} layout alone (lines, tables, furniture): ${((pages.length * layoutRounds) / layoutSeconds).toFixed(0)} pages/s, ${((layoutSeconds * 1000) / layoutRounds).toFixed(1)} ms/file`
    )

    started = performance.now()
    for (let round = 0; round < rounds; round++) await processBytes(bytes, path)
    seconds = (performance.now() - started) / 1000
    console.log(line('full pipeline'))
  }

  const node = process.execPath
  const times = interleaved(
    {
      'kic parse corpus/287.txt': [node, [bin, 'parse', join(corpus, '287.txt'), '-q', '-o', '/dev/null']],
      'kic parse 287-writer.pdf': [node, [bin, 'parse', join(fixtures, 'pdf', '287-writer.pdf'), '-q', '-o', '/dev/null']]
    },
    5
  )
  for (const [name, ms] of Object.entries(times)) console.log(`cold ${name}: ${ms.toFixed(0)} ms`)
}
