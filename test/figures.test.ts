import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {extractDrafts, extractFigures} from '../src/figures/extract.js'
import {fixtures} from './support/paths.js'
import {wordIndex, words} from '../src/figures/chars.js'
import {goldTextPath, loadGold, runKicDocument, runKicLines, score} from './eval/figures.js'

const ISSUE_DATE = '2022-07-13'
const dir = join(fixtures, 'figures')

/** Each fixture: input.txt (one block per line) + expected.tsv (line, text, kind, value, unit, qualifier, change, basis, subject), subjects included. */
for (const name of readdirSync(dir)) {
  test(`figures fixture: ${name}`, () => {
    const lines = readFileSync(join(dir, name, 'input.txt'), 'utf8').split('\n')
    const actual: string[] = []
    lines.forEach((line, i) => {
      if (!line.trim()) return
      for (const h of extractFigures(line, {issueDate: ISSUE_DATE})) {
        actual.push([i + 1, h.text, h.kind, h.value, h.unit ?? '', h.qualifier ?? '', h.change ?? '', h.basis ?? '', h.subject ?? ''].join('\t'))
      }
    })
    const expected = readFileSync(join(dir, name, 'expected.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.split('\t').slice(0, 9).join('\t'))
    assert.deepEqual(actual, expected)
  })
}

test('compound 억 + 만 and 만 + 천', () => {
  const [a] = extractFigures('총 수익 968 억 8600 만 위안')
  assert.equal(a!.value, 96886000000)
  assert.equal(a!.unit, 'CNY')
  assert.equal(a!.kind, 'money')
  assert.equal(extractFigures('12만 5천 명')[0]!.value, 125000)
  assert.equal(extractFigures('3조2천억 원')[0]!.value, 3.2e12)
})

test('a date without a year takes the issue year and says so', () => {
  const [d] = extractFigures('지난 6월 24일 개최', {issueDate: ISSUE_DATE})
  assert.equal(d!.value, '2022-06-24')
  assert.equal(d!.yearInferred, true)
  const [x] = extractFigures('지난 6월 24일 개최')
  assert.equal(x!.value, 'XXXX-06-24')
  assert.equal(x!.yearInferred, undefined)
})

test('respectively-lists give each value its own subject', () => {
  const hits = extractFigures('디지털 산업화, 산업 디지털화, 디지털 거버넌스 지수는 각각 55.8, 62.6, 12.5로 전년 동기 대비 각각 28.3%, 3.8%, 23.8% 증가했다.')
  assert.deepEqual(
    hits.map((h) => [h.value, h.subject, h.change, h.basis]),
    [
      [55.8, '디지털 산업화 지수', null, null],
      [62.6, '산업 디지털화 지수', null, null],
      [12.5, '디지털 거버넌스 지수', null, null],
      [28.3, '디지털 산업화 지수', 'increase', 'yoy'],
      [3.8, '산업 디지털화 지수', 'increase', 'yoy'],
      [23.8, '디지털 거버넌스 지수', 'increase', 'yoy'],
    ],
  )
})

test('texts extracted in turn share no state: the same figures in either order, and the drafts are the hits', () => {
  // extraction keeps nothing from one text for the next (a reader or window shared across texts and left filled would show here)
  const lines = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name, 'input.txt'), 'utf8').split('\n').filter((l) => l.trim()))
  const run = (order: string[]) => new Map(order.map((line) => [line, JSON.stringify(extractFigures(line, {issueDate: ISSUE_DATE}))]))
  const forward = run(lines)
  const backward = run([...lines].reverse())
  assert.ok(lines.length > 20)
  for (const line of lines) assert.equal(backward.get(line), forward.get(line), line)
  const fields = ['start', 'end', 'text', 'value', 'unit', 'kind', 'qualifier', 'change', 'basis', 'subject'] as const
  for (const line of lines) {
    const drafts = extractDrafts(line, {issueDate: ISSUE_DATE}).map((d) => {
      const hit: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, d[f]]))
      if (d.yearInferred) hit['yearInferred'] = true
      return hit
    })
    assert.equal(JSON.stringify(drafts), forward.get(line), line)
  }
})

test('a table cell takes subject, unit and change from its headers', () => {
  const [m] = extractFigures('1,201.7', {subject: 'BYD 매출(억 위안)'})
  assert.deepEqual([m!.value, m!.unit, m!.kind, m!.subject], [120170000000, 'CNY', 'money', 'BYD 매출(억 위안)'])
  const [p] = extractFigures('-3.5', {subject: 'NIO 증가율(%)'})
  assert.deepEqual([p!.value, p!.unit, p!.change], [-3.5, '%', 'decrease'])
  const [c] = extractFigures('8.42 억 명', {subject: '규모 인터넷쇼핑 사용자 수'})
  assert.deepEqual([c!.value, c!.unit, c!.subject], [842000000, '명', '규모 인터넷쇼핑 사용자 수'])
})

test('list markers, captions, names, phones and per-capita are not figures', () => {
  for (const s of ['1) 실시 배경', '2. 텐센트 STAC', '① 혁신 역량', '사진 3) 출처', 'Born2Global', 'K-Demo Day 5G A380 Top5 L1', '전화: +86-10-6780-8840', '1 인당 유제품 소비량', '청사진 2.0>']) {
    assert.deepEqual(extractFigures(s), [], s)
  }
})

