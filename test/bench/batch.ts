/**
 * `kic batch` on synthetic archives of 1,000 and 2,000 issues (copies of
 * corpus/287.txt, generated in a temporary folder): wall time, MB/s and peak
 * RSS of the whole process (worker threads included), for a cold run and an
 * incremental re-run. Targets: ≤ 4 s for 1,000 issues on 2 cores, ≤ 250 MB.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {makeArchive} from '../support/archive.js'
import {bin} from '../support/paths.js'

interface Measure {
  status: number | null
  seconds: number
  /** CPU seconds (user + system) of the process, all threads; null where unknown. */
  cpu: number | null
  /** Peak resident set size in MB, or null where it cannot be read. */
  peakMb: number | null
}

const gnuTime = '/usr/bin/time'

/**
 * Run `node bin/kic.js …` and measure it: with GNU time when present (peak
 * RSS and CPU of the whole process, worker threads included), else by polling
 * /proc/<pid>/status VmHWM (the process's RSS high-water mark).
 */
export async function measure(args: string[]): Promise<Measure> {
  const timed = existsSync(gnuTime)
  const command = timed ? gnuTime : process.execPath
  const argv = timed ? ['-f', 'KICTIME %e %U %S %M', process.execPath, bin, ...args] : [bin, ...args]
  const started = performance.now()
  const child = spawn(command, argv, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: '1'}})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  let peakKb: number | null = null
  const poll = async () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peakKb = Math.max(peakKb ?? 0, Number(match[1]))
    } catch {
      // gone
    }
  }
  const timer = !timed && existsSync('/proc/self/status') ? setInterval(poll, 20) : null
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
  if (timer) clearInterval(timer)
  let seconds = (performance.now() - started) / 1000
  let cpu: number | null = null
  const report = /KICTIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr)
  if (report) {
    seconds = Number(report[1])
    cpu = Number(report[2]) + Number(report[3])
    peakKb = Number(report[4])
  }
  if (code !== 0) process.stderr.write(stderr.slice(0, 2000))
  return {status: code, seconds, cpu, peakMb: peakKb === null ? null : peakKb / 1024}
}

export function row(label: string, files: number, bytes: number, measured: Measure): string {
  const rate = bytes / 1e6 / measured.seconds
  const peak = measured.peakMb === null ? 'n/a' : `${measured.peakMb.toFixed(0)} MB`
  const cpu = measured.cpu === null ? '' : `  cpu ${measured.cpu.toFixed(1)} s`
  return `${label.padEnd(30)} ${String(files).padStart(5)} files  ${measured.seconds.toFixed(2).padStart(6)} s  ${rate.toFixed(1).padStart(6)} MB/s  peak RSS ${peak}${cpu}  exit ${measured.status}`
}

export async function benchBatch(sizes: number[] = [1000, 2000]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-batch-'))
  try {
    console.log(`cores: ${availableParallelism()} (jobs default); load average ${loadavg().map((each) => each.toFixed(1)).join(' ')}`)
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

if (import.meta.url === `file://${process.argv[1]}`) await benchBatch(process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined)
