/**
 * `kic report` on a synthetic archive of 1,000 issues (copies of
 * corpus/287.txt through `kic batch`; the batch itself is not timed here), and
 * the size of the sample's issue page. Targets: ≤ 10 s for the 1,000-issue
 * report; the sample's page ≤ 1 MB.
 */
import {mkdtemp, readdir, rm, stat} from 'node:fs/promises'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {makeArchive} from '../support/archive.js'
import {bin, corpus} from '../support/paths.js'
import {measure} from './batch.js'

async function folderBytes(path: string): Promise<{files: number; bytes: number}> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(path, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue
    files++
    bytes += (await stat(join(entry.parentPath, entry.name))).size
  }
  return {files, bytes}
}

export async function benchReport(size = 1000): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-report-'))
  try {
    const sample = join(folder, '287.html')
    const exported = await measure(bin, ['export', join(corpus, '287.txt'), '--to', 'html', '-q', '-o', sample])
    const page = (await stat(sample)).size
    console.log(`issue page of corpus/287.txt (export --to html, one file): ${(page / 1024).toFixed(0)} KB  (${exported.seconds.toFixed(2)} s)  target ≤ 1 MB: ${page <= 1 << 20 ? 'ok' : 'OVER'}`)

    const archive = join(folder, 'archive')
    const out = join(folder, 'out')
    const report = join(folder, 'report')
    await makeArchive(archive, size)
    const batch = await measure(bin, ['batch', archive, '-o', out, '-q'])
    console.log(`kic batch ${size} issues (input of the report, not the target): ${batch.seconds.toFixed(2)} s, exit ${batch.status}`)
    console.log(`cores: ${availableParallelism()}; load average before the report: ${loadavg().map((each) => each.toFixed(1)).join(' ')} (wall time stretches with load; cpu is the work done)`)
    const run = await measure(bin, ['report', out, '-o', report, '-q'])
    const written = await folderBytes(report)
    const peak = run.peakMb === null ? 'n/a' : `${run.peakMb.toFixed(0)} MB`
    const cpu = run.cpu === null ? '' : `  cpu ${run.cpu.toFixed(1)} s`
    console.log(
      `kic report of ${size} issues: ${run.seconds.toFixed(2)} s  ${written.files} files  ${(written.bytes / 1e6).toFixed(0)} MB  peak RSS ${peak}${cpu}  exit ${run.status}  target ≤ 10 s: ${run.seconds <= 10 ? 'ok' : 'OVER'}`
    )
    const issuePage = (await stat(join(report, 'issues', '287.html')).catch(() => null))?.size
    if (issuePage) console.log(`issue page in the report (style and script linked): ${(issuePage / 1024).toFixed(0)} KB`)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReport(Number(process.argv[2]) || undefined)
