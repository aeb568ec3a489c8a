/**
 * Term-pair evaluation against the annotated texts in fixtures/gold/:
 * - 287-terms.tsv over corpus/287.txt (the sample the rules were written on);
 * - news-terms.tsv over fixtures/gold/news-terms.txt (written before tuning; held out).
 *
 * The texts go through the whole pipeline (`processPath`): the terms scored are the document's
 * `terms`, placed on the line where each pair starts (gold line numbers are file lines), so
 * parsing, page-break repair and block splitting are scored too. Scores: exact (line, korean, chinese) pairs;
 * Chinese-side detection (line, chinese); left-boundary accuracy = exact / detected; and
 * Korean(English) pairs apart.
 */
import {existsSync, readFileSync} from 'node:fs'
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
  english: Score
  falsePositives: string[]
  falseNegatives: string[]
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

interface GoldRow {
  korean: string
  chinese: string
  english: string
  lines: number[]
}

export function readGold(path: string): GoldRow[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter((l) => l.trim())
  return rows.map((row) => {
    const [korean = '', chinese = '', english = '', , line = '', lines = ''] = row.split('\t')
    const list = (lines || line).split(',').map((n) => Number(n.trim())).filter((n) => n > 0)
    return {korean, chinese, english, lines: list}
  })
}

type LineHit = Pick<TermHit, 'korean' | 'chinese' | 'english'> & {line: number}

/** The document's terms, each on the line where it starts. */
export async function extractDocument(path: string): Promise<LineHit[]> {
  const {document} = await processPath(path, {figures: false})
  return document.terms.map((term) => ({korean: term.korean, chinese: term.chinese, english: term.english, line: term.position.start.line}))
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

export async function evalText(name: string, textPath: string, goldPath: string): Promise<TextScore> {
  const gold = readGold(goldPath)
  const started = performance.now()
  const hits = await extractDocument(textPath)
  const ms = performance.now() - started
  const goldPairs = new Set<string>()
  const goldChinese = new Map<string, Set<string>>()
  const goldEnglish = new Set<string>()
  for (const row of gold) {
    for (const line of row.lines) {
      if (row.chinese) {
        goldPairs.add(`${line}\t${row.korean}\t${row.chinese}`)
        const key = `${line}\t${row.chinese}`
        const set = goldChinese.get(key) ?? new Set<string>()
        set.add(row.korean)
        goldChinese.set(key, set)
      } else if (row.english) goldEnglish.add(`${line}\t${row.korean}\t${row.english}`)
    }
  }
  const predPairs = new Set<string>()
  const predChinese = new Map<string, Set<string>>()
  const predEnglish = new Set<string>()
  for (const hit of hits) {
    if (hit.chinese) {
      predPairs.add(`${hit.line}\t${hit.korean}\t${hit.chinese}`)
      const key = `${hit.line}\t${hit.chinese}`
      const set = predChinese.get(key) ?? new Set<string>()
      set.add(hit.korean)
      predChinese.set(key, set)
    } else if (hit.english) predEnglish.add(`${hit.line}\t${hit.korean}\t${hit.english}`)
  }
  let detected = 0
  let correct = 0
  for (const [key, koreans] of goldChinese) {
    const predicted = predChinese.get(key)
    if (!predicted) continue
    for (const korean of koreans) {
      detected++
      if (predicted.has(korean)) correct++
    }
  }
  return {
    name,
    pairs: score(predPairs, goldPairs),
    chinese: score(new Set(predChinese.keys()), new Set(goldChinese.keys())),
    boundary: {accuracy: detected ? correct / detected : 1, correct, detected},
    english: score(predEnglish, goldEnglish),
    falsePositives: [...predPairs].filter((k) => !goldPairs.has(k)),
    falseNegatives: [...goldPairs].filter((k) => !predPairs.has(k)),
    hits: hits.length,
    ms,
  }
}

const pct = (n: number) => (n * 100).toFixed(1) + '%'

export async function evalTerms(options: {quiet?: boolean} = {}): Promise<TermsEval> {
  const {ms: dictionaryLoadMs} = await prepareTerms()
  const root = projectRoot()
  const texts = [
    await evalText('sample 287 (tuned)', join(root, 'corpus/287.txt'), join(root, 'fixtures/gold/287-terms.tsv')),
    await evalText('news (held out)', join(root, 'fixtures/gold/news-terms.txt'), join(root, 'fixtures/gold/news-terms.tsv')),
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
          `ko(en) P ${pct(t.english.precision)} R ${pct(t.english.recall)}; ${t.ms.toFixed(0)} ms`,
      )
      for (const fp of t.falsePositives) console.log('  FP ' + fp.replace(/\t/g, ' | '))
      for (const fn of t.falseNegatives) console.log('  FN ' + fn.replace(/\t/g, ' | '))
    }
  }
  return {texts, dictionaryLoadMs, pairsPerSecond}
}
