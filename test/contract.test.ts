/**
 * The record contract (issue 10): one definition per record, the same
 * columns from every command, typed values, source places, and a batch whose
 * outputs do not depend on how the archive was named.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {kic} from './support/run.js'
import {corpus} from './support/paths.js'
import {readCsv, readCsvObjects} from './support/csv.js'
import {validateDocument, validateRecord} from './support/schema.js'
import {recordDefinitions, termRecord, figureRecord, glossaryRecord} from '../src/contract/records.js'
import {documentRecords} from '../src/emit/records.js'
import {processPath} from '../src/pipeline.js'

const sample = join(corpus, '287.txt')

async function temporary(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'kic-contract-'))
}

const header = (text: string) => readCsv(text)[0]!

test('contract: every record of the sample has its definition’s fields in its definition’s order, and validates', async () => {
  const {document} = await processPath(sample)
  const seen = new Set<string>()
  for (const record of documentRecords(document)) {
    const definition = recordDefinitions.find((each) => each.name === record.record)!
    assert.ok(definition, record.record)
    if (!seen.has(record.record)) assert.deepEqual(Object.keys(record), definition.columns, record.record)
    seen.add(record.record)
    assert.deepEqual(validateRecord(record), [], JSON.stringify(record).slice(0, 300))
  }
  for (const kind of ['issue', 'article', 'block', 'cell', 'caption', 'note', 'source', 'term', 'figure', 'diagnostic']) assert.ok(seen.has(kind), kind)
})

test('contract: term and figure rows carry the article id and title; cells keep source places and table row/col', async () => {
  const {document} = await processPath(sample)
  const records = [...documentRecords(document)]
  const figure = records.find((record) => record.record === 'figure' && /\/t\d+$/.test(record.block))!
  assert.equal(figure.record, 'figure')
  if (figure.record !== 'figure') return
  assert.match(figure.article!, /^287\/\d+\.\d+$/)
  const article = records.find((record) => record.record === 'article' && record.article === figure.article)
  assert.equal(article?.record === 'article' ? article.title : null, figure.articleTitle)
  const cell = records.find((record) => record.record === 'cell' && record.row >= 2 && record.col === 2 && record.items.length === 0 && !record.text.includes('<'))!
  if (cell.record !== 'cell') return assert.fail('no cell')
  const line = (await readFile(sample, 'utf8')).split('\n')[cell.line! - 1]!
  // The cell's column is a place in the input: its text starts there.
  assert.ok(line.slice(cell.column! - 1).startsWith(cell.text.slice(0, 3)), `${cell.column}: ${line}`)
  for (const record of records) {
    if (record.record === 'term') assert.ok(Array.isArray(record.flags))
    if (record.record === 'figure') {
      assert.ok(record.value === null || Number.isFinite(record.value), JSON.stringify(record))
      if (record.kind === 'date') assert.equal(record.value, null)
      if (record.kind === 'date_range') assert.ok(record.start && record.end && record.date === `${record.start}/${record.end}`)
    }
  }
})

test('contract: a 310-digit amount is a diagnostic, never Infinity or null', async () => {
  const folder = await temporary()
  try {
    const input = join(folder, 'big.txt')
    await writeFile(input, `예산은 ${'9'.repeat(310)}원이다. 매출은 30억 원이다.\n`)
    const run = kic(['parse', input])
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /:1:\d+ warning figure .* out of range .*\(figure-out-of-range\)/)
    const document = JSON.parse(run.stdout)
    assert.deepEqual(validateDocument(document), [])
    assert.ok(document.figures.every((figure: {value: unknown}) => figure.value === null || typeof figure.value === 'number'))
    assert.ok(document.figures.some((figure: {value: unknown}) => figure.value === 3_000_000_000))
    const csv = kic(['figures', input, '-q']).stdout
    assert.doesNotMatch(csv, /Infinity|NaN/)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('contract: terms, figures, glossary: the same header from the command and the batch; JSON has the same fields', async () => {
  const folder = await temporary()
  try {
    const archive = join(folder, 'archive')
    await mkdir(archive)
    await copyFile(sample, join(archive, '287.txt'))
    const out = join(folder, 'out')
    assert.equal(kic(['batch', archive, '-o', out, '-q', '--jsonl', '--jobs', '1']).status, 0)
    for (const [command, file, definition] of [
      ['terms', 'terms.csv', termRecord],
      ['figures', 'figures.csv', figureRecord],
      ['glossary', 'glossary.csv', glossaryRecord]
    ] as const) {
      const output = join(folder, `${command}.csv`)
      assert.equal(kic([command, join(archive, '287.txt'), '-q', '-o', output]).status, 0)
      const fromCommand = await readFile(output, 'utf8')
      const fromBatch = await readFile(join(out, file), 'utf8')
      assert.ok(fromCommand.startsWith('\uFEFF') && fromBatch.startsWith('\uFEFF'), 'a file gets a BOM')
      assert.deepEqual(header(fromCommand), header(fromBatch), command)
      assert.deepEqual(header(fromCommand), definition.columns, command)
      const json = JSON.parse(kic([command, join(archive, '287.txt'), '-q', '--format', 'json']).stdout) as object[]
      assert.deepEqual(Object.keys(json[0]!), definition.columns, `${command} --format json`)
    }
    // Every records.jsonl line validates against `kic schema --records`.
    const lines = (await readFile(join(out, 'records.jsonl'), 'utf8')).trimEnd().split('\n')
    for (const line of lines) assert.deepEqual(validateRecord(JSON.parse(line)), [], line.slice(0, 200))
    // figures.csv: `value` is a number or empty, so data tools type the column as a number.
    for (const row of readCsvObjects(await readFile(join(out, 'figures.csv'), 'utf8'))) assert.match(row.value!, /^(-?\d+(\.\d+)?(e[+-]?\d+)?)?$/, row.text)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('contract: a batch by relative path, then by absolute path from another folder, skips everything and writes identical files', async () => {
  const folder = await temporary()
  try {
    const archive = join(folder, 'work', 'archive')
    await mkdir(join(archive, '2021'), {recursive: true})
    await copyFile(sample, join(archive, '2021', '287.txt'))
    await writeFile(join(archive, '288.txt'), (await readFile(sample, 'utf8')).replace('제 287호', '제 288호'))
    const names = ['issues.csv', 'articles.csv', 'blocks.csv', 'tables.csv', 'terms.csv', 'figures.csv', 'glossary.csv', 'diagnostics.csv', 'records.jsonl']

    const first = kic(['batch', 'archive', '-o', 'out', '--jsonl', '--jobs', '2'], {cwd: join(folder, 'work')})
    assert.equal(first.status, 0, first.stderr)
    const before = await Promise.all(names.map((name) => readFile(join(folder, 'work', 'out', name), 'utf8')))
    const manifest = JSON.parse(await readFile(join(folder, 'work', 'out', 'manifest.json'), 'utf8'))
    assert.deepEqual(manifest.inputs.map((entry: {path: string}) => entry.path).sort(), ['2021/287.txt', '288.txt'])

    const second = kic(['batch', archive, '-o', join(folder, 'work', 'out'), '--jsonl', '--jobs', '2'], {cwd: tmpdir()})
    assert.equal(second.status, 0, second.stderr)
    assert.match(second.stderr, /0 ok, 0 failed, 2 skipped/)
    const after = await Promise.all(names.map((name) => readFile(join(folder, 'work', 'out', name), 'utf8')))
    for (const [index, name] of names.entries()) assert.equal(after[index], before[index], name)
    assert.ok(!before[4]!.includes(folder), 'no absolute path in terms.csv')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('contract: --format tsv and --raw', async () => {
  const folder = await temporary()
  try {
    const input = join(folder, 'formula.txt')
    await writeFile(input, '=HYPERLINK("x") 매출은 30억 원이다.\n')
    const tsv = kic(['figures', input, '-q', '--format', 'tsv']).stdout
    assert.equal(tsv.split('\n')[0], figureRecord.columns.join('\t'))
    const blocks = kic(['parse', input, '--format', 'jsonl', '-q']).stdout
    assert.ok(blocks.includes('=HYPERLINK'))
    const out = join(folder, 'out')
    assert.equal(kic(['batch', input, '-o', out, '-q', '--format', 'tsv', '--raw', '--jobs', '1']).status, 0)
    const table = await readFile(join(out, 'blocks.tsv'), 'utf8')
    assert.match(table, /\t=HYPERLINK/)
    const escaped = join(folder, 'escaped')
    assert.equal(kic(['batch', input, '-o', escaped, '-q', '--jobs', '1']).status, 0)
    assert.match(await readFile(join(escaped, 'blocks.csv'), 'utf8'), /,"?'=HYPERLINK/)
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
})

test('contract: README’s record tables are the definitions’ (run `npm run readme` after changing one)', async () => {
  const {readmeTables} = await import('../src/contract/readme-tables.js')
  const readme = await readFile(join(corpus, '..', 'README.md'), 'utf8')
  assert.ok(readme.includes(readmeTables()), 'README.md record tables differ from src/contract: run `npm run readme`')
})
