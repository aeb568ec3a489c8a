/**
 * Term-pair evaluation against the annotated texts in fixtures/gold/:
 * - 287-terms.tsv over corpus/287.txt (the sample the rules were written on);
 * - news-terms.tsv over fixtures/gold/news-terms.txt (written before tuning; held out);
 * - news-terms-real/gold.tsv over the real news excerpts next to it (written by others,
 *   annotated by hand before kic ran on them; optional rows neither count nor penalise);
 * - news-terms-heldout/gold.tsv: the same kind of text, annotated after the rules were written;
 * - news-terms-untouched/gold.tsv: more, annotated after all rules and never tuned on.
 *
 * The texts go through the whole pipeline (`processPath`): the terms scored are the document's
 * `terms`, placed on the line where each pair starts (gold line numbers are file lines), so
 * parsing, page-break repair and block splitting are scored too. Scores: exact (line, korean, chinese) pairs;
 * Chinese-side detection (line, chinese); left-boundary accuracy = exact / detected; and
 * category accuracy of the exact pairs whose gold row has a category; the share of `other`;
 * Korean(English) pairs apart.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {prepareTerms} from '../../src/terms/extract.js'
import type {TermHit} from '../../src/terms/types.js'
import {processPath} from '../../src/pipeline.js'

export interface Score {
  precision: number
  recall: number
  tp: number
  fp: number
  fn: number
}

export interface TextScore {
  name: string
  pairs: Score
  chinese: Score
  boundary: {accuracy: number; correct: number; detected: number}
  /** Category of exactly matched pairs whose gold row has one. */
  category: {accuracy: number; correct: number; scored: number}
  /** Chinese pairs the document gives the category `other`. */
  other: {count: number; of: number}
  english: Score
  falsePositives: string[]
  falseNegatives: string[]
  englishErrors: string[]
  boundaryErrors: string[]
  categoryErrors: string[]
  hits: number
  ms: number
}

export interface TermsEval {
  texts: TextScore[]
  dictionaryLoadMs: number
  pairsPerSecond: number
}

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json not found')
    dir = up
  }
  return dir
}

export interface GoldRow {
  /** Text file the row belongs to (real-text gold), or '' (one text per gold file). */
  file: string
  korean: string
  chinese: string
  english: string
  category: string
  /** Neither required nor penalised when predicted. */
  optional: boolean
  lines: number[]
}

/**
 * Rows of a gold TSV, columns found by the header (`korean`, `chinese`, `english`, `category`,
 * `line`, `lines`, `file`, `optional`); a file without a header row keeps the old column order.
 */
export function readGold(path: string): GoldRow[] {
  const [header = '', ...rows] = readFileSync(path, 'utf8').split('\n')
  const names = header.split('\t').map((name) => name.trim())
  const at = (name: string, fallback: number) => (names.includes(name) ? names.indexOf(name) : fallback)
  const column = {
    file: at('file', -1), korean: at('korean', 0), chinese: at('chinese', 1), english: at('english', 2),
    category: at('category', -1), line: at('line', 4), lines: at('lines', 5), optional: at('optional', -1),
  }
  return rows.filter((l) => l.trim()).map((row) => {
    const cells = row.split('\t')
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '')
    const list = (cell(column.lines) || cell(column.line)).split(',').map((n) => Number(n.trim())).filter((n) => n > 0)
    return {
      file: cell(column.file), korean: cell(column.korean), chinese: cell(column.chinese), english: cell(column.english),
      category: cell(column.category), optional: cell(column.optional) === 'yes', lines: list,
    }
  })
}

type LineHit = Pick<TermHit, 'korean' | 'chinese' | 'english' | 'category'> & {line: number}

/** The document's terms, each on the line where it starts. */
export async function extractDocument(path: string): Promise<LineHit[]> {
  const {document} = await processPath(path, {figures: false})
  return document.terms.map((term) => ({
    korean: term.korean, chinese: term.chinese, english: term.english, category: term.category, line: term.position.start.line,
  }))
}

