/**
 * The static site of `kic report`: one page per issue, the archive's index
 * (issues by date, term and figure counts per issue), the glossary with its
 * entries' occurrences, and figure charts per subject. Plain files that open
 * from disk; nothing is fetched.
 *
 * Issue pages are rendered on worker threads when there are many; each
 * issue's summary comes back in input order, so the site is the same for any
 * number of workers, and memory grows with the glossary and the charted
 * figures, not with the archive.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {runOrdered} from '../batch/pool.js'
import {GlossaryBuilder, type GlossaryEntry} from '../terms/glossary.js'
import {css, script} from './assets.js'
import {renderIndexPage, type IssueSummary} from './index-page.js'
import {renderGlossaryPage, renderTermPage, type Occurrence} from './glossary-page.js'
import {renderSubjectPage, renderSubjectsPage, type FigurePoint, type Topic} from './figures-page.js'
import type {SiteInput} from './inputs.js'
import {layout, runIssue, termName, type IssueDone, type IssueJob} from './issue-task.js'

export {layout}

export type {IssueSource, SiteInput} from './inputs.js'

export interface SiteOptions {
  /** Worker threads for issue pages (default: the number of cores; 0 renders in this thread). */
  jobs?: number
}

export interface SiteResult {
  issues: number
  failed: number
  /** Issue documents that could not be read (also counted in `failed`). */
  unreadable: number
  errors: Array<{path: string; message: string}>
  pages: number
  bytes: number
  glossary: number
  subjects: number
}

/** Fewer issues than this are rendered in this thread (starting workers costs more). */
const workerThreshold = 16

export async function buildSite(input: SiteInput, folder: string, reading: (chinese: string) => string | null, options: SiteOptions = {}): Promise<SiteResult> {
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
  const failed = input.failed.slice()
  let unreadable = 0
  const errors: SiteResult['errors'] = []
  const consume = async (done: IssueDone) => {
    if (!done.summary) {
      unreadable++
      const error = {path: done.error?.file ?? input.issues[done.index]!.name, message: done.error?.message ?? 'could not be read'}
      failed.push(error)
      errors.push(error)
      return
    }
    pages++
    bytes += done.bytes
    summaries.push(done.summary)
    for (const term of done.terms) {
      glossary.add({
        start: 0,
        end: 0,
        korean: term.korean,
        chinese: term.chinese,
        english: term.english,
        gloss: null,
        role: null,
        kind: term.kind as never,
        category: term.category as never,
        confidence: 1,
        flags: term.flags,
        standard: null,
        source: 'inline',
        simplified: term.key.startsWith('zh:') ? term.key.slice(3) : undefined,
        file: term.path,
        issue: term.issue,
        line: term.line ?? 0,
        column: term.column ?? 0
      })
      const {key, english, kind, category, path, ...occurrence} = term
      const list = occurrences.get(key)
      if (list) list.push(occurrence)
      else occurrences.set(key, [occurrence])
    }
    for (const {subject, ...point} of done.points) {
      const list = subjects.get(subject)
      if (list) list.push(point)
      else subjects.set(subject, [point])
    }
  }

  const jobs = options.jobs ?? Math.min(4, availableParallelism())
  const all = input.issues
  if (jobs > 0 && all.length >= workerThreshold && all.every((source) => source.path)) {
    await runOrdered<IssueJob, IssueDone>({
      // Beside this module in dist/src/report/, and beside cli.cjs in the bundle (scripts/bundle.mjs).
      script: new URL('./report-worker.js', import.meta.url),
      size: jobs,
      total: all.length,
      window: jobs * 8,
      depth: 2,
      task: (index) => ({index, name: all[index]!.name, path: all[index]!.path!, folder}),
      consume,
      crashed: (index, error) => ({index, summary: null, terms: [], points: [], bytes: 0, error: {file: all[index]!.path!, message: error.message}})
    })
  } else {
    for (const [index, source] of all.entries()) await consume(await runIssue(index, source.name, source.load, folder, reading))
  }

  const entries = glossary.entries()
  const topics = chartTopics(subjects)
  const subjectNames = new Map(topics.map((topic, index) => [topic.subject, `s${index + 1}`]))

  await write('index.html', renderIndexPage(summaries, failed, {css: layout.css, script: layout.script, glossary: entries.length, subjects: topics.length}))
  await write('glossary.html', renderGlossaryPage(entries, {css: layout.css, script: layout.script, href: (entry) => `${layout.terms}/${termName(entry.key)}.html`, reading}))
  for (const entry of entries) {
    await write(
      `${layout.terms}/${termName(entry.key)}.html`,
      renderTermPage(entry, occurrences.get(entry.key) ?? [], relatedTopics(entry, topics), {
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
  return {issues: summaries.length, failed: failed.length, unreadable, errors, pages, bytes, glossary: entries.length, subjects: topics.length}
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
