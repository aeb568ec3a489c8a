/**
 * Peer benchmark: @microsoft/recognizers-text-suite (no Korean model in JavaScript) against kic's
 * figure extractor on the sample issue (corpus/287.txt), scored against fixtures/gold/287-figures.tsv
 * with the same matcher as `npm run eval` (same line, overlapping span, same value and unit).
 *
 * The peer runs its number, percentage, currency, dimension and date-time recognizers on each
 * line, for Culture English and Culture Chinese (the closest it has: it reads 万/亿 but not 만/억);
 * overlapping results keep the more specific one (percentage/currency/dimension/date over number).
 * Both cultures are reported; the better one is "the peer". Times are medians of interleaved runs.
 */
import * as Recognizers from '@microsoft/recognizers-text-suite'
import {extractFigures} from '../../src/figures/extract.js'
import type {FigureHit} from '../../src/figures/types.js'
import {loadGold, runKicLines, score, type LineHit} from '../eval/figures.js'
import {median} from './timing.js'

interface ModelResult {
  start: number
  end: number
  text: string
  typeName: string
  resolution?: Record<string, unknown> & {values?: Array<Record<string, string>>}
}

const RANK: Record<string, number> = {number: 0, percentage: 1, currency: 2, dimension: 2, datetime: 2}

function peerHit(r: ModelResult, line: number): LineHit | null {
  const base = {line, start: r.start, end: r.end + 1, text: r.text, qualifier: null, change: null, basis: null, subject: null}
  const res = r.resolution ?? {}
  const type = r.typeName.split('.')[0]!
  if (type === 'number') {
    const v = Number(res.value)
    return Number.isFinite(v) ? {...base, value: v, unit: null, kind: 'index'} : null
  }
  if (type === 'percentage') {
    const v = Number(String(res.value).replace('%', ''))
    return Number.isFinite(v) ? {...base, value: v, unit: '%', kind: 'percent'} : null
  }
  if (type === 'currency') {
    const v = Number(res.value)
    return Number.isFinite(v) ? {...base, value: v, unit: (res.isoCurrency as string) ?? String(res.unit), kind: 'money'} : null
  }
  if (type === 'dimension') {
    const v = Number(res.value)
    return Number.isFinite(v) ? {...base, value: v, unit: String(res.unit), kind: 'measure'} : null
  }
  if (type === 'datetimeV2') {
    const timex = res.values?.[0]?.timex
    if (!timex) return null
    const range = /^\((.+),(.+),.+\)$/.exec(timex)
    return {...base, value: range ? `${range[1]}/${range[2]}` : timex, unit: null, kind: range ? 'date_range' : 'date'}
  }
  return null
}

export function runPeerLines(text: string, culture: string): LineHit[] {
  const out: LineHit[] = []
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const results = [
      ...Recognizers.recognizeNumber(line, culture),
      ...Recognizers.recognizePercentage(line, culture),
      ...Recognizers.recognizeCurrency(line, culture),
      ...Recognizers.recognizeDimension(line, culture),
      ...Recognizers.recognizeDateTime(line, culture),
    ] as unknown as ModelResult[]
    const hits = results
      .map((r) => ({r, h: peerHit(r, i + 1)}))
      .filter((x): x is {r: ModelResult; h: LineHit} => x.h !== null)
      .sort((a, b) => (RANK[b.r.typeName.split('.')[0]!] ?? 0) - (RANK[a.r.typeName.split('.')[0]!] ?? 0) || a.h.start - b.h.start)
    const kept: LineHit[] = []
    for (const {h} of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h)
    out.push(...kept.sort((a, b) => a.start - b.start))
  })
  return out
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now()
  const v = f()
  return [v, performance.now() - t0]
}

export async function benchFiguresPeer(): Promise<void> {
  const gold = loadGold('287')
  const cultures = [Recognizers.Culture.English, Recognizers.Culture.Chinese]
  const times: Record<string, number[]> = {kic: []}
  for (const c of cultures) times[c] = []
  const hits: Record<string, LineHit[]> = {}
  const rounds = 3
  // warm-up (module tables, JIT), then interleaved timed rounds
  extractFigures('워밍업 2022년 7월 1일 3억 위안')
  for (let r = 0; r < rounds; r++) {
    const [k, tk] = timed(() => runKicLines(gold.text))
    hits.kic = k
    times.kic!.push(tk)
    for (const c of cultures) {
      const [p, tp] = timed(() => runPeerLines(gold.text, c))
      hits[c] = p
      times[c]!.push(tp)
    }
  }
  const rows = ['kic', ...cultures].map((name) => {
    const s = score(name, hits[name]!, gold)
    return {name: name === 'kic' ? 'kic' : `recognizers-text (${name})`, ms: median(times[name]!), s}
  })
  for (const {name, ms, s} of rows) {
    console.log(
      `${name.padEnd(32)} ${ms.toFixed(1).padStart(9)} ms/pass  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    )
  }
  const peers = rows.slice(1).sort((a, b) => b.s.f1 - a.s.f1)
  const best = peers[0]!
  console.log(`best peer option: ${best.name}; kic is ${(best.ms / rows[0]!.ms).toFixed(1)}x faster, F1 ${rows[0]!.s.f1.toFixed(3)} vs ${best.s.f1.toFixed(3)}`)
}

export type {FigureHit}
