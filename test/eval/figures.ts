/**
 * Figure evaluation against the annotated texts in fixtures/gold/:
 * - 287-figures.tsv (+ 287-not-figures.tsv) over corpus/287.txt — the sample the rules were written on;
 * - report-figures.tsv (+ report-not-figures.tsv) over fixtures/gold/report-figures.txt — a market
 *   report written and annotated before tuning (held out);
 * - news-figures/ — 19 public news texts by 19 publishers, annotated by hand before kic ran on them
 *   (rules in its README): line 1 of each text names the source and is not scored; optional rows
 *   absorb a hit without counting it; `-` subjects are not scored.
 *
 * The texts go through the whole pipeline (`processPath`): the figures scored are the document's
 * `figures`, each placed on the file line where it starts (`position.start.line`), with offsets
 * within that line from the columns — so parsing, page-break repair, block splitting and the
 * table-cell subjects are scored too, like `terms.ts` does for terms. A hit matches a gold figure
 * on the same line when the spans overlap and (value, unit) agree; dates whose year was inferred
 * are compared with the year masked as XXXX. Qualifier / change / basis / kind accuracy is over
 * matched pairs. Not-figure violations: hits overlapping a not-figure span. Subjects (over matched
 * pairs whose gold subject is scored): right when, spaces ignored, kic's and the gold subject are
 * equal or one contains the other; precision over kic's non-empty subjects, recall over the gold's.
 *
 * `runKicLines` (the extractor over each raw line, tab rows per cell) stays for the peer
 * benchmark, which scores a line-based recogniser the same way.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {extractFigures} from '../../src/figures/extract.js'
import type {FigureHit} from '../../src/figures/types.js'
import {processPath} from '../../src/pipeline.js'
import {corpus, fixtures} from '../support/paths.js'

export interface GoldFigure {
  /** Text file of a many-file gold set ('' for one-text sets). */
  file: string
  line: number
  start: number
  end: number
  text: string
  kind: string
  value: string
  unit: string
  qualifier: string
  change: string
  basis: string
  /** `-`: not scored. */
  subject: string
  optional: boolean
}

export interface GoldSpan {
  file: string
  line: number
  start: number
  end: number
  text: string
  category: string
}

/** A hit placed on a file line. */
export interface LineHit extends FigureHit {
  line: number
  file?: string
}

export interface FigureScore {
  name: string
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
  qualifier: number
  change: number
  basis: number
  kind: number
  subjectPrecision: number
  subjectRecall: number
  /** Matched pairs whose subjects were scored, with kic's subject. */
  subjectErrors: Array<[LineHit, GoldFigure]>
  qualifierErrors: Array<[LineHit, GoldFigure]>
  changeErrors: Array<[LineHit, GoldFigure]>
  notFigureViolations: number
  misses: GoldFigure[]
  extras: LineHit[]
}

export interface GoldText {
  name: string
  text: string
  figures: GoldFigure[]
  notFigures: GoldSpan[]
}

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
}

/** A figure row of a gold TSV: line, start, end, text, kind, value, unit, qualifier, change, basis, subject. */
function goldFigure(file: string, r: readonly string[], optional: boolean): GoldFigure {
  return {
    file,
    line: +r[0]!,
    start: +r[1]!,
    end: +r[2]!,
    text: r[3]!,
    kind: r[4]!,
    value: r[5]!,
    unit: r[6]!,
    qualifier: r[7]!,
    change: r[8]!,
    basis: r[9]!,
    subject: r[10] ?? '',
    optional
  }
}

/** A not-a-figure row of a gold TSV: line, start, end, text, category. */
function goldSpan(file: string, r: readonly string[]): GoldSpan {
  return {file, line: +r[0]!, start: +r[1]!, end: +r[2]!, text: r[3]!, category: r[4]!}
}

export function goldTextPath(name: '287' | 'report'): string {
  return name === '287' ? join(corpus, '287.txt') : join(fixtures, 'gold', 'report-figures.txt')
}

export function loadGold(name: '287' | 'report'): GoldText {
  const textPath = goldTextPath(name)
  const figures = tsv(join(fixtures, 'gold', `${name}-figures.tsv`)).map((r) => goldFigure('', r, false))
  const notFigures = tsv(join(fixtures, 'gold', `${name}-not-figures.tsv`)).map((r) => goldSpan('', r))
  return {name, text: readFileSync(textPath, 'utf8'), figures, notFigures}
}

export const newsGoldDir = join(fixtures, 'gold', 'news-figures')
/** Annotated after the rules were written, never used to change one. */
export const untouchedGoldDir = join(fixtures, 'gold', 'news-figures-untouched')

