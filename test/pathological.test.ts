/**
 * Pathological inputs stay linear. 1 MB runs of one character (spaces,
 * digits, brackets, Hangul, tabs, list and note markers …) go through the
 * whole pipeline, terms and figures included, inside the sample issue's
 * first article: once as one line, once as many lines of 64 characters.
 * Each case is measured and printed. The bound is 5 s or 200 × the time of
 * the sample issue (57 kB) measured at the start, whichever is larger: 1 MB
 * is 18 × the sample, so a linear pipeline costs 20–150 × (dense term and
 * figure content is dearer per byte) and stays under it on a loaded CI
 * machine, while catastrophic backtracking (10⁴ × and more) fails.
 *
 * The regression cases reproduce the quadratic expressions found by the
 * regex audit (see README, Robustness): each cost seconds at 32 kB before
 * the fix.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import test, {after} from 'node:test'
import {isKicError} from '../src/errors.js'
import {processBytes} from '../src/pipeline.js'
import {corpus} from './support/paths.js'
import {validateDocument} from './support/schema.js'

let bound = Number(process.env.KIC_PATHOLOGICAL_MS ?? 5000)
const size = 1 << 20
const sample = readFileSync(join(corpus, '287.txt'), 'utf8')
/** The run goes after the first paragraph of article 1, so the body parser, terms and figures all see it. */
const anchor = '행동 강령(2022 - 2025 년)을 발표했다.\n'
assert.ok(sample.includes(anchor))

const runs: Array<[string, string]> = [
  ['spaces', ' '],
  ['digits', '7'],
  ['digits and commas', '1,'],
  ['open parens', '('],
  ['open brackets', '['],
  ['full-width parens', '（'],
  ['Hangul', '가'],
  ['Han', '中'],
  ['tabs', '\t'],
  ['circles', '○'],
  ['hyphens', '-'],
  ['circled one', '①'],
  ['asterisks', '*'],
  ['angle brackets', '<'],
  ['dots', '.'],
  ['percent', '%'],
  ['term pairs', '이리(伊利)'],
  ['e-mail-like', 'a@b.'],
  ['words', '디지털 경제 '],
  ['masthead-like', '제 1호 ']
]

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

function oneLine(unit: string): string {
  // A letter after the run: expressions anchored at the end then fail at its last character.
  return sample.replace(anchor, anchor + '\n' + fill(unit, size) + '가\n')
}

function manyLines(unit: string): string {
  const line = fill(unit, 64)
  return sample.replace(anchor, anchor + '\n' + (line + '\n').repeat(Math.ceil(size / 65)))
}

const regressions: Array<[string, string]> = [
  // src/terms/extract.ts: `/[\s,，;:]+$/` on the head of an editor's note.
  ['note head of 1 MB commas', sample.replace('편집자 주: 两化', '편집자 주: ' + fill(', ', size) + 'x两化')],
  // src/transform/page-breaks.ts: `/[.,!?]+$/` on the first word after a page break.
  ['page break before 1 MB of dots', sample.replace(anchor, anchor.replace('발표했다.', '발표했다 그리고') + '\n' + fill('.', size) + '가 계속된다.\n')],
  // src/lang/detect.ts: the e-mail expression tried 64 characters at every letter.
  ['1 MB of letters with an @', sample.replace(anchor, anchor + '\n' + fill('a', size) + '@\n')],
  ['100k tiny lines', sample.replace(anchor, anchor + '\n' + '가\n-\n(\n1\n\n'.repeat(20_000))]
]


const timings: Array<[string, number, string]> = []

after(() => {
  const width = Math.max(...timings.map(([name]) => name.length))
  console.log(`pathological inputs (bound ${bound} ms each):`)
  for (const [name, ms, outcome] of timings) console.log(`  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms  ${outcome}`)
})

async function measure(name: string, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8')
  const start = performance.now()
  let outcome: string
  try {
    const {document} = await processBytes(bytes, `${name}.txt`)
    outcome = `document, ${document.terms.length} terms, ${document.figures.length} figures`
    assert.deepEqual(validateDocument(JSON.parse(JSON.stringify(document))), [])
  } catch (error) {
    if (!isKicError(error)) throw error
    outcome = `error ${error.ruleId}`
  }
  const ms = performance.now() - start
  timings.push([name, ms, outcome])
  assert.ok(ms < bound, `${name}: ${ms.toFixed(0)} ms`)
}

test('pathological: calibrate on the sample', async () => {
  const times: number[] = []
  for (let run = 0; run < 4; run++) {
    const start = performance.now()
    await processBytes(Buffer.from(sample), '287.txt')
    times.push(performance.now() - start)
  }
  const median = times.slice(1).sort((a, b) => a - b)[1]!
  bound = Math.max(bound, 200 * median)
  timings.push(['sample issue (57 kB), median of 3', median, 'calibration'])
})

for (const [name, unit] of runs) {
  test(`pathological: 1 MB of ${name} as one line`, () => measure(`${name}, one line`, oneLine(unit)))
  test(`pathological: 1 MB of ${name} as many lines`, () => measure(`${name}, many lines`, manyLines(unit)))
}

for (const [name, text] of regressions) {
  test(`pathological: ${name}`, () => measure(name, text))
}
