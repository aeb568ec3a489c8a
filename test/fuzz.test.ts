import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'node:test'
import {makeCase} from './fuzz/mutate.js'
import {formatFailure, runCases} from './fuzz/property.js'
import {kic} from './support/run.js'

/** A small count for `npm test`; `npm run fuzz` runs 10,000. Seeds move with KIC_FUZZ_SEED to explore. */
const count = Number(process.env.KIC_FUZZ_COUNT ?? 60)
const first = Number(process.env.KIC_FUZZ_SEED ?? 1)

test('fuzz: cases are a pure function of the seed', () => {
  for (const seed of [1, 2, 77, 4242]) {
    const a = makeCase(seed)
    const b = makeCase(seed)
    assert.deepEqual(a.description, b.description)
    assert.equal(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)), 0)
  }
  assert.notDeepEqual(makeCase(1).bytes, makeCase(2).bytes)
})

test(`fuzz: ${count} mutated inputs end in a valid document or one KicError`, async () => {
  const summary = await runCases({first, count, timeout: 60_000})
  assert.equal(summary.cases, count)
  assert.deepEqual(summary.failures.map(formatFailure), [])
  // The mutators reach both outcomes; a suite where everything is rejected tests nothing.
  assert.ok(summary.documents > 0 && summary.errors > 0, `${summary.documents} documents, ${summary.errors} errors`)
})

test('fuzz: the CLI turns a mutated input into exit 0 or exit 1 with one error line, never a stack trace', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kic-fuzz-'))
  try {
    let sawError = false
    for (let seed = first; seed < first + 200 && !sawError; seed++) {
      const fuzzCase = makeCase(seed)
      if (fuzzCase.bytes.length > 200_000) continue
      const file = join(folder, fuzzCase.path)
      writeFileSync(file, fuzzCase.bytes)
      const run = kic(['parse', file, '-q'])
      assert.ok(run.status === 0 || run.status === 1, `seed ${seed}: exit ${run.status}\n${run.stderr}`)
      assert.doesNotMatch(run.stderr, /^\s+at /m, `seed ${seed}: stack trace on stderr`)
      if (run.status === 0) JSON.parse(run.stdout)
      else {
        sawError = true
        assert.equal(run.stdout, '')
        assert.match(run.stderr, / error .+ \([a-z-]+\)/)
      }
    }
    assert.ok(sawError, 'no seed in range gave a clean error')
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})
