/**
 * Figure evaluation against the annotated texts in fixtures/gold/:
 * - 287-figures.tsv (+ 287-not-figures.tsv) over corpus/287.txt — the sample the rules were written on;
 * - report-figures.tsv (+ report-not-figures.tsv) over fixtures/gold/report-figures.txt — a market
 *   report written and annotated before tuning (held out).
 *
 * The texts go through the whole pipeline (`processPath`): the figures scored are the document's
 * `figures`, each placed on the file line where it starts (`position.start.line`), with offsets
 * within that line from the columns — so parsing, page-break repair, block splitting and the
 * table-cell subjects are scored too, like `terms.ts` does for terms. A hit matches a gold figure
 * on the same line when the spans overlap and (value, unit) agree; dates whose year was inferred
 * are compared with the year masked as XXXX. Qualifier / change / basis / kind accuracy is over
 * matched pairs. Not-figure violations: hits overlapping a not-figure span.
 *
 * `runKicLines` (the extractor over each raw line, tab rows per cell) stays for the peer
 * benchmark, which scores a line-based recogniser the same way.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {extractFigures} from '../../src/figures/extract.js'
import type {FigureHit} from '../../src/figures/types.js'
import {processPath} from '../../src/pipeline.js'
import {corpus, fixtures} from '../support/paths.js'

export interface GoldFigure {
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
}

export interface GoldSpan {
  line: number
  start: number
  end: number
  text: string
  category: string
}

/** A hit placed on a file line. */
export interface LineHit extends FigureHit {
  line: number
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

export function goldTextPath(name: '287' | 'report'): string {
  return name === '287' ? join(corpus, '287.txt') : join(fixtures, 'gold', 'report-figures.txt')
}

export function loadGold(name: '287' | 'report'): GoldText {
  const textPath = goldTextPath(name)
  const figures = tsv(join(fixtures, 'gold', `${name}-figures.tsv`)).map((r) => ({
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
  }))
  const notFigures = tsv(join(fixtures, 'gold', `${name}-not-figures.tsv`)).map((r) => ({
    line: +r[0]!,
    start: +r[1]!,
    end: +r[2]!,
    text: r[3]!,
    category: r[4]!,
  }))
  return {name, text: readFileSync(textPath, 'utf8'), figures, notFigures}
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

export function score(name: string, hits: LineHit[], gold: GoldText): FigureScore {
  const used = new Set<number>()
  const pairs: Array<[LineHit, GoldFigure]> = []
  const extras: LineHit[] = []
  for (const h of hits) {
    const k = gold.figures.findIndex(
      (g, j) => !used.has(j) && g.line === h.line && overlaps(g, h) && sameValue(h, g.value) && (h.unit ?? '') === g.unit,
    )
    if (k >= 0) {
      used.add(k)
      pairs.push([h, gold.figures[k]!])
    } else extras.push(h)
  }
  const misses = gold.figures.filter((_, j) => !used.has(j))
  const tp = pairs.length
  const fp = extras.length
  const fn = misses.length
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const acc = (f: (h: LineHit, g: GoldFigure) => boolean): number => (tp ? pairs.filter(([h, g]) => f(h, g)).length / tp : 0)
  const notFigureViolations = hits.filter((h) =>
    gold.notFigures.some((n) => n.line === h.line && overlaps(n, h)) && !gold.figures.some((g) => g.line === h.line && overlaps(g, h)),
  ).length
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
    notFigureViolations,
    misses,
    extras,
  }
}

const pct = (x: number): string => x.toFixed(3)

export function formatScore(s: FigureScore, verbose = false): string {
  const lines = [
    `figures ${s.name}: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})` +
      ` | qualifier ${pct(s.qualifier)} change ${pct(s.change)} basis ${pct(s.basis)} kind ${pct(s.kind)} | not-figure hits ${s.notFigureViolations}`,
  ]
  if (verbose) {
    for (const m of s.misses) lines.push(`  miss  ${m.line}:${m.start} ${m.text} = ${m.value} ${m.unit}`)
    for (const e of s.extras) lines.push(`  extra ${e.line}:${e.start} ${e.text} = ${e.value} ${e.unit ?? ''} (${e.kind})`)
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
  return scores
}
