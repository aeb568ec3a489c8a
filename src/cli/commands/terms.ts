import {termRecords} from '../../emit/records.js'
import {resolveLexicon} from '../../lexicon/config.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

/** Columns of `kic terms`, in the order analysts read them. */
export const termColumns = [
  'file', 'issue', 'line', 'column', 'korean', 'chinese', 'english', 'gloss', 'role', 'kind', 'category',
  'confidence', 'flags', 'standard', 'source', 'id', 'block', 'endLine', 'endColumn'
]

export async function runTerms(files: string[], options: ExtractOptions): Promise<number> {
  const lexicon = await resolveLexicon(options)
  return runExtract(files, options, {figures: false, lexicon: lexicon?.rows}, termRecords, termColumns)
}
