import {printDiagnostics} from '../diagnostics.js'
import {readReportInput} from '../../report/inputs.js'
import {withReportFolder} from '../../report/output.js'
import {buildSite} from '../../report/site.js'
import {termReader} from '../../report/readings.js'

export interface ReportOptions {
  output: string
  encoding: string
  from?: 'text' | 'md'
  quiet?: boolean
  jobs?: number
}

/**
 * `kic report <file|batch-folder> -o <dir>`: the static HTML report. An issue
 * JSON that cannot be read is listed on the index and printed on stderr; the
 * rest of the report is still written.
 */
export async function runReport(path: string, options: ReportOptions): Promise<number> {
  const started = performance.now()
  const input = await readReportInput(path, {
    encoding: options.encoding,
    from: options.from,
    onDocument: (document) => printDiagnostics(document.source?.path ?? path, document.diagnostics ?? [], Boolean(options.quiet))
  })
  const reading = await termReader()
  const result = await withReportFolder(options.output, (folder) => buildSite(input, folder, reading, {jobs: options.jobs}))
  for (const each of result.errors) process.stderr.write(`${each.path} error ${each.message} (input-report)\n`)
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stderr.write(
      `kic report: ${result.issues} issues${result.failed > 0 ? ` (${result.failed} failed, listed on the index)` : ''}, ${result.glossary} glossary entries, ${result.subjects} charted subjects → ${options.output}/index.html ` +
        `(${result.pages} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${seconds} s)\n`
    )
  }
  // Like `kic batch`: the report is written, but an issue it could not read is a failure (exit 1).
  return result.unreadable > 0 ? 1 : 0
}
