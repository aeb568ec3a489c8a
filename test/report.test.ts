/** The HTML report without a browser: placing records, the adapter, charts, the command's files and errors. */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {adaptDocument} from '../src/report/adapter.js'
import {niceTicks, renderChart, formatNumber} from '../src/report/chart.js'
import {renderIssuePage} from '../src/report/issue-page.js'
import {locate, placeRecords} from '../src/report/place.js'
import type {TextUnit} from '../src/report/model.js'
import {corpus} from './support/paths.js'
import {kic} from './support/run.js'

const sample = join(corpus, '287.txt')
const temporary = await mkdtemp(join(tmpdir(), 'kic-report-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

const unit = (id: string, text: string, start: number | null, end: number | null = null): TextUnit => ({id, text, start, end, line: null, lang: 'ko', marks: []})

test('locate: the occurrence nearest the estimate, a free one before a taken one, the estimate when absent', () => {
  const text = '2021년 매출 2021년 이익 2021년'
  assert.deepEqual(locate(text, '2021년', 12, 5), [9, 14])
  assert.deepEqual(locate(text, '2021년', 0, 5), [0, 5])
  assert.deepEqual(locate(text, '2021년', 12, 5, new Set([9])), [18, 23])
  assert.deepEqual(locate(text, '없음', 4, 2), [4, 6])
  assert.deepEqual(locate(text, '없음', 400, 2), [text.length, text.length])
})

test('placeRecords: a record goes to the cell or item its offset falls in; a block not shown leaves it unplaced', () => {
  const cells = [unit('9/1.1/t1/r1c1', '매출 10%', 100, 106), unit('9/1.1/t1/r1c2', '이익 10%', 107, 113)]
  const title = unit('9/1.1', '화웨이(华为) 실적', 50, 60)
  const paragraph = unit('9/1.1/p1', '화웨이(华为)는 10% 늘었다.', 70, 90)
  const unplaced = placeRecords(
    [title, paragraph, ...cells],
    [
      {kind: 'figure', index: 0, block: '9/1.1/t1', offset: 110, length: 3, surface: '10%'},
      {kind: 'figure', index: 1, block: '9/1.1/t1', offset: 103, length: 3, surface: '10%'},
      {kind: 'term', index: 0, block: '9/1.1', offset: 50, length: 7, surface: '화웨이'},
      {kind: 'term', index: 1, block: '9/1.1/p1', offset: 70, length: 7, surface: '화웨이'},
      {kind: 'figure', index: 2, block: '9/masthead', offset: 5, length: 10, surface: '2022.07.13'}
    ]
  )
  assert.deepEqual(cells[0]!.marks, [{kind: 'figure', index: 1, start: 3, end: 6}])
  assert.deepEqual(cells[1]!.marks, [{kind: 'figure', index: 0, start: 3, end: 6}])
  assert.deepEqual(title.marks, [{kind: 'term', index: 0, start: 0, end: 7}])
  assert.deepEqual(paragraph.marks, [{kind: 'term', index: 1, start: 0, end: 7}])
  assert.deepEqual(unplaced, [{kind: 'figure', index: 2, start: 0, end: 0}])
})

test('placeRecords: offsets past dropped markup are scaled to the text (cell HTML)', () => {
  // Source `<ul><li>a 5개</li><li>b 5개</li></ul>` (34 chars; `5개` at 10 and 23) shown as `a 5개\nb 5개`.
  const cell = unit('9/1.1/t1/r1c1', 'a 5개\nb 5개', 0, 34)
  placeRecords([cell], [
    {kind: 'figure', index: 1, block: '9/1.1/t1', offset: 10, length: 2, surface: '5개'},
    {kind: 'figure', index: 0, block: '9/1.1/t1', offset: 23, length: 2, surface: '5개'}
  ])
  // Unscaled, offset 10 would be nearer the second `5개` (index 7) than the first (index 2).
  assert.deepEqual(cell.marks.map((mark) => [mark.index, mark.start]), [[1, 2], [0, 7]])
})

test('adapter: reads the newer contract (numeric values, ISO date/start/end, row/col) and the older one', () => {
  const position = (start: number, end: number) => ({start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
  const document = {
    schema: 'kic/2',
    issue: {number: 9, date: '2024-01-03', title: '주간 중국 창업'},
    sections: [{id: '9/1', title: null, articles: [{id: '9/1.1', number: 1, title: '제목', position: position(0, 40), blocks: [
      {id: '9/1.1/p1', type: 'paragraph', text: '2023년 5월 1일부터 3일까지 12.5억 위안', lang: 'ko', position: position(3, 40)}
    ]}]}],
    terms: [],
    figures: [
      {id: 'f1', block: '9/1.1/p1', text: '2023년 5월 1일', value: null, date: '2023-05-01', unit: null, kind: 'date', position: position(3, 15)},
      {id: 'f2', block: '9/1.1/p1', text: '12.5억 위안', value: 1_250_000_000, unit: '위안', kind: 'money', row: null, col: null, article: '9/1.1', articleTitle: '제목', position: position(24, 33)},
      {id: 'f3', block: '9/1.1/p1', text: '1일부터 3일까지', value: null, start: '2023-05-01', end: '2023-05-03', kind: 'date_range', position: position(11, 20)},
      {id: 'f4', block: '9/1.1/p1', text: '2023년', value: '2023', kind: 'year', position: position(3, 8)}
    ],
    diagnostics: []
  }
  const issue = adaptDocument(document, '9')
  assert.deepEqual(issue.figures.map((figure) => [figure.value, figure.display]), [
    [null, '2023-05-01'],
    [1_250_000_000, '1250000000'],
    [null, '2023-05-01/2023-05-03'],
    [null, '2023']
  ])
  const paragraph = issue.sections[0]!.articles[0]!.blocks[0]!
  assert.equal(paragraph.type, 'paragraph')
  assert.equal(paragraph.type === 'paragraph' && paragraph.text.marks.length, 4)
})

test('issue page: one highlight per term and figure of the sample; text and records escaped', async () => {
  const document = JSON.parse(kic(['parse', sample, '-q']).stdout)
  const html = renderIssuePage(adaptDocument(document, '287'), {inline: true, css: '', script: ''})
  assert.equal(html.match(/<mark class="term/g)?.length, document.terms.length)
  assert.equal(html.match(/<mark class="fig"/g)?.length, document.figures.length)
  // Every mark is closed, and no record is split across blocks.
  assert.equal(html.match(/<mark /g)?.length, html.match(/<\/mark>/g)?.length)

  const hostile = kic(['parse', '-', '-q'], {input: '1. 【산업분석】 <script>alert(1)</script> 화웨이(华为) 10억 위안\n\n본문 <img src=x onerror=alert(1)> 10% 증가\n'})
  const page = renderIssuePage(adaptDocument(JSON.parse(hostile.stdout), 'x'), {inline: true, css: '', script: ''})
  assert.doesNotMatch(page, /<script>alert|<img src=x/)
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
})

test('chart: one point per value, axis ticks round, text escaped, a table row per point', () => {
  assert.deepEqual(niceTicks(0, 45, 5), [0, 10, 20, 30, 40, 50])
  assert.deepEqual(niceTicks(0, 0.3, 3), [0, 0.1, 0.2, 0.3])
  assert.equal(formatNumber(1234567.891), '1,234,567.89')
  assert.equal(formatNumber(-25000), '-25,000')
  assert.equal(formatNumber(12.5), '12.5')
  const points = [3, 1, 4, 1, 5].map((y, index) => ({date: `2024-01-0${index + 1}`, issue: index + 1, y, label: `<b>${y}`, href: null}))
  const svg = renderChart({id: 'c', title: '매출 <위안>', unit: '위안', series: [{name: 's', points}], lines: true})
  assert.equal(svg.match(/<circle class="pt/g)?.length, 5)
  assert.equal(svg.match(/<tr><td>/g)?.length, 5)
  assert.doesNotMatch(svg, /<b>|<위안>/)
  assert.match(svg, /role="img" aria-labelledby="c-title c-desc"/)
})

test('kic report of one issue: the site files; a second run replaces the report; a foreign folder is refused', async () => {
  const out = join(temporary, 'one')
  const first = kic(['report', sample, '-o', out, '-q'])
  assert.equal(first.status, 0, first.stderr)
  const files = await readdir(out, {recursive: true})
  for (const name of ['index.html', 'glossary.html', 'figures.html', 'assets/report.css', 'assets/report.js', 'issues/287.html', 'kic-report.json']) {
    assert.ok(files.includes(name), `${name} in ${files.join(' ')}`)
  }
  // Everything a page loads is in the folder: relative links only, no http(s) style, script or font.
  for (const name of files.filter((each) => each.endsWith('.html'))) {
    const html = await readFile(join(out, name), 'utf8')
    assert.doesNotMatch(html, /<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?\/\//, name)
    assert.doesNotMatch(html, /@import|url\(\s*['"]?https?:/, name)
  }
  const second = kic(['report', sample, '-o', out, '-q'])
  assert.equal(second.status, 0, second.stderr)
  assert.deepEqual((await readdir(temporary)).filter((name) => name.startsWith('.')), [], 'no temporary folder left')

  const foreign = join(temporary, 'foreign')
  await mkdir(foreign)
  await writeFile(join(foreign, 'notes.txt'), 'mine')
  const refused = kic(['report', sample, '-o', foreign])
  assert.equal(refused.status, 1)
  assert.match(refused.stderr, /foreign error the output folder is not empty and is not a kic report \(output-report\)/)
  assert.equal(await readFile(join(foreign, 'notes.txt'), 'utf8'), 'mine')
})

test('kic report: a folder that is not a batch output, and a bad issue JSON in a batch folder', async () => {
  const plain = join(temporary, 'plain')
  await mkdir(plain)
  const missing = kic(['report', plain, '-o', join(temporary, 'r1')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /plain error a folder without manifest\.json \(input-report\)\n  hint: give a `kic batch` output folder/)

  const batch = join(temporary, 'batch')
  const converted = kic(['batch', sample, '-o', batch, '-q'])
  assert.equal(converted.status, 0, converted.stderr)
  const manifest = JSON.parse(await readFile(join(batch, 'manifest.json'), 'utf8'))
  manifest.inputs.push({...manifest.inputs[0], path: 'broken.txt', issue: 1, output: 'issues/1.json'}, {...manifest.inputs[0], path: '../../etc', output: '../../etc/passwd'})
  await writeFile(join(batch, 'manifest.json'), JSON.stringify(manifest))
  await writeFile(join(batch, 'issues', '1.json'), '{"schema": "kic/1", "issue":')
  const report = join(temporary, 'r2')
  const run = kic(['report', batch, '-o', report, '-q'])
  assert.equal(run.status, 1)
  assert.match(run.stderr, /issues\/1\.json error not JSON/)
  const index = await readFile(join(report, 'index.html'), 'utf8')
  assert.match(index, /issues\/287\.html/)
  assert.match(index, /unexpected output name/)
  assert.match(index, /1\.json/)
})

test('kic export --to html: one file with style and script inlined', () => {
  const run = kic(['export', sample, '--to', 'html', '-q'])
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /^<!doctype html>/)
  assert.match(run.stdout, /<style>[^<]*mark\.term/)
  assert.doesNotMatch(run.stdout, /<link |<script src=/)
  const bad = kic(['export', join(temporary, 'none.json'), '--to', 'html'])
  assert.equal(bad.status, 1)
  assert.match(bad.stderr, /none\.json error no such file/)
})
