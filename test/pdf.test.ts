import {test} from 'node:test'
import assert from 'node:assert/strict'
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {processPath} from '../src/pipeline.js'
import {isKicError} from '../src/errors.js'
import type {KicDocument} from '../src/emit/document.js'
import {validateDocument} from './support/schema.js'
import {kic} from './support/run.js'
import {bin, corpus, fixtures} from './support/paths.js'

const pdfs = join(fixtures, 'pdf')

/** What must not change between the text and a PDF of it: sections, articles, ToC, tables (rows × columns), captions, notes, source lists. */
function structure(document: KicDocument) {
  const articles = document.sections.flatMap((section) => section.articles)
  const blocks = (type: string) =>
    articles.flatMap((article) => article.blocks.filter((block) => block.type === type).map((block) => ({article: article.id, block: block as never as Record<string, unknown>})))
  return {
    issue: [document.issue.title, document.issue.number, document.issue.date],
    sections: document.sections.map((section) => section.title),
    articles: articles.map((article) => [article.id, article.title, article.category, article.page, article.source?.name ?? null]),
    toc: document.toc.map((entry) => [entry.section, entry.title, entry.page, entry.articleId]),
    tables: blocks('table').map(({article, block}) => {
      const rows = block.rows as unknown[][]
      return `${article} ${rows.length}×${Math.max(...rows.map((row) => row.length))}`
    }),
    captions: blocks('caption').map(({article, block}) => `${article} ${block.kind} ${block.number} ${block.imageOnly}`),
    notes: blocks('note').map(({article, block}) => `${article} ${block.term}`),
    sources: blocks('sources').map(({article, block}) => `${article} ${(block.items as unknown[]).length}`)
  }
}

const layouts: Array<[string, RegExp, string]> = [
  // producer and layout, its page numbers, its running header
  ['chromium', /page numbers `- ?1 ?-`/, 'KIC China · Weekly China Startup'],
  ['writer', /page numbers `- ?1 ?-`/, 'KIC China · Weekly China Startup'],
  // Letter paper, justified, paragraphs set solid with a first-line indent, `N / M` at the right.
  ['chromium-tight', /page numbers `1 \/ \d+`/, '주간 중국 창업 · KIC 중국']
]

for (const [producer, numbers, header] of layouts) {
  test(`a PDF of 287 printed by ${producer} has the structure of the text`, async () => {
    const text = (await processPath(join(corpus, '287.txt'))).document
    const pdf = (await processPath(join(pdfs, `287-${producer}.pdf`))).document
    assert.deepEqual(structure(pdf), structure(text))
    assert.equal(structure(pdf).tables.length, 3)
    assert.deepEqual(validateDocument(pdf), [])
    assert.equal(pdf.source?.format, 'pdf')
    assert.ok((pdf.source?.pages ?? 0) > 20)

    // Running header and page numbers: removed, reported once each.
    const furniture = pdf.diagnostics.filter((d) => d.ruleId === 'page-furniture')
    assert.equal(furniture.length, 2)
    assert.ok(furniture.some((d) => numbers.test(d.message)), furniture.map((d) => d.message).join('\n'))
    assert.ok(furniture.some((d) => d.message.includes(`\`${header}\``)))
    const texts = JSON.stringify(pdf.sections)
    assert.ok(!texts.includes(header))
    // The page break printed mid-sentence is rejoined.
    assert.ok(pdf.diagnostics.some((d) => d.ruleId === 'page-break-join' && d.message.includes('`현실`')))

    // Records carry the page and box they come from.
    const article = pdf.sections[1].articles[0]
    const position = article.blocks[0].position as {page?: number; box?: {x: number; y: number; width: number; height: number}}
    assert.ok(position.page && position.page >= 8 && position.page <= 12, `page ${position.page}`)
    assert.ok(position.box && position.box.width > 100 && position.box.height > 5 && position.box.x >= 0 && position.box.y > 0)
    const first = pdf.toc[0].position as {page?: number}
    assert.equal(first.page, 1)
  })
}

test('Kangxi radicals from PDF fonts are normalised and counted', async () => {
  const pdf = (await processPath(join(pdfs, '287-chromium.pdf'))).document
  const report = pdf.diagnostics.find((d) => d.ruleId === 'cjk-compatibility')
  assert.ok(report, 'reported')
  assert.match(report.message, /normalised \d+ Kangxi radicals/)
  assert.ok(!/[\u2f00-\u2fdf]/.test(JSON.stringify({...pdf, diagnostics: []})))
  assert.equal(pdf.sections[0].articles[0].source?.chinese, '工业和信息化部')
})

