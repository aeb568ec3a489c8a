import {processPath} from '../../pipeline.js'
import {printDiagnostics} from '../diagnostics.js'
import {writeOutput} from '../output.js'
import {documentRecords} from '../../emit/records.js'
import {resolveLexicon} from '../../lexicon/config.js'

export interface ParseOptions {
  output?: string
  format: 'json' | 'jsonl'
  encoding: string
  from?: 'text' | 'md'
  quiet?: boolean
  lexicon?: string
  config?: string
}

export async function runParse(path: string, options: ParseOptions): Promise<number> {
  // A KicError (bad input) propagates to `main`, which prints it and exits 1.
  const lexicon = await resolveLexicon(options)
  const {document} = await processPath(path, {encoding: options.encoding, from: options.from, lexicon: lexicon?.rows})
  printDiagnostics(document.source?.path ?? path, document.diagnostics, Boolean(options.quiet))
  const content =
    options.format === 'jsonl'
      ? [...documentRecords(document)].map((record) => JSON.stringify(record)).join('\n') + '\n'
      : JSON.stringify(document, null, 2) + '\n'
  await writeOutput(content, options.output)
  return 0
}
