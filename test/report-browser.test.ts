/**
 * The HTML report in a real browser (system Chromium through playwright-core):
 * pages open from file:// with no console errors and no network requests;
 * highlights match the document's records; the glossary search and filters
 * hide rows; a subject's chart has one point per figure. Screenshots are kept
 * in test-artifacts/ (not committed). Skipped, with a notice, when no
 * Chromium is installed.
 */
import {after, before, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {makeArchive} from './support/archive.js'
import {findChromium, launch, watchedPage, type Watched} from './support/browser.js'
import {readCsvObjects} from './support/csv.js'
import {corpus, root} from './support/paths.js'
import {kic} from './support/run.js'

const chromium = findChromium()
const skip = chromium ? false : 'no Chromium found (install Debian `chromium`, or set KIC_CHROMIUM): browser tests skipped'
if (!chromium) process.stderr.write(`\n*** NOTICE: ${skip} ***\n\n`)

const artifacts = join(root, 'test-artifacts')
const sample = join(corpus, '287.txt')
let temporary = ''
let browser: Browser | undefined
const opened: Watched[] = []

before(async () => {
  if (!chromium) return
  temporary = await mkdtemp(join(tmpdir(), 'kic-report-browser-'))
  await mkdir(artifacts, {recursive: true})
  browser = await launch(chromium)
})

after(async () => {
  await browser?.close()
  if (temporary) await rm(temporary, {recursive: true, force: true})
})

async function open(path: string): Promise<Watched> {
  const watched = await watchedPage(browser!)
  opened.push(watched)
  await watched.page.goto(pathToFileURL(path).href, {waitUntil: 'load'})
  return watched
}

function clean(watched: Watched) {
  assert.deepEqual(watched.errors, [], 'console errors')
  assert.deepEqual(watched.network, [], 'requests other than file://')
}

test('export --to html: one self-contained page whose highlights are the document’s terms and figures', {skip}, async () => {
  const document = JSON.parse(kic(['parse', sample, '-q']).stdout)
  const out = join(temporary, '287.html')
  const run = kic(['export', sample, '--to', 'html', '-q', '-o', out])
  assert.equal(run.status, 0, run.stderr)
  const html = await readFile(out, 'utf8')
  assert.doesNotMatch(html, /<(?:script|link)[^>]+(?:src|href)=/, 'no linked script or style sheet')

  const watched = await open(out)
  const {page} = watched
  const terms = await page.$$eval('mark.term', (marks) => marks.map((mark) => mark.id))
  const figures = await page.$$eval('mark.fig', (marks) => marks.map((mark) => mark.id))
  assert.equal(terms.length, document.terms.length)
  assert.equal(figures.length, document.figures.length)
  assert.deepEqual(terms.slice().sort(), document.terms.map((term: {id: string}) => term.id).sort())
  assert.deepEqual(figures.slice().sort(), document.figures.map((figure: {id: string}) => figure.id).sort())
  // Each figure highlight holds the figure's own text.
  const texts = await page.$$eval('mark.fig', (marks) => Object.fromEntries(marks.map((mark) => [mark.id, mark.textContent])))
  const misplaced = document.figures.filter((figure: {id: string; text: string}) => !texts[figure.id]!.startsWith(figure.text))
  assert.deepEqual(misplaced, [])

  // Keyboard: Tab reaches a highlight and its record shows.
  const first = document.terms.find((term: {chinese: string | null}) => term.chinese)
  await page.focus(`[id="${first.id}"]`)
  const tip = await page.locator('#tip')
  assert.equal(await tip.isVisible(), true)
  const shown = await tip.innerText()
  assert.ok(shown.includes(first.korean) && shown.includes(first.chinese), shown)
  await page.keyboard.press('Escape')
  assert.equal(await tip.isVisible(), false)
  // Hover on a figure shows its value and unit.
  const figure = document.figures.find((each: {unit: string | null; subject: string | null}) => each.unit && each.subject)
  await page.hover(`[id="${figure.id}"]`)
  const figureTip = await tip.innerText()
  assert.ok(figureTip.includes(figure.unit) && figureTip.includes(figure.subject), figureTip)

  // Diagnostics link to an element of the page.
  const targets = await page.$$eval('#diagnostics a[href^="#"]', (links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1))))
  assert.ok(targets.length >= document.diagnostics.length - 1, `${targets.length} diagnostic links`)
  for (const id of targets) assert.ok(await page.$(`[id="${id}"]`), `no element ${id}`)
  assert.ok(await page.$('[lang="zh"]'), 'Chinese text is tagged lang="zh"')
  await page.screenshot({path: join(artifacts, 'issue-287.png'), fullPage: false})
  clean(watched)
})

