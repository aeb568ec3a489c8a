/**
 * What a figure is about. In order: the caller's subject (a table cell's row
 * and column headers), the items of a `각각` respectively-list, else the topic
 * phrase before the figure (the words ending in 은/는/이/가).
 */
import { RESPECTIVELY_CUES } from '../data/figure-cues.js'
import { isBreak } from './cues.js'
import { isHangul, isSpace, wordIndex, words } from './chars.js'
import type { Draft } from './extract.js'
import type { FigureContext } from './types.js'
import {maxOf} from '../util/arrays.js'

const RESPECTIVELY = wordIndex(words(RESPECTIVELY_CUES))
const TOPIC_PARTICLES = ['은', '는', '이', '가']
const STRIP_PARTICLES = ['으로', '은', '는', '이', '가', '로', '을', '를', '의', '에서', '에']
/** Word endings that close the text before a subject list (`…증가해 5G 기지국 수와 …`). */
const ENDINGS = ['해', '고', '며', '면', '서', '는', '은', '를', '을', '에', '의', '로', '다']
const LIST_SEPARATORS = new Set([',', '、', ' '])

/** A word that starts with a number (dropped from a topic phrase). */
const NUMBER_WORD = /^[\d,.]+/
/** Punctuation before a topic phrase (`- `, `※`, `“`), except opening brackets and quotes that belong to a name. */
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}<「'"(]+/u
const WHITESPACE_RUN = /\s+/

/** How far back a subject is looked for: keeps the pass linear on huge blocks. */
const LOOKBACK = 80

export function assignSubjects(text: string, drafts: Draft[], context: FigureContext): void {
  if (context.subject) {
    for (const d of drafts) d.subject = context.subject
    return
  }
  // the sentence start is the last break before the furthest figure start seen so far,
  // looked for back to the look-back limit only (a break before it changes nothing)
  let top = 0
  for (const d of drafts) {
    top = Math.max(top, d.start)
    if (!d.subject) d.subject = topicBefore(text, breakEnd(text, top, Math.max(0, d.start - LOOKBACK)), d.start)
  }
}

/** Just after the last break in [floor, pos), else floor. */
function breakEnd(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (isBreak(text, i)) return i + 1
  return floor
}

function sentenceStart(text: string, pos: number): number {
  return breakEnd(text, pos, Math.max(0, pos - LOOKBACK))
}

/** `A, B, C 지수는 각각 1, 2, 3`: list members get their own subject (and bare numbers become index values). */
export function respectively(text: string, drafts: Draft[]): void {
  let memo: { start: number; subjects: string[] } | null = null
  let next = 0
  // a cue only matters before some figure: past the last start nothing follows it
  let lastStart = 0
  for (const d of drafts) lastStart = Math.max(lastStart, d.start)
  for (let i = RESPECTIVELY.next(text, 0); i >= 0 && i < lastStart; i = RESPECTIVELY.next(text, i + 1)) {
    const cue = RESPECTIVELY.at(text, i)!
    const after = i + cue.word.length
    const list: Draft[] = []
    while (next < drafts.length && drafts[next]!.start < after) next++
    let k = next
    if (k >= drafts.length) break
    let prevEnd = after
    for (; k < drafts.length; k++) {
      const d = drafts[k]!
      const gap = text.slice(prevEnd, d.start)
      const ok = list.length === 0 ? gap.trim() === '' : isListGap(gap)
      if (!ok) break
      list.push(d)
      prevEnd = d.end
    }
    if (list.length < 2) continue
    const start = sentenceStart(text, i)
    let subjects: string[] | null = null
    if (memo && memo.start === start && memo.subjects.length === list.length) subjects = memo.subjects
    else {
      const before: Draft[] = []
      for (let j = next - 1; j >= 0 && drafts[j]!.end > start; j--) before.push(drafts[j]!)
      subjects = listBefore(text.slice(start, i), list.length, before, start)
    }
    if (!subjects) continue
    memo = { start, subjects }
    list.forEach((d, j) => {
      d.subject = subjects![j]!
      if (d.bare) {
        d.bare = false
        d.kind = 'index'
      }
    })
  }
}

function isListGap(gap: string): boolean {
  const t = gap.trim()
  if (t === '' || t === ',' || t === '、' || t === '및' || t === 'and') return true
  for (const ch of gap) if (!LIST_SEPARATORS.has(ch)) return false
  return true
}

/** The `n` items of a noun list that ends just before `각각`. */
function listBefore(segment: string, n: number, drafts: Draft[], offset: number): string[] | null {
  // blank out figures so their commas do not split the list
  let s = segment
  for (const d of drafts) {
    const a = d.start - offset
    const b = d.end - offset
    if (a >= 0 && b <= s.length) s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b)
  }
  const pieces = s
    .split(/,\s*|\s+및\s+|(?<=[가-힣)\]])(?:와|과)\s+/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (pieces.length < n) return null
  const items = pieces.slice(-n)
  // last item: up to its first word with a particle (`지수는`, `지역순으로`)
  const lastWords = items[n - 1]!.split(/\s+/)
  const cut = lastWords.findIndex((w) => STRIP_PARTICLES.some((p) => w.endsWith(p) && w.length > p.length))
  const last = (cut >= 0 ? lastWords.slice(0, cut + 1) : lastWords).map((w, j, all) => (j === all.length - 1 ? strip(w) : w))
  // first item: the words after the last verb ending or particle, no longer than the middle items
  const firstWords = items[0]!.split(/\s+/)
  let from = 0
  for (let j = firstWords.length - 2; j >= 0; j--) {
    if (ENDINGS.some((e) => firstWords[j]!.endsWith(e))) {
      from = j + 1
      break
    }
  }
  let first = firstWords.slice(from)
  const middle = items.slice(1, n - 1).map((x) => x.split(/\s+/).length)
  const width = middle.length ? maxOf(middle) : first.length
  first = first.slice(-width)
  const out = [first.join(' '), ...items.slice(1, n - 1), last.join(' ')]
  // a shared head noun: `디지털 산업화, 산업 디지털화, 디지털 거버넌스 지수는`
  if (middle.length && last.length === width + 1) {
    const head = last[last.length - 1]!
    for (let j = 0; j < n - 1; j++) if (!out[j]!.endsWith(head)) out[j] = `${out[j]} ${head}`
  }
  return out.map((x) => x.trim())
}

function strip(w: string): string {
  for (const p of STRIP_PARTICLES) if (w.endsWith(p) && w.length > p.length) return w.slice(0, -p.length)
  return w
}

/** Up to three words before the last topic particle in the figure's sentence. */
function topicBefore(text: string, start: number, pos: number): string | null {
  const seg = text.slice(start, pos)
  const ws = seg.split(WHITESPACE_RUN).filter(Boolean)
  for (let j = ws.length - 1; j >= 0; j--) {
    const w = ws[j]!
    const last = w[w.length - 1]!
    if (w.length >= 2 && TOPIC_PARTICLES.includes(last) && isHangul(w[w.length - 2])) {
      const phrase = [...ws.slice(Math.max(0, j - 2), j), w.slice(0, -1)]
      const cleaned = phrase.filter((x) => !NUMBER_WORD.test(x) && !isSpace(x))
      const s = cleaned.join(' ').replace(LEADING_PUNCTUATION, '').trim()
      return s || null
    }
  }
  return null
}
