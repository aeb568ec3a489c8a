import type {Database, QueryResult} from 'node-sqlite3-wasm'
import {matchQuery, normalizeForSearch} from '../archive/tokens.js'
import {searchTable} from '../archive/sqlite.js'
import {findMatch, sentenceAround, snippet} from './snippet.js'

type Row = Record<string, string | number | null>

export interface TextHit {
  rank: number
  score: number | null
  issue: number | null
  date: string | null
  file: string | null
  article: string | null
  articleTitle: string | null
  block: string
  type: string | null
  snippet: string
}

/** How many of the most recent candidate blocks are ranked by relevance (BM25). */
export const rankedWindow = 1000

/**
 * Blocks whose text contains `query` (compared after NFKC and lower-casing).
 * The index narrows the blocks (kic's bigram tokens); each candidate's text
 * is then checked, so a hit always contains the query. Order: the most
 * recent `rankedWindow` candidates best first (BM25), then older ones newest
 * first — ranking every candidate of a word found in thousands of blocks
 * would cost more than the search. A query the index cannot serve (a single
 * Han or Hangul character) is answered by a scan, in reading order.
 */
export function searchText(db: Database, query: string, options: {limit?: number} = {}): TextHit[] {
  const limit = options.limit && options.limit > 0 ? options.limit : Infinity
  const needle = normalizeForSearch(query)
  const match = matchQuery(query)
  const hits: TextHit[] = []
  const context = new Context(db)
  const columns = `b.id, b.issue, b.file, b.article, b.type, b.text`
  const passes: Array<{sql: string; values: Array<string | number>}> = []
  if (match) {
    const edge = db.get(`SELECT rowid FROM ${searchTable} WHERE ${searchTable} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`, [match, rankedWindow - 1]) as Row | null
    const threshold = edge ? Number(edge.rowid) : 0
    const from = `FROM ${searchTable} JOIN blocks AS b ON b.rowid = ${searchTable}.rowid WHERE ${searchTable} MATCH ?`
    passes.push({sql: `SELECT ${columns}, bm25(${searchTable}) AS score ${from} AND ${searchTable}.rowid >= ? ORDER BY score`, values: [match, threshold]})
    if (threshold > 0) passes.push({sql: `SELECT ${columns}, NULL AS score ${from} AND ${searchTable}.rowid < ? ORDER BY ${searchTable}.rowid DESC`, values: [match, threshold]})
  } else {
    passes.push({sql: `SELECT ${columns}, NULL AS score FROM blocks AS b ORDER BY b.rowid`, values: []})
  }
  for (const pass of passes) {
    const rows = db.prepare(pass.sql)
    try {
      for (const row of rows.iterate(pass.values) as Iterable<Row>) {
        const text = String(row.text ?? '')
        if (!normalizeForSearch(text).includes(needle)) continue
        const issue = context.issue(row.file)
        hits.push({
          rank: hits.length + 1,
          score: typeof row.score === 'number' ? Math.round(-row.score * 1000) / 1000 : null,
          issue: row.issue as number | null,
          date: issue?.date ?? null,
          file: row.file as string | null,
          article: row.article as string | null,
          articleTitle: context.articleTitle(row.file, row.article),
          block: String(row.id),
          type: row.type as string | null,
          snippet: snippet(text, findMatch(text, query))
        })
        if (hits.length >= limit) break
      }
    } finally {
      rows.finalize()
    }
    if (hits.length >= limit) break
  }
  return hits
}

/**
 * Glossary entries that name `query` in any form: the simplified key, the
 * forms as written (traditional too), the Korean and its variants, the
 * English. `simplified` is the query in simplified script. Exact matches
 * first, then by count.
 */