function score(predicted: Set<string>, gold: Set<string>): Score {
  let tp = 0
  for (const key of predicted) if (gold.has(key)) tp++
  const fp = predicted.size - tp
  const fn = gold.size - tp
  return {
    precision: predicted.size ? tp / predicted.size : 1,
    recall: gold.size ? tp / gold.size : 1,
    tp,
    fp,
    fn,
  }
}

/** One gold set: texts (by the `file` column, '' for a single text) scored together. */
export async function evalText(name: string, textPath: string | Map<string, string>, goldPath: string): Promise<TextScore> {
  const gold = readGold(goldPath)
  const texts = typeof textPath === 'string' ? new Map([['', textPath]]) : textPath
  const started = performance.now()
  const hits: Array<LineHit & {file: string}> = []
  for (const [file, path] of texts) for (const hit of await extractDocument(path)) hits.push({...hit, file})
  const ms = performance.now() - started
  const place = (file: string, line: number) => (file ? `${file}:${line}` : String(line))
  const goldPairs = new Set<string>()
  const goldChinese = new Map<string, Set<string>>()
  const goldEnglish = new Set<string>()
  const goldCategory = new Map<string, string>()
  const optional = new Set<string>()
  for (const row of gold) {
    for (const line of row.lines) {
      const at = place(row.file, line)
      if (row.optional) {
        optional.add(`${at}\t${row.korean}\t${row.chinese || row.english}`)
        continue
      }
      if (row.chinese) {
        const key = `${at}\t${row.korean}\t${row.chinese}`
        goldPairs.add(key)
        if (row.category) goldCategory.set(key, row.category)
        const side = `${at}\t${row.chinese}`
        const set = goldChinese.get(side) ?? new Set<string>()
        set.add(row.korean)
        goldChinese.set(side, set)
      } else if (row.english) goldEnglish.add(`${at}\t${row.korean}\t${row.english}`)
    }
  }
  const predPairs = new Set<string>()
  const predChinese = new Map<string, Set<string>>()
  const predEnglish = new Set<string>()
  const predCategory = new Map<string, string>()
  for (const hit of hits) {
    const at = place(hit.file, hit.line)
    if (optional.has(`${at}\t${hit.korean}\t${hit.chinese ?? hit.english}`)) continue
    if (hit.chinese) {
      const key = `${at}\t${hit.korean}\t${hit.chinese}`
      predPairs.add(key)
      predCategory.set(key, hit.category)
      const side = `${at}\t${hit.chinese}`
      const set = predChinese.get(side) ?? new Set<string>()
      set.add(hit.korean)
      predChinese.set(side, set)
    } else if (hit.english) predEnglish.add(`${at}\t${hit.korean}\t${hit.english}`)
  }
  let detected = 0
  let correct = 0
  const boundaryErrors: string[] = []
  for (const [key, koreans] of goldChinese) {
    const predicted = predChinese.get(key)
    if (!predicted) continue
    for (const korean of koreans) {
      detected++
      if (predicted.has(korean)) correct++
      else boundaryErrors.push(`${key} gold ${korean} got ${[...predicted].join(' / ')}`)
    }
  }
  let categorized = 0
  let categoryRight = 0
  const categoryErrors: string[] = []
  for (const [key, category] of goldCategory) {
    const predicted = predCategory.get(key)
    if (predicted === undefined) continue
    categorized++
    if (predicted === category) categoryRight++
    else categoryErrors.push(`${key} gold ${category} got ${predicted}`)
  }
  const chineseHits = hits.filter((hit) => hit.chinese)
  return {
    name,
    pairs: score(predPairs, goldPairs),
    chinese: score(new Set(predChinese.keys()), new Set(goldChinese.keys())),
    boundary: {accuracy: detected ? correct / detected : 1, correct, detected},
    category: {accuracy: categorized ? categoryRight / categorized : 1, correct: categoryRight, scored: categorized},
    other: {count: chineseHits.filter((hit) => hit.category === 'other').length, of: chineseHits.length},
    english: score(predEnglish, goldEnglish),
    falsePositives: [...predPairs].filter((k) => !goldPairs.has(k)),
    falseNegatives: [...goldPairs].filter((k) => !predPairs.has(k)),
    englishErrors: [
      ...[...predEnglish].filter((k) => !goldEnglish.has(k)).map((k) => 'FP ' + k),
      ...[...goldEnglish].filter((k) => !predEnglish.has(k)).map((k) => 'FN ' + k),
    ],
    boundaryErrors,
    categoryErrors,
    hits: hits.length,
    ms,
  }
}

