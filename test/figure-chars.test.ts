import assert from 'node:assert/strict'
import test from 'node:test'
import {CodeSet, WordStarts, at, wordIndex, words} from '../src/figures/chars.js'
import {extractFigures} from '../src/figures/extract.js'
import {scanAtoms} from '../src/figures/scan.js'
import {isBreak} from '../src/figures/sentence.js'
import {lastBefore, readEvents} from '../src/figures/events.js'
import type {Draft} from '../src/figures/draft.js'
import {CHANGE_MAX_GAP} from '../src/data/figure-cues.js'
import {seededRandom as generator} from './support/random.js'

test('figure chars: `at` gives the code unit inside the text and 0 outside it, which no set holds', () => {
  assert.equal(at('가1', 0), '가'.charCodeAt(0))
  assert.equal(at('가1', 1), 0x31)
  assert.equal(at('가1', 2), 0)
  assert.equal(at('가1', -1), 0)
  assert.throws(() => new CodeSet(['\u0000']))
  assert.equal(new CodeSet(['가', ' ']).has(at('가', 5)), false)
})

test('figure chars: `WordStarts` says no only where no word starts', () => {
  const list = ['증가', '증대', '감소', '↑', '전년 대비', ',']
  const starts = new WordStarts(list)
  const alphabet = [...'증가대감소↑전년 비,하지']
  let seen = 0
  for (let k = 0; k < 5000; k++) {
    let text = ''
    for (let j = 0; j < 6; j++) text += alphabet[(k * 7 + j * 13 + ((k * j) % 5)) % alphabet.length]
    for (let i = 0; i <= text.length; i++) {
      const any = list.some((w) => text.startsWith(w, i))
      if (any) seen++
      if (any && !starts.at(text, i)) assert.fail(`${JSON.stringify(text)} at ${i}`)
    }
  }
  assert.ok(seen > 0)
  // a first character alone is not enough when every word of it needs a second one
  assert.equal(starts.at('증권', 0), false)
  assert.equal(starts.at('↑x', 0), true)
})

test('figure chars: a word index with one first character finds the next word by string search', () => {
  const index = wordIndex(words(['각각', '각기']))
  assert.equal(index.next('각자 각기 다른 각각', 0), 3)
  assert.equal(index.next('각자 각기 다른 각각', 4), 9)
  assert.equal(index.next('각자', 0), -1)
})

test('number words: read where the first two characters allow one, at the start of a word only', () => {
  const values = (text: string) => scanAtoms(text).filter((a) => !a.skip).map((a) => a.value)
  assert.deepEqual(values('행사는 이틀간 열렸다'), [2])
  assert.deepEqual(values('삼천만 원을 모았다'), [3e7])
  assert.deepEqual(values('이 백 억 위안'), [2e10])
  assert.deepEqual(values('근 만 명이 모였다'), [1e4])
  assert.deepEqual(values('두 개의 공장'), [2])
  // `이번`, `사업`, `경제`, `만들`: syllables of number words, no number
  assert.deepEqual(values('이번 사업은 경제를 만들었다'), [])
  // a lone 만 needs a word that allows it (`근`, `약` …)
  assert.deepEqual(values('그는 만 명을 말했다'), [])
  // inside a word a number syllable starts nothing
  assert.deepEqual(values('주이틀'), [])
})

test('number digits: long runs, thousands groups and decimals keep the value of their digits', () => {
  const value = (text: string) => scanAtoms(text)[0]!.value
  assert.equal(value('1,234,567명'), 1234567)
  assert.equal(value('123456789012345 원'), 123456789012345)
  assert.equal(value('1234567890123456789 원'), Number('1234567890123456789'))
  assert.equal(value('1,234.5 달러'), 1234.5)
  assert.equal(value('0.1 %'), 0.1)
})

test('change windows: a text whose figures are no quantities gets no change, a later quantity does', () => {
  const [year] = extractFigures('2021년 매출이 증가했다.')
  assert.equal(year!.kind, 'year')
  assert.equal(year!.change, null)
  const hits = extractFigures('2021년 매출은 30% 증가했다.')
  assert.equal(hits.find((h) => h.kind === 'percent')!.change, 'increase')
})

/** A small deterministic generator, so a failure can be replayed. */
test('figure scan: a decimal has the value `Number` reads from its digits, long or short', () => {
  const random = generator(7)
  const digits = (n: number): string => Array.from({length: n}, () => String(Math.floor(random() * 10))).join('')
  for (let k = 0; k < 3000; k++) {
    const whole = String(1 + Math.floor(random() * 9)) + digits(Math.floor(random() * 9))
    const grouped = random() < 0.3 ? `${whole},${digits(3)}` : whole
    const written = `${grouped}.${digits(1 + Math.floor(random() * 10))}`
    const atoms = scanAtoms(`매출 ${written}% 증가`)
    assert.equal(atoms.length, 1, written)
    assert.ok(Object.is(atoms[0]!.value, Number(written.replaceAll(',', ''))), written)
  }
})

test('figure events: every break and bracket before the end the later passes read, and the last one before a position', () => {
  const random = generator(11)
  const alphabet = [...'가나 다(라)마.바,사\n아 자1 2고,']
  const quantity = (start: number, end: number) => ({start, end, kind: 'money'}) as Draft
  for (let k = 0; k < 2000; k++) {
    const text = Array.from({length: 5 + Math.floor(random() * 60)}, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    const start = Math.floor(random() * text.length)
    const end = Math.min(text.length, start + Math.floor(random() * 8))
    const events = readEvents(text, [quantity(start, end)])
    // the window pass reads up to the change gap after the last quantity
    const to = Math.min(text.length, Math.max(end + CHANGE_MAX_GAP + 1, start))
    assert.equal(events.windowEnd, Math.min(text.length, end + CHANGE_MAX_GAP + 1), JSON.stringify(text))
    const breaks: number[] = []
    const brackets: number[] = []
    for (let i = 0; i < to; i++) {
      if (isBreak(text, i) > 0) breaks.push(i)
      if (text[i] === '(' || text[i] === ')') brackets.push(i)
    }
    assert.deepEqual(events.breaks, breaks, JSON.stringify(text))
    assert.deepEqual(events.brackets, brackets, JSON.stringify(text))
    for (let step = 0; step < 8; step++) {
      const pos = Math.floor(random() * (to + 1))
      const floor = random() < 0.1 ? Math.floor(random() * text.length) : Math.max(0, pos - Math.floor(random() * 30))
      let plain = -1
      for (let i = pos - 1; i >= floor && plain < 0; i--) if (breaks.includes(i)) plain = i
      assert.equal(lastBefore(events.breaks, pos, floor), plain, `${JSON.stringify(text)} ${pos} ${floor}`)
    }
  }
  const none = readEvents('가. 나(다)', [{start: 0, end: 1, kind: 'date'} as Draft])
  assert.deepEqual(none.breaks, [], 'no quantity, no events')
  assert.equal(none.windowEnd, 0, 'no quantity, no window pass')
})