export function searchTerms(db: Database, query: string, simplified: string, options: {limit?: number} = {}): Row[] {
  const columns = new Set((db.all(`PRAGMA table_info(glossary)`) as Row[]).map((row) => String(row.name)))
  if (columns.size === 0) return []
  const fields = ['chinese', 'chineseForms', 'korean', 'koreanVariants', 'english', 'key'].filter((field) => columns.has(field))
  const needles = [...new Set([query, simplified, normalizeForSearch(query)])]
  const where = needles.map(() => fields.map((field) => `instr(lower("${field}"), lower(?)) > 0`).join(' OR ')).join(' OR ')
  const rows = db.all(`SELECT * FROM glossary WHERE ${where}`, needles.flatMap((needle) => fields.map(() => needle))) as Row[]
  const exact = (row: Row) => fields.some((field) => needles.includes(String(row[field] ?? '')))
  rows.sort((a, b) => Number(exact(b)) - Number(exact(a)) || Number(b.count ?? 0) - Number(a.count ?? 0))
  return options.limit && options.limit > 0 ? rows.slice(0, options.limit) : rows
}

/**
 * Figures about `term`: its subject, or the sentence it stands in, mentions
 * the term; ordered by issue date (then issue, place). `issueDate` leads
 * each row (the figure's own `date` is the date it states, if any).
 */
export function searchFigures(db: Database, term: string, options: {limit?: number} = {}): Row[] {
  const needle = normalizeForSearch(term)
  const match = matchQuery(term)
  // A figure's subject comes from its sentence or its table's headers, all in its block's text:
  // the blocks that mention the term (by the index when it can serve the term) hold every candidate.
  const blocks = match
    ? `SELECT b.rowid AS rowid, b.id AS id, b.file AS file, b.text AS text FROM ${searchTable} JOIN blocks AS b ON b.rowid = ${searchTable}.rowid WHERE ${searchTable} MATCH ?1`
    : `SELECT b.rowid AS rowid, b.id AS id, b.file AS file, b.text AS text FROM blocks AS b WHERE instr(b.text, ?1) > 0`
  const rows = db.all(
    `WITH hit AS (${blocks})
     SELECT f.*, hit.text AS blockText, i.date AS issueDate
     FROM hit JOIN figures AS f ON f.block = hit.id AND f.file IS hit.file
     LEFT JOIN issues AS i ON i.file IS f.file
     ORDER BY i.date IS NULL, i.date, f.issue, f.rowid`,
    [match ?? term]
  ) as Row[]
  const out: Row[] = []
  for (const row of rows) {
    const text = String(row.blockText ?? '')
    const figure = String(row.text ?? '')
    const at = figure ? text.indexOf(figure) : -1
    const sentence = at === -1 ? '' : sentenceAround(text, at, figure.length)
    const subject = normalizeForSearch(String(row.subject ?? ''))
    if (!subject.includes(needle) && !normalizeForSearch(sentence).includes(needle)) continue
    const {blockText, issueDate, rowid, ...figureFields} = row
    out.push({issueDate: issueDate ?? null, ...figureFields, sentence})
    if (options.limit && options.limit > 0 && out.length >= options.limit) break
  }
  return out
}

/** Issue dates and article titles, looked up once per file and article. */
class Context {
  private readonly issues = new Map<string, {date: string | null} | null>()
  private readonly titles = new Map<string, string | null>()

  constructor(private readonly db: Database) {}

  issue(file: unknown): {date: string | null} | null {
    const key = String(file)
    if (!this.issues.has(key)) {
      const row = this.db.get(`SELECT date FROM issues WHERE file IS ? LIMIT 1`, [file as string | null]) as QueryResult | null
      this.issues.set(key, row ? {date: (row.date as string | null) ?? null} : null)
    }
    return this.issues.get(key)!
  }

  articleTitle(file: unknown, article: unknown): string | null {
    const key = `${String(file)}\u0000${String(article)}`
    if (!this.titles.has(key)) {
      const row = this.db.get(`SELECT title FROM articles WHERE article = ? AND file IS ? LIMIT 1`, [article as string | null, file as string | null]) as QueryResult | null
      this.titles.set(key, (row?.title as string | null) ?? null)
    }
    return this.titles.get(key)!
  }
}
