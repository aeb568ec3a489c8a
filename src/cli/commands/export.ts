import {readFile} from 'node:fs/promises'
import {processPath} from '../../pipeline.js'
import {KicError} from '../../errors.js'
import {fsError} from '../../io/read-input.js'
import {printDiagnostics} from '../diagnostics.js'
import {writeOutput} from '../output.js'
import {schemaId, type KicDocument} from '../../emit/document.js'

export interface ExportOptions {
  to: 'md' | 'html'
  output?: string
  encoding: string
  from?: 'text' | 'md'
  quiet?: boolean
}

/** `kic export <file> --to md|html`: an issue (text, Markdown, or a kic/2 JSON document) as Markdown or one HTML page. */
export async function runExport(path: string, options: ExportOptions): Promise<number> {
  // A KicError (bad input) propagates to `main`, which prints it and exits 1.
  if (options.to === 'html') {
    const {exportHtml} = await import('../../report/export-html.js')
    const onDocument = (document: Record<string, any>) => printDiagnostics(document.source?.path ?? path, document.diagnostics ?? [], Boolean(options.quiet))
    await writeOutput(await exportHtml(path, {encoding: options.encoding, from: options.from, onDocument}), options.output)
    return 0
  }
  const document = await documentOf(path, options)
  const {documentToMarkdown} = await import('../../markdown/stringify.js')
  await writeOutput(documentToMarkdown(document), options.output)
  return 0
}

async function documentOf(path: string, options: ExportOptions): Promise<KicDocument> {
  if (path !== '-' && /\.json$/i.test(path)) {
    let value: unknown
    try {
      value = JSON.parse(await readFile(path, 'utf8'))
    } catch (error) {
      if (error instanceof SyntaxError) {
        throw new KicError(`not JSON: ${error.message}`, {file: path, ruleId: 'input-json', hint: `give a ${schemaId} document from \`kic parse\``})
      }
      throw fsError(error, path)
    }
    if ((value as {schema?: unknown} | null)?.schema !== schemaId) {
      throw new KicError(`not a ${schemaId} document`, {file: path, ruleId: 'input-json', hint: `give a ${schemaId} document from \`kic parse\``})
    }
    const [{schemaProblem}, {documentSchema}] = await Promise.all([import('../../emit/validate.js'), import('../../emit/schema.js')])
    const problem = schemaProblem(value, documentSchema)
    if (problem) {
      throw new KicError(`not a valid ${schemaId} document: ${problem}`, {
        file: path,
        ruleId: 'input-json',
        hint: `give a ${schemaId} document as \`kic parse\` writes it (\`kic schema\` prints its JSON Schema)`
      })
    }
    return value as KicDocument
  }
  const {document} = await processPath(path, {encoding: options.encoding, from: options.from, terms: false, figures: false})
  printDiagnostics(document.source?.path ?? path, document.diagnostics, Boolean(options.quiet))
  return document
}