/** A news gold folder: its texts (file names) with every figure and not-figure row. */
export function loadNewsGold(dir = newsGoldDir): {dir: string; files: string[]; figures: GoldFigure[]; notFigures: GoldSpan[]} {
  const newsGoldDir = dir
  const files = readdirSync(newsGoldDir).filter((f) => f.endsWith('.txt')).sort()
  // Rows of a many-file set start with the file, and figure rows end with `optional`.
  const figures = tsv(join(newsGoldDir, 'figures.tsv')).map((r) => goldFigure(r[0]!, r.slice(1), r[12] === '1'))
  const notFigures = tsv(join(newsGoldDir, 'not-figures.tsv')).map((r) => goldSpan(r[0]!, r.slice(1)))
  return {dir, files, figures, notFigures}
}

/** kic's figures on every news text (line 1, the source header, left out). */
export async function runKicNews(files: readonly string[], dir = newsGoldDir): Promise<LineHit[]> {
  const out: LineHit[] = []
  for (const file of files) {
    for (const h of await runKicDocument(join(dir, file))) if (h.line > 1) out.push({...h, file})
  }
  return out
}

/** Issue date from the masthead: the first `YYYY.MM.DD` in the first lines. */
export function issueDateOf(text: string): string | null {
  const m = /(\d{4})\.(\d{2})\.(\d{2})/.exec(text.split('\n').slice(0, 12).join('\n'))
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}

/** Run kic over each line (tab rows per cell, with header subjects). */
export function runKicLines(text: string): LineHit[] {
  const issueDate = issueDateOf(text)
  const lines = text.split('\n')
  const out: LineHit[] = []
  let header: string[] | null = null
  lines.forEach((line, i) => {
    if (!line.includes('\t')) {
      header = null
      for (const h of extractFigures(line, {issueDate})) out.push({...h, line: i + 1})
      return
    }
    const cells = line.split('\t')
    const isHeader = header === null
    if (isHeader) header = cells
    let offset = 0
    cells.forEach((cell, c) => {
      const subject = !isHeader && c > 0 ? [cells[0], header![c]].filter((s) => s && s.trim()).join(' ') || null : null
      for (const h of extractFigures(cell, {issueDate, subject})) {
        out.push({...h, line: i + 1, start: h.start + offset, end: h.end + offset})
      }
      offset += cell.length + 1
    })
  })
  return out
}

/**
 * The figures of the parsed document, each on the file line where it starts; `start`/`end` are
 * offsets within that line (a figure running onto the next line ends at the end of its first).
 */
export async function runKicDocument(path: string): Promise<LineHit[]> {
  const {document} = await processPath(path, {terms: false})
  return document.figures.map(({position, id: _id, block: _block, value, date, start: _from, end: _to, ...fields}) => {
    const {start, end} = position
    return {
      ...fields,
      // The extractor's own shape: a date's ISO text stands in `value`.
      value: value ?? date ?? '',
      line: start.line,
      start: start.column - 1,
      end: end.line === start.line ? end.column - 1 : Number.MAX_SAFE_INTEGER,
    }
  })
}

function sameValue(hit: FigureHit, gold: string): boolean {
  if (typeof hit.value === 'number') {
    const g = Number(gold)
    if (gold === '' || Number.isNaN(g)) return false
    return Math.abs(hit.value - g) <= 1e-5 * Math.max(1, Math.abs(g))
  }
  let v = hit.value
  if (hit.yearInferred) v = v.replace(/(^|\/)\d{4}(?=-)/g, '$1XXXX')
  return v === gold
}

const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}): boolean =>
  a.start < b.end && b.start < a.end

/** Spaces, middle dots, slashes and bracketed glosses (`국내총생산(GDP)`) do not change a subject. */
const squash = (s: string): string => s.replace(/\([^()]*\)/g, '').replace(/[\s·∙/]+/g, '')

/** kic's subject agrees with the gold one: equal, or one contains the other (spaces ignored). */
export function subjectAgrees(kic: string, gold: string): boolean {
  const a = squash(kic)
  const b = squash(gold)
  if (a.length < 2 || b.length < 2) return a === b
  return a === b || a.includes(b) || b.includes(a)
}

