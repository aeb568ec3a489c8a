import {figureRecords} from '../../emit/records.js'
import {figureRecord} from '../../contract/records.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

export function runFigures(files: string[], options: ExtractOptions): Promise<number> {
  return runExtract(files, options, {terms: false}, figureRecords, figureRecord.columns)
}
