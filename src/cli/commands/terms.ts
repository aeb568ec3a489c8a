import {termRecords} from '../../emit/records.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

/** Columns of `kic terms`, in the order analysts read them. */
export const termColumns = [
  'file', 'issue', 'line', 'column', 'korean', 'chinese', 'english', 'gloss', 'role', 'kind', 'category',
  'confidence', 'flags', 'standard', 'source', 'id', 'block', 'endLine', 'endColumn'
]

export function runTerms(files: string[], options: ExtractOptions): Promise<number> {
  return runExtract(files, options, {figures: false}, termRecords, termColumns)
}
