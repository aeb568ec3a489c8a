/** `kic export --to html`: the issue page alone, style and script inlined (one file, no links out). */
import {adaptDocument} from './adapter.js'
import {css, script} from './assets.js'
import {readDocument} from './inputs.js'
import {renderIssuePage} from './issue-page.js'
import {termReader} from './readings.js'

export async function exportHtml(path: string, options: {encoding?: string; from?: 'text' | 'md'; onDocument?: (document: Record<string, any>) => void}): Promise<string> {
  const document = await readDocument(path, options)
  // The caller prints a parsed input's diagnostics (a JSON document's were printed when it was made).
  if (!/\.json$/i.test(path)) options.onDocument?.(document)
  const reading = await termReader()
  const name = typeof document.issue?.number === 'number' ? String(document.issue.number) : 'issue'
  return renderIssuePage(adaptDocument(document, name, {reading}), {inline: true, css, script})
}
