/** `kic export --to html`: the issue page alone, style and script inlined (one file, no links out). */
import {printDiagnostics} from '../cli/diagnostics.js'
import {adaptDocument} from './adapter.js'
import {css, script} from './assets.js'
import {readDocument} from './inputs.js'
import {renderIssuePage} from './issue-page.js'
import {termReader} from './readings.js'

export async function exportHtml(path: string, options: {encoding?: string; from?: 'text' | 'md'; quiet?: boolean}): Promise<string> {
  const document = await readDocument(path, options)
  if (!/\.json$/i.test(path)) printDiagnostics(document.source?.path ?? path, document.diagnostics ?? [], Boolean(options.quiet))
  const reading = await termReader()
  const name = typeof document.issue?.number === 'number' ? String(document.issue.number) : 'issue'
  return renderIssuePage(adaptDocument(document, name, {reading}), {inline: true, css, script})
}