test('report of a 20-issue batch: index, glossary search and filters, subject chart; no errors, no network', {skip}, async () => {
  const archive = join(temporary, 'archive')
  const batch = join(temporary, 'out')
  const report = join(temporary, 'report')
  await makeArchive(archive, 20)
  const converted = kic(['batch', archive, '-o', batch, '-q', '--jobs', '2'])
  assert.equal(converted.status, 0, converted.stderr)
  const made = kic(['report', batch, '-o', report, '-q'])
  assert.equal(made.status, 0, made.stderr)

  // Index: 20 issues by date, each linking to its page.
  const index = await open(join(report, 'index.html'))
  const dates = await index.page.$$eval('#issues tbody tr td:first-child', (cells) => cells.map((cell) => cell.textContent))
  assert.equal(dates.length, 20)
  assert.deepEqual(dates, dates.slice().sort())
  assert.equal(await index.page.locator('#counts circle.pt').count(), 40, 'a term and a figure count per issue')
  await index.page.screenshot({path: join(artifacts, 'index.png')})
  clean(index)

  // An issue page of the batch: highlights equal the issue's JSON records.
  const issueJson = JSON.parse(await readFile(join(batch, 'issues', '7.json'), 'utf8'))
  const issue = await open(join(report, 'issues', '7.html'))
  assert.equal(await issue.page.locator('mark.term').count(), issueJson.terms.length)
  assert.equal(await issue.page.locator('mark.fig').count(), issueJson.figures.length)
  clean(issue)

  // Glossary: the batch's glossary.csv is the reference for rows and flags.
  const glossaryCsv = readCsvObjects(await readFile(join(batch, 'glossary.csv'), 'utf8'))
  const glossary = await open(join(report, 'glossary.html'))
  const {page} = glossary
  const visible = () => page.locator('#glossary tbody tr:not([hidden])').count()
  assert.equal(await visible(), glossaryCsv.length)
  const probe = glossaryCsv.find((row) => row.chinese && row.korean.length >= 2)!
  await page.fill('#q', probe.korean)
  const expected = glossaryCsv.filter((row) => [row.korean, row.chinese, row.koreanVariants].some((field) => field.includes(probe.korean))).length
  assert.ok(expected >= 1 && expected < glossaryCsv.length)
  assert.equal(await visible(), expected)
  assert.equal(await page.locator('#shown').innerText(), `${expected} / ${glossaryCsv.length}`)
  await page.fill('#q', '')
  const flag = 'nonstandard-spelling'
  await page.selectOption('#flag', flag)
  assert.equal(await visible(), glossaryCsv.filter((row) => row.flags.split(';').includes(flag)).length)
  await page.selectOption('#flag', '')
  await page.selectOption('#category', 'person')
  assert.equal(await visible(), glossaryCsv.filter((row) => row.category === 'person').length)
  await page.selectOption('#category', '')
  await page.fill('#min', '40')
  assert.equal(await visible(), glossaryCsv.filter((row) => Number(row.count) >= 40).length)
  await page.fill('#min', '1')
  // Keyboard: `/` jumps to the search box.
  await page.evaluate('document.activeElement.blur()')
  await page.keyboard.press('/')
  assert.equal(await page.evaluate('document.activeElement.id'), 'q')
  await page.screenshot({path: join(artifacts, 'glossary.png')})
  // An entry links to its occurrences, each an anchor on an issue page.
  const link = page.locator('#glossary tbody tr', {hasText: probe.korean}).first().locator('a')
  await link.click()
  const occurrences = await page.locator('#occurrences tbody tr').count()
  assert.equal(occurrences, Number(glossaryCsv.find((row) => row.key === probe.key)!.count))
  clean(glossary)

  // Chart: the subject with the most amounts in figures.csv (numbers that are not dates, years or ordinals); one point each.
  const figures = readCsvObjects(await readFile(join(batch, 'figures.csv'), 'utf8'))
  const bySubject = new Map<string, number>()
  for (const row of figures) {
    if (!row.subject || row.value === '' || Number.isNaN(Number(row.value)) || ['date', 'date_range', 'year', 'period', 'ordinal'].includes(row.kind!)) continue
    const subject = row.subject.replace(/\s+/g, ' ').trim()
    bySubject.set(subject, (bySubject.get(subject) ?? 0) + 1)
  }
  const [subject, count] = [...bySubject].sort((a, b) => b[1] - a[1])[0]!
  const list = await open(join(report, 'figures.html'))
  await list.page.locator('#subjects a', {hasText: subject}).first().click()
  assert.equal(await list.page.locator('svg circle.pt').count(), count)
  assert.equal(await list.page.locator('details.data tbody tr').count(), count, 'one table row per point')
  const axis = await list.page.locator('svg text[transform]').first().textContent()
  assert.ok(axis && axis.length > 0, 'unit on the axis')
  await list.page.screenshot({path: join(artifacts, 'chart.png')})
  clean(list)

  for (const watched of opened) clean(watched)
})
