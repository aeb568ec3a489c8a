import {stat} from 'node:fs/promises'
import {join} from 'node:path'
import {KicError} from '../../errors.js'
import {formatRecords, writesFile} from '../records-output.js'
import {writeOutput} from '../output.js'

export interface SearchOptions {
  db: string
  terms?: boolean
  figures?: boolean
  about?: string
  format: 'text' | 'csv' | 'json' | 'jsonl'
  limit: number
  bom: boolean
  output?: string
}

/**
 * `kic search <query>`: blocks whose text contains the query (ranked), or
 * with `--terms` glossary entries in any form, or with `--figures --about
 * TERM` the figures about a term by issue date, from the database of `kic
 * batch --sqlite`.
 */
export async function runSearch(query: string | undefined, options: SearchOptions): Promise<number> {
  const about = options.about ?? query
  if (!about || about.trim() === '') {
    process.stderr.write('kic search: give a query (or --figures --about TERM)\n')
    return 2
  }
  const path = await databasePath(options.db)
  const {openDatabase} = await import('../../archive/sqlite.js')
  const search = await import('../../search/query.js')
  const db = openDatabase(path, {readOnly: true})
  let rows: Array<Record<string, unknown>>
  try {
    if (options.figures) {
      rows = search.searchFigures(db, about.trim(), {limit: options.limit})
    } else if (options.terms) {
      const {loadTermDictionaries, toSimplified} = await import('../../terms/readings.js')
      await loadTermDictionaries()
      rows = search.searchTerms(db, about.trim(), toSimplified(about.trim()), {limit: options.limit})
    } else {
      rows = search.searchText(db, about.trim(), {limit: options.limit}) as unknown as Array<Record<string, unknown>>
    }
  } catch (error) {
    if ((error as Error)?.name === 'SQLite3Error') {
      throw new KicError(`cannot search this database: ${(error as Error).message}`, {file: path, ruleId: 'search-database', hint: 'make it with `kic batch <inputs> -o <dir> --sqlite`'})
    }
    throw error
  } finally {
    db.close()
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const content = options.format === 'text' ? formatText(rows, options) : formatRecords(rows, options.format, {bom: options.bom && writesFile(options.output), columns})
  await writeOutput(content, options.output)
  return 0
}

/** A database file, or a batch output folder holding archive.sqlite. */
async function databasePath(given: string): Promise<string> {
  let info
  try {
    info = await stat(given)
  } catch {
    throw new KicError('no database here', {file: given, ruleId: 'search-database', hint: 'make one with `kic batch <inputs> -o out --sqlite`, then `kic search … --db out`'})
  }
  if (!info.isDirectory()) return given
  const path = join(given, 'archive.sqlite')
  try {
    await stat(path)
  } catch {
    throw new KicError('this folder has no archive.sqlite', {file: given, ruleId: 'search-database', hint: `run \`kic batch <inputs> -o ${given} --sqlite\` first`})
  }
  return path
}

/** One hit per line, for reading in a terminal. */
function formatText(rows: Array<Record<string, unknown>>, options: SearchOptions): string {
  const value = (v: unknown) => (v === null || v === undefined ? '' : String(v))
  const lines = rows.map((row) => {
    if (options.figures) return `${value(row.issueDate)}  ${value(row.issue)}  ${value(row.id)}  ${value(row.text)}  ${value(row.subject)}  ${value(row.sentence)}`
    if (options.terms) return `${value(row.chinese ?? row.english)}  ${value(row.korean)}  ${value(row.category)}  ×${value(row.count)}  ${value(row.koreanVariants)}`
    return `${value(row.issue)} (${value(row.date)})  ${value(row.article)} ${value(row.articleTitle)}  ${value(row.block)}\n    ${value(row.snippet)}`
  })
  return lines.join('\n') + (lines.length > 0 ? '\n' : '')
}
