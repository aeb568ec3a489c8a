import {processPath, type ProcessOptions} from '../pipeline.js'
import {isKicError} from '../errors.js'
import type {KicDocument} from '../emit/document.js'
import {printDiagnostics} from './diagnostics.js'
import {formatRecords, writesFile, type RecordFormat} from './records-output.js'
import {writeOutput} from './output.js'
import {pushAll} from '../util/arrays.js'

export interface ExtractOptions {
  output?: string
  format: RecordFormat
  encoding: string
  bom: boolean
  raw?: boolean
  quiet?: boolean
  lexicon?: string
  config?: string
}

/**
 * Shared by `kic terms` and `kic figures`: process each file, gather its
 * records, write them in one output. A bad file is reported and skipped;
 * the others still come out; the exit status is then 1.
 */
export async function runExtract(
  files: string[],
  options: ExtractOptions,
  process_: ProcessOptions,
  records: (document: KicDocument) => Iterable<object>,
  columns: readonly string[]
): Promise<number> {
  let failed = 0
  const rows: object[] = []
  for (const file of files) {
    try {
      const {document} = await processPath(file, {...process_, encoding: options.encoding})
      printDiagnostics(document.source?.path ?? file, document.diagnostics.filter((d) => d.severity === 'error'), Boolean(options.quiet))
      pushAll(rows, records(document))
    } catch (error) {
      if (!isKicError(error)) throw error
      process.stderr.write(error.format() + '\n')
      failed++
    }
  }
  const bom = options.bom && writesFile(options.output)
  await writeOutput(formatRecords(rows, options.format, {bom, raw: options.raw, columns}), options.output)
  return failed > 0 ? 1 : 0
}
