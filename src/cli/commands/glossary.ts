import {dirname, basename, extname, join} from 'node:path'
import {processPath} from '../../pipeline.js'
import {isKicError} from '../../errors.js'
import {collectInputs, parseExtensions} from '../../batch/inputs.js'
import {glossaryRecord} from '../../emit/glossary-record.js'
import {buildGlossary, type GlossaryEntry, type TermOccurrence} from '../../terms/glossary.js'
import {writeAtomic} from '../../io/write-atomic.js'
import {formatRecords} from '../records-output.js'
import {writeOutput} from '../output.js'

export interface GlossaryOptions {
  output?: string
  format: 'csv' | 'json'
  encoding: string
  minCount: number
  split?: boolean
  bom: boolean
  ext: string
  quiet?: boolean
}

/** Columns of the glossary CSV. */
export const glossaryColumns = [
  'key', 'korean', 'koreanVariants', 'chinese', 'chineseForms', 'english', 'kind', 'category', 'count',
  'issues', 'file', 'issue', 'line', 'column', 'flags', 'homographs', 'explanation', 'standard'
]

/**
 * `kic glossary`: every term pair of the given issues and folders, one entry
 * per term keyed on the simplified Chinese (or the English for
 * Korean(English) pairs). A bad file is reported and skipped (exit 1).
 */
export async function runGlossary(paths: string[], options: GlossaryOptions): Promise<number> {
  if (options.split && (!options.output || options.output === '-')) {
    process.stderr.write('kic glossary: --split needs -o <file>: the per-category files go beside it\n')
    return 2
  }
  const {files} = await collectInputs(paths, {extensions: parseExtensions(options.ext), exclude: []})
  const occurrences: TermOccurrence[] = []
  let failed = 0
  for (const file of files) {
    try {
      const {document} = await processPath(file, {figures: false, encoding: options.encoding})
      for (const term of document.terms) {
        const {id, block, position, ...hit} = term
        occurrences.push({
          ...hit,
          start: position.start.offset,
          end: position.end.offset,
          file: document.source?.path ?? file,
          issue: document.issue.number,
          line: position.start.line,
          column: position.start.column
        })
      }
    } catch (error) {
      if (!isKicError(error)) throw error
      process.stderr.write(error.format() + '\n')
      failed++
    }
  }

  const entries = buildGlossary(occurrences).filter((entry) => entry.count >= options.minCount)
  if (options.format === 'json') {
    await writeOutput(JSON.stringify(entries, null, 2) + '\n', options.output)
  } else {
    await writeOutput(csv(entries, options.bom), options.output)
    if (options.split && options.output) await writeSplit(entries, options.output, options.bom)
  }
  if (!options.quiet) {
    process.stderr.write(`glossary: ${entries.length} entries from ${occurrences.length} occurrences in ${files.length - failed} files\n`)
  }
  return failed > 0 ? 1 : 0
}

function csv(entries: GlossaryEntry[], bom: boolean): string {
  return formatRecords(entries.map(glossaryRecord), 'csv', {bom, columns: glossaryColumns})
}

/** `glossary.csv` → `glossary-person.csv`, `glossary-organization.csv`, … beside it. */
async function writeSplit(entries: GlossaryEntry[], output: string, bom: boolean): Promise<void> {
  const extension = extname(output) || '.csv'
  const stem = basename(output, extname(output))
  const categories = new Map<string, GlossaryEntry[]>()
  for (const entry of entries) {
    const list = categories.get(entry.category) ?? []
    list.push(entry)
    categories.set(entry.category, list)
  }
  for (const [category, list] of categories) {
    await writeAtomic(join(dirname(output), `${stem}-${category}${extension}`), csv(list, bom))
  }
}
