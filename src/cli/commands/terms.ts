import {termRecords} from '../../emit/records.js'
import {termRecord} from '../../contract/records.js'
import {resolveLexicon} from '../../lexicon/config.js'
import {runExtract, type ExtractOptions} from '../extract-command.js'

export async function runTerms(files: string[], options: ExtractOptions): Promise<number> {
  const lexicon = await resolveLexicon(options)
  return runExtract(files, options, {figures: false, lexicon: lexicon?.rows}, termRecords, termRecord.columns)
}
