import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processBytes} from '../../src/pipeline.js'
import {corpus} from '../support/paths.js'
import {median} from './timing.js'

/**
 * Linear time on hostile shapes: each input is timed at 1×, 2× and 4× its
 * size (whole pipeline, median of 3) and the ratios printed; ~2.0 per
 * doubling is linear, ~4.0 quadratic. Printed, never asserted (machines are noisy).
 */
export async function benchScaling(): Promise<void> {
  const issue = (await readFile(join(corpus, '287.txt'))).toString('utf8')
  const shapes: Array<[string, string, (scale: number) => string]> = [
    ['issues run together', 'txt', (scale) => Array.from({length: 4 * scale}, () => issue).join('\n')],
    ['short paragraphs', 'txt', (scale) => Array.from({length: 10_000 * scale}, () => '가나다').join('\n\n')],
    ['figures', 'txt', (scale) => Array.from({length: 5_000 * scale}, (_, n) => `매출은 ${n}억 위안으로 ${n % 100}% 늘었다.`).join('\n\n')],
    ['Unicode line breaks', 'txt', (scale) => Array.from({length: 4 * scale}, () => issue.replace(/\n/g, (_, offset: number) => ['\u2028', '\u2029', '\u0085', '\f'][offset % 4]!)).join('\u2029')],
    ['tab table rows', 'txt', (scale) => Array.from({length: 2_000 * scale}, (_, n) => Array.from({length: 20}, (_, c) => `셀${n}-${c}`).join('\t')).join('\n')],
    ['one long line', 'txt', (scale) => '중국 창업 300억 위안 (伊利) '.repeat(12_000 * scale)],
    ['Markdown lists 3 deep', 'md', (scale) => Array.from({length: 400 * scale}, (_, n) => `- 항목 ${n}\n  - 하위\n    - 세부`).join('\n')],
    ['Markdown tables', 'md', (scale) => Array.from({length: 20 * scale}, () => '| 가 | 나 | 다 |\n| --- | --- | --- |\n' + '| 1 | 2 | 3 |\n'.repeat(20)).join('\n')]
  ]
  const only = process.env.KIC_SCALING
  // Warm up: dictionaries and compiled code are loaded once, before any timing.
  await processBytes(Buffer.from(issue, 'utf8'), 'warm.txt')
  await processBytes(Buffer.from('# 가\n\n- 나\n', 'utf8'), 'warm.md')
  for (const [name, extension, make] of shapes) {
    if (only && !name.startsWith(only)) continue
    const times: number[] = []
    let megabytes = 0
    for (const scale of [1, 2, 4]) {
      const bytes = Buffer.from(make(scale), 'utf8')
      megabytes = bytes.length / 1e6
      const runs: number[] = []
      for (let round = 0; round < 3; round++) {
        const started = performance.now()
        await processBytes(bytes, `scaling.${extension}`).catch((error: Error) => {
          throw new Error(`${name} at ${scale}×: ${error.message}`)
        })
        runs.push(performance.now() - started)
      }
      times.push(median(runs))
    }
    const [one, two, four] = times as [number, number, number]
    console.log(
      `${name.padEnd(24)} 1× ${one.toFixed(0)} ms, 2× ${two.toFixed(0)} ms, 4× ${four.toFixed(0)} ms (${megabytes.toFixed(2)} MB)` +
        `  ratios 2×/1× ${(two / one).toFixed(2)}, 4×/2× ${(four / two).toFixed(2)}  (2.0 = linear)`
    )
  }
}
