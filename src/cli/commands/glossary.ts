import {dirname, basename, extname, join} from 'node:path'
import {processPath} from '../../pipeline.js'
import {isKicError} from '../../errors.js'
import {collectInputs, parseExtensions, warnOutside} from '../../batch/inputs.js'
import {renderGlossary, type GlossaryFormat, type GlossaryRenderOptions} from '../../emit/glossary-output.js'
import type {GlossaryDirection} from '../../emit/glossary-record.js'
import {resolveLexicon} from '../../lexicon/config.js'
import {GlossaryBuilder, type GlossaryEntry} from '../../terms/glossary.js'
import {loadTermDictionaries, termDictionariesReady, toSimplified, toTraditional} from '../../terms/readings.js'
import {writeAtomic} from '../../io/write-atomic.js'
import {writesFile} from '../records-output.js'
import {writeOutput} from '../output.js'

export interface GlossaryOptions {
  output?: string
  format: GlossaryFormat
  direction: GlossaryDirection
  encoding: string
  minCount: number
  split?: boolean
  bom: boolean
  raw?: boolean
  ext: string
  followLinks?: boolean
  quiet?: boolean
  lexicon?: string
  config?: string
}

/**
 * `kic glossary`: every term pair of the given issues and folders, one entry
 * per term keyed on the simplified Chinese (or the English for
 * Korean(English) pairs), corrected by the lexicon; as records (CSV, TSV,
 * JSON, JSON Lines) or as a termbase (TBX-Basic, OmegaT). A bad file is
 * reported and skipped (exit 1).
 */
export async function runGlossary(paths: string[], options: GlossaryOptions): Promise<number> {
  if (options.split && (!options.output || options.output === '-')) {
    process.stderr.write('kic glossary: --split needs -o <file>: the per-category files go beside it\n')
    return 2
  }
  const lexicon = await resolveLexicon(options)
  const {files, outside} = await collectInputs(paths, {extensions: parseExtensions(options.ext), exclude: [], followLinks: options.followLinks})
  if (!options.quiet) warnOutside(outside, 'kic glossary')
  // The aggregate folds scripts with the opencc tables: load them before it is made.
  await loadTermDictionaries()
  // Each term goes straight into the running aggregate: memory grows with the distinct terms, not with the archive.
  const builder = new GlossaryBuilder({lexicon: lexicon?.rows})
  let occurrences = 0
  let failed = 0
  for (const file of files) {
    try {
      const {document} = await processPath(file, {figures: false, encoding: options.encoding, lexicon: lexicon?.rows})
      for (const term of document.terms) {
        const {id, block, position, simplified, ...hit} = term
        occurrences++
        builder.add({
          ...hit,
          ...(simplified === null ? {} : {simplified}),
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

  // Pairs only the lexicon knows (count 0) stay whatever --min-count says.
  const entries = builder.entries().filter((entry) => entry.count >= options.minCount || entry.count === 0)
  const render: GlossaryRenderOptions = {
    direction: options.direction,
    bom: options.bom && writesFile(options.output),
    raw: options.raw,
    ...(termDictionariesReady() ? {toTraditional, toSimplified} : {}),
    description: `${entries.length} entries from ${files.length - failed} issue file(s)${lexicon ? `, corrected by ${lexicon.files.join(', ')}` : ''}`
  }
  await writeOutput(renderGlossary(entries, options.format, render), options.output)
  if (options.split && options.output) await writeSplit(entries, options.output, options.format, render)
  if (!options.quiet) {
    process.stderr.write(`glossary: ${entries.length} entries from ${occurrences} occurrences in ${files.length - failed} files\n`)
  }
  return failed > 0 ? 1 : 0
}

/** `glossary.csv` → `glossary-person.csv`, `glossary-organization.csv`, … beside it (same format). */
async function writeSplit(entries: GlossaryEntry[], output: string, format: GlossaryFormat, render: GlossaryRenderOptions): Promise<void> {
  const extension = extname(output) || `.${format}`
  const stem = basename(output, extname(output))
  const categories = new Map<string, GlossaryEntry[]>()
  for (const entry of entries) {
    const list = categories.get(entry.category) ?? []
    list.push(entry)
    categories.set(entry.category, list)
  }
  for (const [category, list] of categories) {
    await writeAtomic(join(dirname(output), `${stem}-${category}${extension}`), renderGlossary(list, format, render))
  }
}