test('a PDF is known by its bytes, whatever it is called', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'kic-pdf-'))
  try {
    const named = join(folder, 'issue.txt')
    await copyFile(join(pdfs, '287-writer.pdf'), named)
    const document = (await processPath(named)).document
    assert.equal(document.issue.number, 287)
    assert.equal(document.source?.format, 'pdf')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

const bad: Array<[string, string, RegExp]> = [
  ['encrypted.pdf', 'pdf-encrypted', /encrypted/],
  ['image-only.pdf', 'pdf-no-text', /no text layer/],
  ['truncated.pdf', 'pdf-truncated', /truncated/],
  ['damaged.pdf', 'pdf-damaged', /cannot be read/],
  ['not-a-pdf.pdf', 'pdf-not-pdf', /not a PDF/],
  ['garbage.pdf', 'pdf-not-pdf', /not a PDF/]
]

for (const [name, ruleId, message] of bad) {
  test(`bad PDF ${name}: one error (${ruleId})`, async () => {
    await assert.rejects(processPath(join(pdfs, name)), (error: unknown) => {
      assert.ok(isKicError(error))
      assert.equal(error.ruleId, ruleId)
      assert.match(error.message, message)
      assert.ok(error.hint)
      return true
    })
  })
}

test('kic parse: an image-only PDF says to run OCR, exit 1', () => {
  const run = kic(['parse', join(pdfs, 'image-only.pdf')])
  assert.equal(run.status, 1)
  assert.equal(run.stdout, '')
  assert.match(run.stderr, /image-only\.pdf error the PDF has no text layer .*\(pdf-no-text\)\n {2}hint: .*run OCR first/)
})

test('kic batch reads PDFs from folders; bad PDFs fail alone', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'kic-pdf-batch-'))
  try {
    const archive = join(folder, 'archive')
    await import('node:fs/promises').then((fs) => fs.mkdir(archive))
    await copyFile(join(pdfs, '287-writer.pdf'), join(archive, '287.pdf'))
    await copyFile(join(pdfs, 'encrypted.pdf'), join(archive, 'encrypted.pdf'))
    await copyFile(join(pdfs, 'not-a-pdf.pdf'), join(archive, 'text.pdf'))
    await writeFile(join(archive, 'notes.rtf'), 'not taken')
    const out = join(folder, 'out')
    const run = kic(['batch', archive, '-o', out, '--jobs', '1'])
    assert.equal(run.status, 1)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    const entries = (manifest.inputs ?? manifest.files ?? manifest) as Array<{path: string; status: string}>
    const statuses = Object.fromEntries(entries.map((entry) => [entry.path.split('/').pop(), entry.status]))
    assert.deepEqual(statuses, {'287.pdf': 'ok', 'encrypted.pdf': 'failed', 'text.pdf': 'failed'})
    const issue = JSON.parse(await readFile(join(out, 'issues', '287.json'), 'utf8'))
    assert.equal(issue.sections.length, 3)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('text input never loads the PDF reader', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'kic-hook-'))
  try {
    // A module hook that names every PDF module resolved.
    await writeFile(join(folder, 'hook.mjs'), "export async function resolve(specifier, context, next) { if (/^unpdf|pdfjs|^\\.{1,2}\\/(?:.*\\/)?pdf\\//.test(specifier)) process.stderr.write('loaded ' + specifier + '\\n'); return next(specifier, context) }\n")
    await writeFile(join(folder, 'register.mjs'), `import {register} from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(folder, 'hook.mjs')).href)})\n`)
    const run = (file: string) => spawnSync(process.execPath, ['--import', join(folder, 'register.mjs'), bin, 'parse', file, '-q', '-o', join(folder, 'out.json')], {encoding: 'utf8'})
    const text = run(join(corpus, '287.txt'))
    assert.equal(text.status, 0)
    assert.doesNotMatch(text.stderr, /loaded/, 'text input resolved a PDF module')
    const pdf = run(join(pdfs, '287-writer.pdf'))
    assert.equal(pdf.status, 0)
    // The PDF modules may sit inside the bundle; the reader (unpdf) stays outside it and loads only here.
    assert.match(pdf.stderr, /^loaded unpdf$/m)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('text set at an angle is left out of the body and reported', async () => {
  const {document} = await processPath(join(pdfs, 'rotated-stamp.pdf'))
  assert.equal(document.issue.number, 1)
  assert.ok(!JSON.stringify(document.sections).includes('DRAFT'))
  const report = document.diagnostics.filter((d) => d.ruleId === 'pdf-rotated-text')
  assert.deepEqual(report.map((d) => [d.severity, d.message]), [['warning', 'left out 1 run of text set at an angle (page 1): only horizontal text is read']])
})

test('flat records from a PDF carry pdfPage and pdfBox; from text they are null', () => {
  const pdf = kic(['parse', join(pdfs, '287-writer.pdf'), '--format', 'jsonl', '-q'])
  assert.equal(pdf.status, 0, pdf.stderr)
  const records = pdf.stdout.trim().split('\n').map((line) => JSON.parse(line) as {record: string; pdfPage: number | null; pdfBox: number[] | null})
  const blocks = records.filter((record) => record.record === 'block')
  assert.ok(blocks.length > 100)
  for (const block of blocks) {
    assert.ok(Number.isInteger(block.pdfPage) && block.pdfPage! >= 1 && block.pdfPage! <= 30)
    assert.equal(block.pdfBox!.length, 4)
  }
  const text = kic(['parse', join(corpus, '287.txt'), '--format', 'jsonl', '-q'])
  const first = JSON.parse(text.stdout.split('\n').find((line) => line.includes('"record":"block"'))!)
  assert.equal(first.pdfPage, null)
  assert.equal(first.pdfBox, null)
})
