/**
 * `kic batch` on synthetic archives of 1,000 and 2,000 issues (copies of
 * corpus/287.txt, generated in a temporary folder), against the I/O floor
 * measured in the same run (io-floor.ts: read, hash, write back as JSON, in
 * a fresh process): wall time, ratio to the floor, MB/s, CPU and peak RSS of
 * the whole process (worker threads included), for a cold run and a re-run
 * over unchanged inputs; rounds interleaved, medians.
 *
 * Targets: cold ≤ 8× and re-run ≤ 2× the floor at 1,000 issues; peak RSS
 * ≤ 250 MB at both sizes. `KIC_BENCH_BASELINE=/path/to/other/bin/kic.js`
 * measures another build in the same rounds (before/after comparisons);
 * `KIC_BENCH_ROUNDS` sets the rounds at 1,000 issues (default 3).
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {makeArchive} from '../support/archive.js'
import {bin} from '../support/paths.js'
import {median} from './timing.js'

export interface Measure {
  status: number | null
  seconds: number
  /** CPU seconds (user + system) of the process, all threads; null where unknown. */
  cpu: number | null
  /** Peak resident set size in MB, or null where it cannot be read. */
  peakMb: number | null
}

const gnuTime = '/usr/bin/time'
const floorScript = new URL('./io-floor.js', import.meta.url).pathname

/**
 * Run `node script …` and measure it: with GNU time when present (peak RSS
 * and CPU of the whole process, worker threads included), else by polling
 * /proc/<pid>/status VmHWM (the process's RSS high-water mark).
 */
export async function measure(script: string, args: string[]): Promise<Measure> {
  const timed = existsSync(gnuTime)
  const command = timed ? gnuTime : process.execPath
  const argv = timed ? ['-f', 'KICTIME %e %U %S %M', process.execPath, script, ...args] : [script, ...args]
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

/** Medians of several measures (peak RSS: the highest). */
function summarize(list: Measure[]): Measure {
  const cpus = list.map((each) => each.cpu).filter((each): each is number => each !== null)
  const peaks = list.map((each) => each.peakMb).filter((each): each is number => each !== null)
  return {
    status: list.find((each) => each.status !== 0)?.status ?? 0,
    seconds: median(list.map((each) => each.seconds)),
    cpu: cpus.length ? median(cpus) : null,
    peakMb: peaks.length ? Math.max(...peaks) : null
  }
}

function row(label: string, bytes: number, measured: Measure, floor: number): string {
  const rate = bytes / 1e6 / measured.seconds
  const peak = measured.peakMb === null ? 'n/a' : `${measured.peakMb.toFixed(0)} MB`
  const cpu = measured.cpu === null ? '' : `  cpu ${measured.cpu.toFixed(1)} s`
  return `${label.padEnd(34)} ${measured.seconds.toFixed(2).padStart(6)} s  ${(measured.seconds / floor).toFixed(1).padStart(5)}× floor  ${rate.toFixed(1).padStart(6)} MB/s  peak RSS ${peak}${cpu}  exit ${measured.status}`
}

export async function benchBatch(sizes: number[] = [1000, 2000], rounds = 3): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-batch-'))
  const baseline = process.env.KIC_BENCH_BASELINE
  const builds: Array<[string, string]> = [['kic', bin], ...(baseline ? [['baseline', baseline] as [string, string]] : [])]
  try {
    console.log(`cores: ${availableParallelism()} (jobs default); load average ${loadavg().map((each) => each.toFixed(1)).join(' ')}`)
    for (const size of sizes) {
      const archive = join(folder, `archive-${size}`)
      const {bytes} = await makeArchive(archive, size)
      const times: {[label: string]: Measure[]} = {}
      const add = (label: string, measured: Measure) => (times[label] ??= []).push(measured)
      const count = size > 1000 ? 1 : rounds
      for (let round = 0; round < count; round++) {
        const floorOut = join(folder, 'floor')
        add('I/O floor (read, hash, write JSON)', await measure(floorScript, [archive, floorOut]))
        await rm(floorOut, {recursive: true, force: true})
        for (const [name, script] of builds) {
          const out = join(folder, `out-${name}`)
          await rm(out, {recursive: true, force: true})
          add(`${name} cold`, await measure(script, ['batch', archive, '-o', out, '-q']))
          add(`${name} re-run (all unchanged)`, await measure(script, ['batch', archive, '-o', out, '-q']))
          if (round === 0) add(`${name} cold --jsonl --force`, await measure(script, ['batch', archive, '-o', out, '-q', '--jsonl', '--force']))
          await rm(out, {recursive: true, force: true})
        }
      }
      await rm(archive, {recursive: true, force: true})
      const floor = summarize(times['I/O floor (read, hash, write JSON)']!).seconds
      console.log(`${size} issues, ${(bytes / 1e6).toFixed(1)} MB (median of ${count} interleaved rounds; peak RSS: highest)`)
      for (const [label, list] of Object.entries(times)) console.log('  ' + row(label, bytes, summarize(list), floor))
    }
    console.log('targets: at 1,000 issues cold ≤ 8× and re-run ≤ 2× the floor; peak RSS ≤ 250 MB at both sizes')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  await benchBatch(sizes.length ? sizes : undefined, Number(process.env.KIC_BENCH_ROUNDS ?? 3))
}

/** One line of a single measure: files, wall time, MB/s, peak RSS, CPU. */
export function measureRow(label: string, files: number, bytes: number, measured: Measure): string {
  const rate = bytes / 1e6 / measured.seconds
  const peak = measured.peakMb === null ? 'n/a' : `${measured.peakMb.toFixed(0)} MB`
  const cpu = measured.cpu === null ? '' : `  cpu ${measured.cpu.toFixed(1)} s`
  return `${label.padEnd(30)} ${String(files).padStart(5)} files  ${measured.seconds.toFixed(2).padStart(6)} s  ${rate.toFixed(1).padStart(6)} MB/s  peak RSS ${peak}${cpu}  exit ${measured.status}`
}
