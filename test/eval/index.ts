/** `npm run eval`: quality numbers of the extractors on the annotated texts. */
import {existsSync} from 'node:fs'
import {evalTerms} from './terms.js'

await evalTerms()
const figures = new URL('./figures.js', import.meta.url)
if (existsSync(figures)) {
  const module = (await import(figures.href)) as {evalFigures?: () => Promise<unknown>}
  if (module.evalFigures) await module.evalFigures()
}
