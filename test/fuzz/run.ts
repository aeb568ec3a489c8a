/**
 * `npm run fuzz`: many fuzz cases with a progress line and a summary.
 *
 *   node dist/test/fuzz/run.js [--count 10000] [--seed 1] [--jobs N] [--timeout ms]
 *   node dist/test/fuzz/run.js --case 1234 [--save file]   one case, in this thread, in detail
 *
 * Exit status 1 when any case fails; every failure prints its seed.
 */
import {writeFileSync} from 'node:fs'
import {makeCase} from './mutate.js'
import {checkCase, formatFailure, runCases} from './property.js'

// `node --test dist/test/` runs every file under dist/test; this is a script, not a test.
if (!process.env.NODE_TEST_CONTEXT) await main(process.argv.slice(2))

async function main(args: string[]): Promise<void> {
  const value = (name: string): string | undefined => {
    const at = args.lastIndexOf(name)
    return at === -1 ? undefined : args[at + 1]
  }
  const number = (name: string, fallback: number): number => {
    const raw = value(name)
    const parsed = raw === undefined ? fallback : Number(raw)
    if (!Number.isInteger(parsed) || parsed < 0) {
      console.error(`${name} wants a whole number, got ${raw}`)
      process.exit(2)
    }
    return parsed
  }

  if (value('--case') !== undefined) {
    const fuzzCase = makeCase(number('--case', 0))
    const save = value('--save')
    if (save) writeFileSync(save, fuzzCase.bytes)
    console.log(`seed ${fuzzCase.seed}: ${fuzzCase.path}, ${fuzzCase.bytes.length} bytes, ${fuzzCase.description.join(' → ')}${save ? `, saved to ${save}` : ''}`)
    const result = await checkCase(fuzzCase)
    console.log(result.failure ? `FAIL ${result.failure}` : `ok ${result.outcome}${result.ruleId ? ` (${result.ruleId})` : ''}`, `${result.ms.toFixed(0)} ms`)
    process.exitCode = result.failure ? 1 : 0
    return
  }

  const count = number('--count', 10_000)
  const first = number('--seed', 1)
  const jobs = value('--jobs') === undefined ? undefined : number('--jobs', 1)
  const timeout = number('--timeout', 30_000)
  const tty = process.stderr.isTTY
  const started = performance.now()
  let lastPrint = 0
  let failed = 0

  console.log(`fuzz: ${count} cases, seeds ${first}…${first + count - 1}, ${timeout} ms per case`)
  const summary = await runCases({
    first,
    count,
    jobs,
    timeout,
    onResult(result, done) {
      if (result.failure) {
        failed++
        process.stderr.write((tty ? '\r\x1b[K' : '') + formatFailure(result) + '\n')
      }
      const now = performance.now()
      if (done === count || now - lastPrint > (tty ? 250 : 10_000)) {
        lastPrint = now
        const line = `${done}/${count} cases, ${failed} failures, ${((now - started) / 1000).toFixed(1)} s`
        process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`)
      }
    }
  })
  if (tty) process.stderr.write('\n')

  console.log(
    `fuzz summary: ${summary.cases} cases, ${summary.failures.length} failures, ${summary.seconds.toFixed(1)} s ` +
      `(${summary.documents} documents, ${summary.errors} clean errors)`
  )
  console.log('slowest: ' + summary.slowest.map((r) => `seed ${r.seed} ${r.ms.toFixed(0)} ms [${r.description.join(' → ')}]`).join('; '))
  for (const failure of summary.failures) console.log(formatFailure(failure))
  process.exitCode = summary.failures.length > 0 ? 1 : 0
}
