/**
 * One issue of a report: load its document, render and write its page, and
 * return what the archive pages need of it (summary, term occurrences, charted
 * figures). Runs in the main thread or in a worker; never throws for a bad
 * document (the error is returned, the other issues go on).
 */
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {isKicError} from '../errors.js'
import {adaptDocument} from './adapter.js'
import type {Occurrence} from './glossary-page.js'
import type {FigurePoint} from './figures-page.js'
import type {IssueSummary} from './index-page.js'
import {renderIssuePage} from './issue-page.js'
import type {IssueView} from './model.js'

/** One issue for a worker thread (report-worker.ts): its JSON file and where its page goes. */
export interface IssueJob {
  index: number
  name: string
  path: string
  folder: string
}

export const layout = {
  assets: 'assets',
  css: 'assets/report.css',
  script: 'assets/report.js',
  issues: 'issues',
  terms: 'terms',
  subjects: 'figures'
}

/** A term occurrence with what the glossary aggregate needs. */
export interface TermSeen extends Occurrence {
  key: string
  english: string | null
  kind: string
  category: string
  path: string
}

export interface IssueDone {
  index: number
  summary: IssueSummary | null
  terms: TermSeen[]
  points: Array<FigurePoint & {subject: string}>
  bytes: number
  error: {file: string; message: string} | null
}

const termNames = new Map<string, string>()

/** Page name of a glossary entry: its key made file-safe and short (hex of the UTF-8, cut). */
export function termName(key: string): string {
  let name = termNames.get(key)
  if (name === undefined) termNames.set(key, (name = makeTermName(key)))
  return name
}

function makeTermName(key: string): string {
  const hex = Buffer.from(key, 'utf8').toString('hex')
  return hex.length <= 80 ? `t-${hex}` : `t-${hex.slice(0, 64)}-${hash(key)}`
}

function hash(text: string): string {
  let value = 2166136261
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619) >>> 0
  return value.toString(16)
}

export function normalizeSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim()
}

export async function runIssue(
  index: number,
  name: string,
  load: () => Promise<Record<string, any>>,
  folder: string,
  reading: (chinese: string) => string | null
): Promise<IssueDone> {
  let document: Record<string, any>
  try {
    document = await load()
  } catch (error) {
    const file = isKicError(error) ? error.file : name
    return {index, summary: null, terms: [], points: [], bytes: 0, error: {file, message: (error as Error).message}}
  }
  const issue = adaptDocument(document, name, {reading})
  const html = renderIssuePage(issue, {
    inline: false,
    css: `../${layout.css}`,
    script: `../${layout.script}`,
    home: '../index.html',
    termHref: (key) => `../${layout.terms}/${termName(key)}.html`
  })
  await writeFile(join(folder, layout.issues, `${name}.html`), html)
  return {index, summary: summarize(issue), terms: termsOf(issue), points: pointsOf(issue), bytes: Buffer.byteLength(html), error: null}
}

function summarize(issue: IssueView): IssueSummary {
  const first = issue.sections[0]?.articles[0]?.title?.text ?? null
  return {
    name: issue.name,
    number: issue.number,
    date: issue.date,
    title: issue.title,
    path: issue.path,
    articles: issue.sections.reduce((sum, section) => sum + section.articles.length, 0),
    terms: issue.terms.length,
    figures: issue.figures.length,
    diagnostics: issue.diagnostics.length,
    firstArticle: first
  }
}

function termsOf(issue: IssueView): TermSeen[] {
  const seen: TermSeen[] = []
  for (const term of issue.terms) {
    if (!term.key) continue
    seen.push({
      key: term.key,
      issue: issue.number,
      date: issue.date,
      page: issue.name,
      path: issue.path ?? issue.name,
      id: term.id,
      korean: term.korean,
      chinese: term.chinese,
      english: term.english,
      kind: term.kind,
      category: term.category,
      flags: term.flags,
      line: term.line,
      column: term.column
    })
  }
  return seen
}

/** Kinds whose number is a place in time or an order, not an amount: not charted. */
export const unchartedKinds: ReadonlySet<string> = new Set(['date', 'date_range', 'year', 'period', 'ordinal'])

/** Amounts with a subject (a number, not a date, year or ordinal): the charts' points. */
function pointsOf(issue: IssueView): IssueDone['points'] {
  const points: IssueDone['points'] = []
  for (const figure of issue.figures) {
    if (figure.value === null || !figure.subject || unchartedKinds.has(figure.kind)) continue
    points.push({
      subject: normalizeSubject(figure.subject),
      issue: issue.number,
      date: issue.date,
      page: issue.name,
      id: figure.id,
      value: figure.value,
      unit: figure.unit ?? figure.kind,
      text: figure.text,
      qualifier: figure.qualifier
    })
  }
  return points
}
