/**
 * `kic batch` on synthetic archives of 1,000 and 2,000 issues (copies of
 * corpus/287.txt, generated in a temporary folder): wall time, MB/s and peak
 * RSS of the whole process (worker threads included), for a cold run and an
 * incremental re-run. Targets: ≤ 4 s for 1,000 issues on 2 cores, ≤ 250 MB.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {makeArchive} from '../support/archive.js'
import {bin} from '../support/paths.js'

interface Measure {
  status: number | null
  seconds: number
  /** Peak resident set size in MB, or null where it cannot be read. */
  peakMb: number | null
}

/** Run `node bin/kic.js …`, polling /proc/<pid>/status VmHWM (the process's RSS high-water mark). */
async function measure(args: string[]): Promise<Measure> {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, ...args], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: '1'}})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  let peakKb: number | null = null
  const status = `/proc/${child.pid}/status`
  const poll = async () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(await readFile(status, 'utf8'))
      if (match) peakKb = Math.max(peakKb ?? 0, Number(match[1]))
    } catch {
      // gone
    }
  }
  const timer = existsSync('/proc/self/status') ? setInterval(poll, 20) : null
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
  if (timer) clearInterval(timer)
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) process.stderr.write(stderr.slice(0, 2000))
  return {status: code, seconds, peakMb: peakKb === null ? null : peakKb / 1024}
}

function row(label: string, files: number, bytes: number, measured: Measure): string {
  const rate = bytes / 1e6 / measured.seconds
  const peak = measured.peakMb === null ? 'n/a' : `${measured.peakMb.toFixed(0)} MB`
  return `${label.padEnd(28)} ${String(files).padStart(5)} files  ${measured.seconds.toFixed(2).padStart(6)} s  ${rate.toFixed(1).padStart(6)} MB/s  peak RSS ${peak}  exit ${measured.status}`
}

export async function benchBatch(sizes: number[] = [1000, 2000]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-batch-'))
  try {
    console.log(`cores: ${availableParallelism()} (jobs default)`)
    for (const size of sizes) {
      const archive = join(folder, `archive-${size}`)
      const out = join(folder, `out-${size}`)
      const {bytes} = await makeArchive(archive, size)
      console.log(row(`cold ${size}`, size, bytes, await measure(['batch', archive, '-o', out, '-q'])))
      console.log(row(`re-run ${size} (all skipped)`, size, bytes, await measure(['batch', archive, '-o', out, '-q'])))
      console.log(row(`cold ${size} --jsonl --force`, size, bytes, await measure(['batch', archive, '-o', out, '-q', '--jsonl', '--force'])))
      await rm(out, {recursive: true, force: true})
      await rm(archive, {recursive: true, force: true})
    }
    console.log('targets: ≤ 4 s for 1,000 issues on 2 cores; peak RSS ≤ 250 MB at both sizes')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBatch()