export function score(name: string, hits: LineHit[], gold: Pick<GoldText, 'figures' | 'notFigures'>): FigureScore {
  const used = new Set<number>()
  const pairs: Array<[LineHit, GoldFigure]> = []
  const extras: LineHit[] = []
  const sameLine = (g: {file: string; line: number}, h: LineHit): boolean => g.line === h.line && g.file === (h.file ?? '')
  for (const h of hits) {
    const k = gold.figures.findIndex(
      (g, j) => !used.has(j) && sameLine(g, h) && overlaps(g, h) && sameValue(h, g.value) && (h.unit ?? '') === g.unit,
    )
    if (k >= 0) {
      used.add(k)
      if (!gold.figures[k]!.optional) pairs.push([h, gold.figures[k]!])
      continue
    }
    // an optional row absorbs any hit on it
    const o = gold.figures.findIndex((g, j) => !used.has(j) && g.optional && sameLine(g, h) && overlaps(g, h))
    if (o >= 0) used.add(o)
    else extras.push(h)
  }
  const misses = gold.figures.filter((g, j) => !used.has(j) && !g.optional)
  const tp = pairs.length
  const fp = extras.length
  const fn = misses.length
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const acc = (f: (h: LineHit, g: GoldFigure) => boolean): number => (tp ? pairs.filter(([h, g]) => f(h, g)).length / tp : 0)
  const notFigureViolations = hits.filter((h) =>
    gold.notFigures.some((n) => sameLine(n, h) && overlaps(n, h)) && !gold.figures.some((g) => sameLine(g, h) && overlaps(g, h)),
  ).length
  const scored = pairs.filter(([, g]) => g.subject !== '-')
  const kicSubjects = scored.filter(([h]) => h.subject)
  const goldSubjects = scored.filter(([, g]) => g.subject)
  const rightSubject = ([h, g]: [LineHit, GoldFigure]): boolean => !!h.subject && !!g.subject && subjectAgrees(h.subject, g.subject)
  const right = scored.filter(rightSubject).length
  return {
    name,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp,
    fp,
    fn,
    qualifier: acc((h, g) => (h.qualifier ?? '') === g.qualifier),
    change: acc((h, g) => (h.change ?? '') === g.change),
    basis: acc((h, g) => (h.basis ?? '') === g.basis),
    kind: acc((h, g) => h.kind === g.kind),
    subjectPrecision: kicSubjects.length ? right / kicSubjects.length : 0,
    subjectRecall: goldSubjects.length ? right / goldSubjects.length : 0,
    subjectErrors: scored.filter((p) => (p[0].subject || p[1].subject) && !rightSubject(p)),
    qualifierErrors: pairs.filter(([h, g]) => (h.qualifier ?? '') !== g.qualifier),
    changeErrors: pairs.filter(([h, g]) => (h.change ?? '') !== g.change || (h.basis ?? '') !== g.basis),
    notFigureViolations,
    misses,
    extras,
  }
}

const pct = (x: number): string => x.toFixed(3)

const where = (x: {file?: string; line: number; start: number}): string => `${x.file ? x.file + ':' : ''}${x.line}:${x.start}`

export function formatScore(s: FigureScore, verbose = false): string {
  const lines = [
    `figures ${s.name}: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})` +
      ` | qualifier ${pct(s.qualifier)} change ${pct(s.change)} basis ${pct(s.basis)} kind ${pct(s.kind)}` +
      ` | subject precision ${pct(s.subjectPrecision)} recall ${pct(s.subjectRecall)} | not-figure hits ${s.notFigureViolations}`,
  ]
  if (verbose) {
    for (const m of s.misses) lines.push(`  miss  ${where(m)} ${m.text} = ${m.value} ${m.unit}`)
    for (const e of s.extras) lines.push(`  extra ${where(e)} ${e.text} = ${e.value} ${e.unit ?? ''} (${e.kind})`)
    for (const [h, g] of s.qualifierErrors) lines.push(`  qualifier ${where(g)} ${g.text}: kic ${h.qualifier ?? '-'} gold ${g.qualifier || '-'}`)
    for (const [h, g] of s.changeErrors) lines.push(`  change ${where(g)} ${g.text}: kic ${h.change ?? '-'}/${h.basis ?? '-'} gold ${g.change || '-'}/${g.basis || '-'}`)
    for (const [h, g] of s.subjectErrors) lines.push(`  subject ${where(g)} ${g.text}: kic «${h.subject ?? ''}» gold «${g.subject}»`)
  }
  return lines.join('\n')
}

export async function evalFigures(): Promise<FigureScore[]> {
  const verbose = process.env.KIC_EVAL_VERBOSE === '1'
  const scores: FigureScore[] = []
  for (const [name, label] of [
    ['287', 'sample 287 (rules written on it)'],
    ['report', 'report (held out, written before tuning)'],
  ] as const) {
    const gold = loadGold(name)
    const s = score(label, await runKicDocument(goldTextPath(name)), gold)
    scores.push(s)
    console.log(formatScore(s, verbose))
    if (process.env.KIC_EVAL_LINES === '1') console.log(formatScore(score(`${label}, per raw line`, runKicLines(gold.text), gold), verbose))
  }
  for (const [dir, label] of [
    [newsGoldDir, 'news (19 publishers, annotated before kic ran; rules then improved on it)'],
    [untouchedGoldDir, 'news untouched (5 publishers, annotated before kic ran; never used for a rule)'],
  ] as const) {
    const news = loadNewsGold(dir)
    const s = score(label, await runKicNews(news.files, dir), news)
    scores.push(s)
    console.log(formatScore(s, verbose))
  }
  return scores
}
