import {termRecords} from '../../emit/records.js'
import {termRecord} from '../../contract/records.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

export function runTerms(files: string[], options: ExtractOptions): Promise<number> {
  return runExtract(files, options, {figures: false}, termRecords, termRecord.columns)
}
