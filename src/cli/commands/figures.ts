import {figureRecords} from '../../emit/records.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

/** Columns of `kic figures`, in the order analysts read them. */
export const figureColumns = [
  'file', 'issue', 'line', 'column', 'text', 'value', 'unit', 'kind', 'qualifier', 'change', 'basis',
  'subject', 'yearInferred', 'id', 'block', 'endLine', 'endColumn'
]

export function runFigures(files: string[], options: ExtractOptions): Promise<number> {
  return runExtract(files, options, {terms: false}, figureRecords, figureColumns)
}