const pct = (n: number) => (n * 100).toFixed(1) + '%'

/** Real Korean news about China, written by others, annotated before kic ran on it. */
const REAL_DIR = 'fixtures/gold/news-terms-real'
/** More of the same, annotated after the rules were written on REAL_DIR: never tuned on. */
const HELD_OUT_DIR = 'fixtures/gold/news-terms-heldout'
/** More again, annotated after every rule was written and never used to change one. */
const UNTOUCHED_DIR = 'fixtures/gold/news-terms-untouched'

function realTexts(dir: string): Map<string, string> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
  return new Map(files.map((name) => [name, join(dir, name)]))
}

export async function evalTerms(options: {quiet?: boolean} = {}): Promise<TermsEval> {
  const {ms: dictionaryLoadMs} = await prepareTerms()
  const root = projectRoot()
  const texts = [
    await evalText('sample 287 (tuned)', join(root, 'corpus/287.txt'), join(root, 'fixtures/gold/287-terms.tsv')),
    await evalText('news (held out)', join(root, 'fixtures/gold/news-terms.txt'), join(root, 'fixtures/gold/news-terms.tsv')),
    await evalText('real text (news by others)', realTexts(join(root, REAL_DIR)), join(root, REAL_DIR, 'gold.tsv')),
    await evalText('real text, held out', realTexts(join(root, HELD_OUT_DIR)), join(root, HELD_OUT_DIR, 'gold.tsv')),
    await evalText('real text, untouched', realTexts(join(root, UNTOUCHED_DIR)), join(root, UNTOUCHED_DIR, 'gold.tsv')),
  ]
  // Throughput on the sample through the whole pipeline, dictionaries warm.
  const rounds = 5
  const started = performance.now()
  let pairs = 0
  for (let r = 0; r < rounds; r++) pairs += (await extractDocument(join(root, 'corpus/287.txt'))).length
  const pairsPerSecond = pairs / ((performance.now() - started) / 1000)
  if (!options.quiet) {
    console.log('terms: dictionary load %s ms, %s pairs/s (warm)', dictionaryLoadMs.toFixed(0), pairsPerSecond.toFixed(0))
    for (const t of texts) {
      console.log(
        `terms ${t.name}: pairs P ${pct(t.pairs.precision)} R ${pct(t.pairs.recall)} (tp ${t.pairs.tp}, fp ${t.pairs.fp}, fn ${t.pairs.fn}); ` +
          `chinese side P ${pct(t.chinese.precision)} R ${pct(t.chinese.recall)}; ` +
          `left boundary ${pct(t.boundary.accuracy)} (${t.boundary.correct}/${t.boundary.detected}); ` +
          `category ${pct(t.category.accuracy)} (${t.category.correct}/${t.category.scored}); ` +
          `other ${t.other.count}/${t.other.of}; ` +
          `ko(en) P ${pct(t.english.precision)} R ${pct(t.english.recall)}; ${t.ms.toFixed(0)} ms`,
      )
      const show = (label: string, list: string[]) => {
        for (const item of list) console.log(`  ${label} ${item.replace(/\t/g, ' | ')}`)
      }
      show('FP', t.falsePositives)
      show('FN', t.falseNegatives)
      show('boundary', t.boundaryErrors)
      show('category', t.categoryErrors)
      show('ko(en)', t.englishErrors)
    }
  }
  return {texts, dictionaryLoadMs, pairsPerSecond}
}
