/**
 * The archive database: what `--sqlite` adds to `kic batch` on a synthetic
 * archive of 1,000 issues (copies of corpus/287.txt), and how long a search
 * takes on it (in process, after opening; and the whole command once).
 * Targets: `--sqlite` adds ≤ 30% to batch time; a search ≤ 50 ms.
 */
import {spawn} from 'node:child_process'
import {mkdtemp, rm, stat} from 'node:fs/promises'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {openDatabase} from '../../src/archive/sqlite.js'
import {searchFigures, searchText} from '../../src/search/query.js'
import {makeArchive} from '../support/archive.js'
import {bin} from '../support/paths.js'

function run(args: string[]): Promise<{seconds: number; stderr: string; status: number | null}> {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, ...args], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: '1'}})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  return new Promise((resolve) => child.on('close', (status) => resolve({seconds: (performance.now() - started) / 1000, stderr, status})))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export async function benchArchive(size = Number(process.env.KIC_BENCH_ISSUES ?? 1000)): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-archive-'))
  try {
    const archive = join(folder, 'archive')
    const out = join(folder, 'out')
    await makeArchive(archive, size)
    console.log(`load average ${loadavg().map((each) => each.toFixed(1)).join(' ')}`)
    const plain = await run(['batch', archive, '-o', out, '--force'])
    const withDb = await run(['batch', archive, '-o', out, '--force', '--sqlite'])
    const archiveSeconds = Number(/written in ([\d.]+) s/.exec(withDb.stderr)?.[1] ?? NaN)
    const database = join(out, 'archive.sqlite')
    const bytes = (await stat(database)).size
    console.log(`batch ${size} issues            ${plain.seconds.toFixed(2)} s  exit ${plain.status}`)
    console.log(`batch ${size} issues --sqlite   ${withDb.seconds.toFixed(2)} s  exit ${withDb.status}  (database ${(bytes / 1e6).toFixed(0)} MB, its writing ${archiveSeconds.toFixed(2)} s on the main thread)`)
    console.log(`--sqlite adds ${(((withDb.seconds - plain.seconds) / plain.seconds) * 100).toFixed(0)}% to batch time (target ≤ 30%)`)

    const db = openDatabase(database, {readOnly: true})
    try {
      const queries = ['텐센트', '腾讯', '디지털 트랜스포메이션', '伊利', '플랫폼', 'AI', '스마트공장']
      const rounds = 5
      for (const limit of [20, 0]) {
        const times: number[] = []
        let hits = 0
        for (let round = 0; round < rounds; round++) {
          for (const query of queries) {
            const started = performance.now()
            hits = searchText(db, query, {limit}).length
            times.push(performance.now() - started)
          }
        }
        console.log(`search (${limit === 0 ? 'every hit' : `first ${limit} hits`}) over ${size} issues: median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms per query (${queries.length} queries × ${rounds}; last: ${hits} hits) (target ≤ 50 ms)`)
      }
      const figureTimes: number[] = []
      for (let round = 0; round < 3; round++) {
        const started = performance.now()
        searchFigures(db, '텐센트', {limit: 50})
        figureTimes.push(performance.now() - started)
      }
      console.log(`figures about 텐센트 (first 50): median ${median(figureTimes).toFixed(1)} ms`)
    } finally {
      db.close()
    }
    const command = await run(['search', '텐센트', '--db', out, '--limit', '20'])
    console.log(`kic search 텐센트 --limit 20, whole command (Node start-up and opening included): ${(command.seconds * 1000).toFixed(0)} ms  exit ${command.status}`)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
