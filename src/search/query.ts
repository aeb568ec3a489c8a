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

/**
 * Blocks whose text contains `query` (compared after NFKC and lower-casing),
 * best first (BM25 over kic's bigram tokens). The index narrows the blocks;
 * each candidate's text is then checked, so a hit always contains the query.
 * A query the index cannot serve (a single Han or Hangul character) is
 * answered by a scan, in reading order.
 */
export function searchText(db: Database, query: string, options: {limit?: number} = {}): TextHit[] {
  const limit = options.limit && options.limit > 0 ? options.limit : Infinity
  const needle = normalizeForSearch(query)
  const match = matchQuery(query)
  const hits: TextHit[] = []
  const context = new Context(db)
  const rows = match
    ? db.prepare(
        `SELECT b.id, b.issue, b.file, b.article, b.type, b.text, bm25(${searchTable}) AS score
         FROM ${searchTable} JOIN blocks AS b ON b.rowid = ${searchTable}.rowid
         WHERE ${searchTable} MATCH ? ORDER BY score`
      )
    : db.prepare(`SELECT id, issue, file, article, type, text, NULL AS score FROM blocks ORDER BY rowid`)
  try {
    for (const row of rows.iterate(match ? [match] : []) as Iterable<Row>) {
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
  const rows = db.all(
    `SELECT f.*, b.text AS blockText, i.date AS issueDate
     FROM figures AS f
     LEFT JOIN blocks AS b ON b.id = f.block AND b.file IS f.file
     LEFT JOIN issues AS i ON i.file IS f.file
     WHERE instr(f.subject, ?) > 0 OR instr(b.text, ?) > 0
     ORDER BY i.date IS NULL, i.date, f.issue, f.rowid`,
    [term, term]
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
