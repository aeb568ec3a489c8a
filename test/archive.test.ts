import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parquetMetadata, parquetReadObjects} from 'hyparquet'
import {matchQuery, searchTokens} from '../src/archive/tokens.js'
import {recordDefinition} from '../src/contract/records.js'
import {sentenceAround, snippet, findMatch} from '../src/search/snippet.js'
import {makeArchive} from './support/archive.js'
import {readCsv, readCsvObjects} from './support/csv.js'
import {corpus} from './support/paths.js'
import {kic} from './support/run.js'

const temporary = await mkdtemp(join(tmpdir(), 'kic-archive-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

const out = join(temporary, 'out')
const run = kic(['batch', join(corpus, '287.txt'), '-o', out, '-q', '--jobs', '1', '--sqlite', '--parquet'])
const database = join(out, 'archive.sqlite')
const hasPython = !spawnSync('python3', ['-c', 'import sqlite3']).error

/** Run Python's sqlite3 on the database; rows as JSON. */
function python(sql: string): unknown[][] {
  const result = spawnSync('python3', ['-c', 'import json,sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute(sys.argv[2]).fetchall(), ensure_ascii=False))', database, sql], {encoding: 'utf8'})
  assert.equal(result.status, 0, result.stderr)
  return JSON.parse(result.stdout) as unknown[][]
}

async function csvRows(name: string): Promise<Array<Record<string, string>>> {
  return readCsvObjects(await readFile(join(out, name), 'utf8'))
}

test('tokens: CJK bigrams, lone characters, lower-case words; queries as phrases', () => {
  assert.deepEqual(searchTokens('텐센트의 AI Lab(腾讯)와 中'), ['텐센', '센트', '트의', 'ai', 'lab', '腾讯', '와', '中'])
  assert.deepEqual(searchTokens('ＢＹＤ比亚迪'), ['byd', '比亚', '亚迪'])
  assert.equal(matchQuery('텐센트'), '"텐센" AND "센트"')
  assert.equal(matchQuery('Tencent AI'), '"tencent" AND "ai"*')
  assert.equal(matchQuery('중'), null, 'a single character needs a scan')
  assert.equal(matchQuery('  '), null)
  assert.equal(snippet('출처: 텐센트망', findMatch('출처: 텐센트망', '텐센트')), '출처: «텐센트»망')
  assert.equal(sentenceAround('첫 문장이다. 매출은 3억 위안이다. 끝.', 13, 4), '매출은 3억 위안이다.')
})

test('--sqlite: one table per record kind with the CSV columns; Python opens it and counts terms', async (t) => {
  assert.equal(run.status, 0, run.stderr)
  if (!hasPython) {
    t.skip('python3 is not installed')
    return
  }
  const terms = await csvRows('terms.csv')
  assert.deepEqual(python('SELECT count(*) FROM terms'), [[terms.length]])
  const tables = python("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' ORDER BY name").map((row) => row[0])
  assert.deepEqual(tables, ['articles', 'blocks', 'captions', 'cells', 'diagnostics', 'figures', 'glossary', 'issues', 'meta', 'notes', 'sources', 'terms'])
  // Columns are the records' fields, as in the CSVs (derived from the same records, not listed by hand).
  const pairs: Array<[string, string]> = [['blocks', 'blocks.csv'], ['terms', 'terms.csv'], ['figures', 'figures.csv'], ['cells', 'tables.csv'], ['glossary', 'glossary.csv'], ['articles', 'articles.csv']]
  for (const [table, file] of pairs) {
    const header = readCsv(await readFile(join(out, file), 'utf8'))[0]!
    const columns = python(`SELECT name FROM pragma_table_info('${table}')`).map((row) => row[0]).filter((name) => name !== 'rowid')
    // The record definition's fields, in its order (the glossary CSV only moves the source term first).
    assert.deepEqual(columns, recordDefinition(table === 'glossary' ? 'glossary' : table.replace(/s$/, ''))!.columns, table)
    assert.deepEqual([...columns].sort(), [...header].sort(), table)
    assert.deepEqual(python(`SELECT count(*) FROM ${table}`), [[(await csvRows(file)).length]], table)
  }
  const indexes = python("SELECT name FROM sqlite_master WHERE type = 'index'").map((row) => row[0])
  for (const name of ['blocks_id', 'blocks_issue', 'blocks_article', 'terms_chinese', 'terms_korean', 'glossary_key', 'figures_block']) assert.ok(indexes.includes(name), name)
  // The full-text index answers in Python too, with kic's tokens.
  const viaPython = python(`SELECT count(*) FROM blocks WHERE rowid IN (SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH '${matchQuery('텐센트')}')`)
  assert.ok(Number(viaPython[0]![0]) > 0)
})

test('search: 텐센트, 腾讯 and 중국 find exactly the blocks whose text contains them', async () => {
  const blocks = await csvRows('blocks.csv')
  for (const query of ['텐센트', '腾讯', '중국', '텐']) {
    const search = kic(['search', query, '--db', out, '--format', 'json', '--limit', '0'])
    assert.equal(search.status, 0, search.stderr)
    const hits = JSON.parse(search.stdout) as Array<{block: string; issue: number; date: string; article: string; articleTitle: string; snippet: string}>
    const expected = blocks.filter((block) => block.text.normalize('NFKC').toLowerCase().includes(query.toLowerCase())).map((block) => block.id).sort()
    assert.ok(expected.length > 0, query)
    assert.deepEqual(hits.map((hit) => hit.block).sort(), expected, query)
    for (const hit of hits) {
      assert.equal(hit.issue, 287)
      assert.equal(hit.date, '2022-07-13')
      assert.ok(hit.articleTitle, hit.block)
      assert.ok(hit.snippet.toLowerCase().includes(`«${query.toLowerCase()}»`), hit.snippet)
    }
  }
  // A Latin word is found from the start of a word.
  const ai = JSON.parse(kic(['search', 'ai', '--db', out, '--format', 'json', '--limit', '0']).stdout) as Array<{block: string}>
  assert.deepEqual(ai.map((hit) => hit.block).sort(), blocks.filter((block) => /(?<![\p{L}\p{N}])ai/iu.test(block.text.normalize('NFKC'))).map((block) => block.id).sort())
  // The folder or the file; CSV and JSON Lines.
  const csv = readCsv(kic(['search', '텐센트', '--db', database, '--format', 'csv', '--no-bom']).stdout)
  assert.deepEqual(csv[0], ['rank', 'score', 'issue', 'date', 'file', 'article', 'articleTitle', 'block', 'type', 'snippet'])
  const lines = kic(['search', '텐센트', '--db', out, '--format', 'jsonl', '--limit', '2']).stdout.trim().split('\n')
  assert.equal(lines.length, 2)
  const text = kic(['search', '텐센트', '--db', out, '--limit', '1']).stdout
  assert.match(text, /^287 \(2022-07-13\) {2}287\/[\d.]+ .+ {2}287\/[\d.]+\/\w+\n {4}.*«텐센트»/)
})

test('search: bigrams that meet across a space are not a match', async () => {
  const input = join(temporary, 'split')
  await mkdir(input, {recursive: true})
  await writeFile(join(input, 'a.txt'), '텐센 센트라는 말은 아니다.\n\n텐센트의 투자가 늘었다.\n')
  const db = join(temporary, 'split.sqlite')
  assert.equal(kic(['batch', input, '-o', join(temporary, 'split-out'), '-q', '--sqlite', db]).status, 0)
  const hits = JSON.parse(kic(['search', '텐센트', '--db', db, '--format', 'json']).stdout) as Array<{snippet: string}>
  assert.deepEqual(hits.map((hit) => hit.snippet), ['«텐센트»의 투자가 늘었다.'])
})

test('search --terms: any form (simplified, traditional, Korean, variants)', () => {
  const find = (query: string) => JSON.parse(kic(['search', query, '--terms', '--db', out, '--format', 'json']).stdout) as Array<{chinese: string; korean: string}>
  assert.ok(find('騰訊雲').some((entry) => entry.chinese === '腾讯云'), 'traditional query')
  assert.ok(find('腾讯').some((entry) => entry.chinese === '腾讯云'))
  assert.equal(find('양화융합')[0]!.chinese, '两化融合', 'a variant, exact match first')
  assert.ok(find('텐센트').every((entry) => entry.korean.includes('텐센트') || entry.chinese?.includes('腾讯')))
})

test('search --figures --about: figures whose subject or sentence mention the term, by issue date', async () => {
  const archive = join(temporary, 'archive')
  await makeArchive(archive, 3)
  const outdir = join(temporary, 'archive-out')
  assert.equal(kic(['batch', archive, '-o', outdir, '-q', '--sqlite']).status, 0)
  const rows = JSON.parse(kic(['search', '--figures', '--about', '텐센트', '--db', outdir, '--format', 'json', '--limit', '0']).stdout) as Array<{issueDate: string; issue: number; subject: string | null; sentence: string}>
  assert.ok(rows.length > 0)
  const dates = rows.map((row) => row.issueDate)
  assert.deepEqual(dates, [...dates].sort())
  assert.deepEqual([...new Set(rows.map((row) => row.issue))], [1, 2, 3])
  for (const row of rows) assert.ok((row.subject ?? '').includes('텐센트') || row.sentence.includes('텐센트'), JSON.stringify(row))
  // A term no figure is about.
  assert.deepEqual(JSON.parse(kic(['search', '--figures', '--about', '존재하지않는말', '--db', outdir, '--format', 'json']).stdout), [])
})

test('search: a missing database is a located error', () => {
  const missing = kic(['search', '텐센트', '--db', join(temporary, 'nothing')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /nothing error no database here \(search-database\)\n {2}hint: /)
  assert.equal(kic(['search', '--db', out]).status, 2)
})

test('--parquet: one readable file per record kind, same rows and columns as the database', async () => {
  for (const [table, file] of [['blocks', 'blocks.csv'], ['terms', 'terms.csv'], ['glossary', 'glossary.csv'], ['figures', 'figures.csv']] as const) {
    const bytes = await readFile(join(out, 'parquet', `${table}.parquet`))
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    const rows = (await parquetReadObjects({file: buffer})) as Array<Record<string, unknown>>
    const csv = await csvRows(file)
    assert.equal(rows.length, csv.length, table)
    assert.deepEqual(Object.keys(rows[0]!), recordDefinition(table === 'glossary' ? 'glossary' : table.replace(/s$/, ''))!.columns, table)
    assert.equal(parquetMetadata(buffer).num_rows, BigInt(csv.length))
  }
  const blocks = (await parquetReadObjects({file: new Uint8Array(await readFile(join(out, 'parquet', 'blocks.parquet'))).buffer})) as Array<{id: string; issue: number; line: number}>
  assert.equal(blocks[0]!.issue, 287)
  assert.equal(typeof blocks[0]!.line, 'number')
})
