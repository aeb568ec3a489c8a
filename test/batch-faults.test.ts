/**
 * Fault tests for `kic batch`: inputs that cannot be read, inputs that vanish
 * during the run, an output folder that cannot be written. Each ends in
 * clear errors, the rest of the batch done, and no partial files.
 */
import {listFiles} from './support/files.js'
import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'node:test'
import {makeArchive} from './support/archive.js'
import {bin, corpus} from './support/paths.js'
import {kic} from './support/run.js'

const isRoot = process.getuid?.() === 0
const sample = readFileSync(join(corpus, '287.txt'), 'utf8')

function temporary(): string {
  return mkdtempSync(join(tmpdir(), 'kic-faults-'))
}

const files = listFiles

/** No temporary or half-written file is left in the output folder. */
function assertNoPartials(out: string): void {
  for (const name of files(out)) {
    assert.doesNotMatch(name, /\.tmp$|(?:^|\/)\.[^/]+$/, `left behind: ${name}`)
    if (name.endsWith('.json')) JSON.parse(readFileSync(join(out, name), 'utf8'))
  }
}

test('batch faults: unreadable inputs are reported, the rest is converted', async (t) => {
  const folder = temporary()
  try {
    const input = join(folder, 'in')
    mkdirSync(input)
    copyFileSync(join(corpus, '287.txt'), join(input, 'good.txt'))
    // A folder named like a text file, a dangling symlink, a FIFO nobody writes to.
    mkdirSync(join(input, 'folder.txt'))
    symlinkSync(join(folder, 'nowhere.txt'), join(input, 'dangling.txt'))
    let fifo = false
    try {
      execFileSync('mkfifo', [join(input, 'fifo.txt')])
      fifo = true
    } catch {
      t.diagnostic('mkfifo not available: FIFO case skipped')
    }
    const out = join(folder, 'out')
    const run = await runBatch([input, '-o', out, '-q'], 60_000)
    assert.equal(run.timedOut, false, 'batch hung (on the FIFO?)')
    assert.equal(run.status, 1, run.stderr)
    assert.match(run.stderr, /dangling\.txt:\d+:\d+ error .+\(input-[a-z-]+\)/)
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'stack trace on stderr')
    assert.deepEqual(readdirSync(join(out, 'issues')), ['287.json'])
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {inputs: Array<{path: string; status: string}>}
    const failed = manifest.inputs.filter((entry) => entry.status === 'failed').map((entry) => entry.path)
    assert.ok(failed.some((path) => path.endsWith('dangling.txt')), JSON.stringify(manifest.inputs))
    if (fifo) assert.ok(!manifest.inputs.some((entry) => entry.path.endsWith('fifo.txt') && entry.status === 'ok'))
    assertNoPartials(out)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('batch faults: an input too big for the worker heap fails alone, located; the others are converted', async () => {
  const folder = temporary()
  try {
    const input = join(folder, 'in')
    mkdirSync(input)
    copyFileSync(join(corpus, '287.txt'), join(input, 'a.txt'))
    writeFileSync(join(input, 'big.txt'), Array.from({length: 400}, () => sample).join('\n'))
    writeFileSync(join(input, 'c.txt'), sample.replace('제 287호', '제 288호'))
    const out = join(folder, 'out')
    // One worker: c.txt waits in the same worker behind big.txt and must survive its death.
    const run = await runBatch([input, '-o', out, '-q', '--jobs', '1', '--worker-memory', '24'], 120_000)
    assert.equal(run.status, 1, run.stderr)
    assert.match(run.stderr, /big\.txt:1:1 error the input needs more memory than a worker may use \(24 MB\).*\(input-too-large\)\n {2}hint: /)
    assert.deepEqual(readdirSync(join(out, 'issues')).sort(), ['287.json', '288.json'])
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {inputs: Array<{path: string; status: string}>}
    assert.deepEqual(manifest.inputs.map((entry) => entry.status), ['ok', 'failed', 'ok'])
    assertNoPartials(out)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('batch faults: an input without read permission (skipped as root: root reads anything)', {skip: isRoot}, async () => {
  const folder = temporary()
  try {
    const input = join(folder, 'in')
    mkdirSync(input)
    copyFileSync(join(corpus, '287.txt'), join(input, 'good.txt'))
    copyFileSync(join(corpus, '287.txt'), join(input, 'locked.txt'))
    chmodSync(join(input, 'locked.txt'), 0o000)
    const out = join(folder, 'out')
    const run = await runBatch([input, '-o', out, '-q'], 60_000)
    assert.equal(run.status, 1, run.stderr)
    assert.match(run.stderr, /locked\.txt:\d+:\d+ error /)
    assert.equal(readdirSync(join(out, 'issues')).length, 1)
    assertNoPartials(out)
  } finally {
    chmodSync(join(folder, 'in', 'locked.txt'), 0o644)
    rmSync(folder, {recursive: true, force: true})
  }
})

test('batch faults: files deleted while the batch runs are reported or converted, the rest is done', async (t) => {
  const folder = temporary()
  try {
    const input = join(folder, 'archive')
    await makeArchive(input, 300)
    const all = files(input)
    // The batch walks in order; delete the last third once it has started.
    const doomed = all.slice(200)
    const out = join(folder, 'out')
    const run = await runBatch([input, '-o', out, '-q', '--jobs', '2'], 300_000, (child) => {
      setTimeout(() => {
        for (const name of doomed) rmSync(join(input, name), {force: true})
      }, 400)
    })
    assert.equal(run.timedOut, false)
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'stack trace on stderr')
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {inputs: Array<{path: string; status: string; output: string | null}>}
    // Manifest paths are relative to the folder given.
    const byName = new Map(manifest.inputs.map((entry) => [entry.path, entry]))
    let failed = 0
    let unseen = 0
    for (const name of all) {
      const entry = byName.get(name)
      if (!doomed.includes(name)) {
        assert.equal(entry?.status, 'ok', `${name}: ${JSON.stringify(entry)}`)
        continue
      }
      // Deleted before the walk: not an input at all. Deleted after the walk, before it was
      // read: a clear error naming it. Read in time: converted. Never half of each.
      if (!entry) {
        unseen++
        continue
      }
      if (entry.status === 'failed') {
        failed++
        assert.match(run.stderr, new RegExp(name.replace(/[.]/g, '\\.') + ':\\d+:\\d+ error '), `${name} not reported`)
      } else assert.equal(entry.status, 'ok')
    }
    t.diagnostic(`of ${doomed.length} deleted files: ${unseen} before the walk, ${failed} reported as errors, ${doomed.length - unseen - failed} converted in time`)
    assert.equal(run.status, failed > 0 ? 1 : 0, run.stderr.slice(0, 2000))
    const outputs = manifest.inputs.filter((entry) => entry.status === 'ok').map((entry) => entry.output).sort()
    assert.deepEqual(files(join(out, 'issues')).map((name) => `issues/${name}`), outputs)
    assertNoPartials(out)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('batch faults: a read-only output folder gives a clear error and no partial files (skipped as root)', {skip: isRoot}, async () => {
  const folder = temporary()
  try {
    const out = join(folder, 'out')
    mkdirSync(out)
    chmodSync(out, 0o555)
    const run = await runBatch([join(corpus, '287.txt'), '-o', out, '-q'], 60_000)
    assert.notEqual(run.status, 0)
    assert.match(run.stderr, /kic batch|error/)
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'stack trace on stderr')
    assert.deepEqual(files(out), [])
  } finally {
    chmodSync(join(folder, 'out'), 0o755)
    rmSync(folder, {recursive: true, force: true})
  }
})

test('batch faults: an output folder that is a file is refused with exit 2', () => {
  const run = kic(['batch', join(corpus, '287.txt'), '-o', join(corpus, '287.txt'), '-q'])
  assert.equal(run.status, 2, run.stderr)
  assert.match(run.stderr, /not a folder/)
})

interface BatchRun {
  status: number | null
  stderr: string
  timedOut: boolean
}

/** Run `kic batch` asynchronously (so the test can act while it runs), killing it after `timeout` ms. */
function runBatch(args: string[], timeout: number, during?: (child: ReturnType<typeof spawn>) => void): Promise<BatchRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'batch', ...args], {env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    let timedOut = false
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout.resume()
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeout)
    during?.(child)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({status, stderr, timedOut})
    })
  })
}
