/**
 * The static site of `kic report`: one page per issue, the archive's index
 * (issues by date, term and figure counts per issue), the glossary with its
 * entries' occurrences, and figure charts per subject. Plain files that open
 * from disk; nothing is fetched.
 *
 * Issues are read one at a time (a page is written, a summary kept), so
 * memory grows with the glossary and the charted figures, not the archive.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {GlossaryBuilder, type GlossaryEntry, type TermOccurrence} from '../terms/glossary.js'
import {adaptDocument} from './adapter.js'
import {css, script} from './assets.js'
import {renderIssuePage} from './issue-page.js'
import type {IssueView} from './model.js'
import {renderIndexPage, type IssueSummary} from './index-page.js'
import {renderGlossaryPage, renderTermPage, type Occurrence} from './glossary-page.js'
import {renderSubjectPage, renderSubjectsPage, type FigurePoint, type Topic} from './figures-page.js'

export interface IssueSource {
  /** File-safe page name (`287`). */
  name: string
  /** The kic document (parsed JSON). */
  load(): Promise<Record<string, any>>
}

export interface SiteInput {
  issues: IssueSource[]
  /** Inputs the batch could not convert, listed on the index. */
  failed: Array<{path: string; message: string}>
}

export interface SiteResult {
  issues: number
  pages: number
  bytes: number
  glossary: number
  subjects: number
}

export const layout = {
  assets: 'assets',
  css: 'assets/report.css',
  script: 'assets/report.js',
  issues: 'issues',
  terms: 'terms',
  subjects: 'figures'
}

export async function buildSite(input: SiteInput, folder: string, reading: (chinese: string) => string | null): Promise<SiteResult> {
  for (const sub of [layout.assets, layout.issues, layout.terms, layout.subjects]) await mkdir(join(folder, sub), {recursive: true})
  let pages = 0
  let bytes = 0
  const write = async (path: string, content: string) => {
    await writeFile(join(folder, path), content)
    pages++
    bytes += Buffer.byteLength(content)
  }
  await write(layout.css, css)
  await write(layout.script, script)

  const glossary = new GlossaryBuilder({toSimplified: (text) => text})
  const occurrences = new Map<string, Occurrence[]>()
  const subjects = new Map<string, FigurePoint[]>()
  const summaries: IssueSummary[] = []
  // Term pages are numbered once the glossary is known; issue pages link to them by key.
  const termNames = new Map<string, string>()
  const termHref = (key: string) => `../${layout.terms}/${termNames.get(key) ?? termName(key)}.html`

  for (const source of input.issues) {
    const document = await source.load()
    const issue = adaptDocument(document, source.name, {reading})
    const html = renderIssuePage(issue, {inline: false, css: `../${layout.css}`, script: `../${layout.script}`, home: '../index.html', termHref})
    await write(`${layout.issues}/${issue.name}.html`, html)
    summaries.push(summarize(issue, document))
    collect(issue, glossary, occurrences, subjects)
  }

  const entries = glossary.entries()
  for (const entry of entries) termNames.set(entry.key, termName(entry.key))
  const topics = chartTopics(subjects)
  const subjectNames = new Map(topics.map((topic, index) => [topic.subject, `s${index + 1}`]))

  await write('index.html', renderIndexPage(summaries, input.failed, {css: layout.css, script: layout.script, glossary: entries.length, subjects: topics.length}))
  await write('glossary.html', renderGlossaryPage(entries, {css: layout.css, script: layout.script, href: (entry) => `${layout.terms}/${termNames.get(entry.key)}.html`, reading}))
  for (const entry of entries) {
    const related = relatedTopics(entry, topics)
    await write(
      `${layout.terms}/${termNames.get(entry.key)}.html`,
      renderTermPage(entry, occurrences.get(entry.key) ?? [], related, {
        css: `../${layout.css}`,
        script: `../${layout.script}`,
        reading,
        subjectHref: (topic) => `../${layout.subjects}/${subjectNames.get(topic.subject)}.html`
      })
    )
  }
  await write('figures.html', renderSubjectsPage(topics, {css: layout.css, script: layout.script, href: (topic) => `${layout.subjects}/${subjectNames.get(topic.subject)}.html`}))
  for (const topic of topics) {
    await write(`${layout.subjects}/${subjectNames.get(topic.subject)}.html`, renderSubjectPage(topic, {css: `../${layout.css}`, script: `../${layout.script}`}))
  }
  return {issues: summaries.length, pages, bytes, glossary: entries.length, subjects: topics.length}
}

/** Page name of a glossary entry: its key made file-safe and short (hex of the UTF-8, cut). */
function termName(key: string): string {
  const hex = Buffer.from(key, 'utf8').toString('hex')
  return hex.length <= 80 ? `t-${hex}` : `t-${hex.slice(0, 64)}-${hash(key)}`
}

function hash(text: string): string {
  let value = 2166136261
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619) >>> 0
  return value.toString(16)
}

function summarize(issue: IssueView, document: Record<string, any>): IssueSummary {
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
    firstArticle: firstArticleTitle(document)
  }
}

function firstArticleTitle(document: Record<string, any>): string | null {
  const title = document.sections?.[0]?.articles?.[0]?.title
  return typeof title === 'string' ? title : null
}

function collect(issue: IssueView, glossary: GlossaryBuilder, occurrences: Map<string, Occurrence[]>, subjects: Map<string, FigurePoint[]>) {
  for (const term of issue.terms) {
    if (!term.key) continue
    const occurrence: TermOccurrence = {
      start: 0,
      end: 0,
      korean: term.korean,
      chinese: term.chinese,
      english: term.english,
      gloss: null,
      role: null,
      kind: term.kind as TermOccurrence['kind'],
      category: term.category as TermOccurrence['category'],
      confidence: 1,
      flags: term.flags,
      standard: null,
      source: 'inline',
      simplified: term.key.startsWith('zh:') ? term.key.slice(3) : undefined,
      file: issue.path ?? issue.name,
      issue: issue.number,
      line: term.line ?? 0,
      column: term.column ?? 0
    }
    glossary.add(occurrence)
    let list = occurrences.get(term.key)
    if (!list) occurrences.set(term.key, (list = []))
    list.push({issue: issue.number, date: issue.date, page: issue.name, id: term.id, korean: term.korean, chinese: term.chinese, flags: term.flags, line: term.line, column: term.column})
  }
  for (const figure of issue.figures) {
    if (figure.value === null || !figure.subject) continue
    const subject = normalizeSubject(figure.subject)
    let list = subjects.get(subject)
    if (!list) subjects.set(subject, (list = []))
    list.push({issue: issue.number, date: issue.date, page: issue.name, id: figure.id, value: figure.value, unit: figure.unit ?? figure.kind, text: figure.text, qualifier: figure.qualifier})
  }
}

export function normalizeSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim()
}

/** Subjects worth a chart: two or more numeric figures. Most figures first. */
function chartTopics(subjects: Map<string, FigurePoint[]>): Topic[] {
  const topics: Topic[] = []
  for (const [subject, points] of subjects) if (points.length >= 2) topics.push({subject, points})
  return topics.sort((a, b) => b.points.length - a.points.length || a.subject.localeCompare(b.subject))
}

/** Subjects that name a glossary term (its Korean, two characters or more). */
function relatedTopics(entry: GlossaryEntry, topics: Topic[]): Topic[] {
  if (entry.korean.length < 2) return []
  return topics.filter((topic) => topic.subject.includes(entry.korean))
}