test('linear time: 1 MB of digits, spaces and Hangul', () => {
  const unit = '1 2,3 억 만 조 4.5 % 명 가 나 ~ - 2022 년 6 월 각각 '
  const cases: Array<[string, string]> = [
    ['digits', '1'.repeat(1_000_000)],
    ['hangul', '가'.repeat(1_000_000)],
    ['spaces', ' '.repeat(1_000_000)],
    ['multipliers', '억 '.repeat(500_000)],
    // a quarter megabyte of dense figures: a quadratic pass would take minutes here
    ['mixed', unit.repeat(Math.ceil(250_000 / unit.length))],
    ['spaced digits', '1 '.repeat(125_000)],
    ['commas', '1,'.repeat(125_000)],
  ]
  for (const [name, text] of cases) {
    const t0 = performance.now()
    extractFigures(text)
    const ms = performance.now() - t0
    // linear: well under a second on an idle machine; the bound leaves room for loaded CI runners
    assert.ok(ms < 8000, `${name} took ${ms.toFixed(0)} ms`)
  }
})

test('gold: sample issue and held-out report stay above the targets', () => {
  for (const name of ['287', 'report'] as const) {
    const gold = loadGold(name)
    const s = score(name, runKicLines(gold.text), gold)
    assert.ok(s.precision >= 0.97, `${name} precision ${s.precision}`)
    assert.ok(s.recall >= 0.95, `${name} recall ${s.recall}`)
    assert.equal(s.notFigureViolations, 0)
  }
})

test('gold through the parsed document: the same targets', async () => {
  for (const name of ['287', 'report'] as const) {
    const gold = loadGold(name)
    const s = score(name, await runKicDocument(goldTextPath(name)), gold)
    assert.ok(s.precision >= 0.97, `${name} precision ${s.precision}`)
    assert.ok(s.recall >= 0.95, `${name} recall ${s.recall}`)
    assert.equal(s.notFigureViolations, 0)
  }
})

test('word index: longest match at, ending at and next from a position', () => {
  const index = wordIndex(words(['전년', '전년 대비', '대비', '$', 'US$']))
  assert.equal(index.at('전년 대비 3%', 0)?.word, '전년 대비')
  assert.equal(index.at('전년보다', 0)?.word, '전년')
  assert.equal(index.at('작년', 0), null)
  assert.equal(index.at('전', 5), null)
  assert.equal(index.ending('US$ 5', 3)?.word, 'US$')
  assert.equal(index.ending('$', 0), null)
  assert.equal(index.next('올해 대비 전년', 0), 3)
  assert.equal(index.next('올해 대비 전년', 4), 6)
  assert.equal(index.next('올해', 0), -1)
  assert.deepEqual(index.all('전년 대비', 0).map((e) => e.word), ['전년 대비', '전년'])
})

test('figure modules import each other without a cycle', () => {
  const src = join(fixtures, '..', 'src', 'figures')
  const graph = new Map<string, string[]>()
  for (const f of readdirSync(src).filter((n) => n.endsWith('.ts'))) {
    const body = readFileSync(join(src, f), 'utf8')
    const deps = [...body.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `${m[1]}.ts`)
    graph.set(f, deps)
  }
  const state = new Map<string, 'open' | 'done'>()
  const visit = (f: string, path: string[]): void => {
    if (state.get(f) === 'done') return
    assert.notEqual(state.get(f), 'open', `import cycle: ${[...path, f].join(' → ')}`)
    state.set(f, 'open')
    for (const d of graph.get(f) ?? []) visit(d, [...path, f])
    state.set(f, 'done')
  }
  for (const f of graph.keys()) visit(f, [])
  assert.ok(graph.has('draft.ts') && graph.has('sentence.ts'))
})

test('number grammar: every magnitude sequence composes', () => {
  const cases: Array<[string, number]> = [
    ['9천55개', 9055],
    ['1만3천340대', 13340],
    ['72억7천600만위안', 7276000000],
    ['약 178조9천729억원', 178972900000000],
    ['1천 770여억달러', 177000000000],
    ['3억 이천만 원', 320000000],
    ['2경 3천조 원', 2.3e16],
    ['45 万亿元', 4.5e13],
  ]
  for (const [text, value] of cases) assert.equal(extractFigures(text)[0]?.value, value, text)
})

test('a table cell takes its header as subject unless it is prose: over 40 characters and six words with two letters in a row', () => {
  const subjects = (text: string) => extractFigures(text, {subject: '증가율'}).map((h) => h.subject)
  // 40 characters: not prose
  assert.deepEqual(subjects('중국 전기차 판매량은 올해 상반기에 전년 대비 크게 늘어 30% 증가했다'), ['증가율'])
  // 41 characters: prose, the sentence names its own subject
  assert.deepEqual(subjects('중국의 전기차 판매량은 올해 상반기에 전년 대비 크게 늘어 30% 증가했다'), ['중국의 전기차 판매량'])
  // long, but words of one letter or digits only
  assert.deepEqual(subjects('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 가 30%'), ['증가율'])
})
