import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {csvHeader, csvRows, toCsv} from '../src/emit/csv.js'
import {assignNames, candidates, fileStem} from '../src/batch/naming.js'
import type {Manifest} from '../src/batch/manifest.js'
import {makeArchive} from './support/archive.js'
import {readCsv, readCsvObjects} from './support/csv.js'
import {bin, corpus} from './support/paths.js'
import {kic} from './support/run.js'

const sample = join(corpus, '287.txt')
const temporary = await mkdtemp(join(tmpdir(), 'kic-batch-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

let counter = 0
async function folder(name: string): Promise<string> {
  const path = join(temporary, `${name}-${++counter}`)
  await mkdir(path, {recursive: true})
  return path
}

async function manifestOf(out: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
}

function statuses(manifest: Manifest): Record<string, string> {
  return Object.fromEntries(manifest.inputs.map((entry) => [entry.path.split('/').pop()!, entry.status]))
}

/** Every file under `path`, relative, temporaries included. */
async function listing(path: string, prefix = ''): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(path, {withFileTypes: true})) {
    if (entry.isDirectory()) names.push(...(await listing(join(path, entry.name), `${prefix}${entry.name}/`)))
    else names.push(prefix + entry.name)
  }
  return names.sort()
}

/** An archive with the corpus issue and three inputs that cannot be read as a bulletin. */
async function archiveWithBadFiles(): Promise<string> {
  const input = await folder('in')
  await mkdir(join(input, 'sub'))
  await copyFile(sample, join(input, 'sub', '287.txt'))
  await writeFile(join(input, 'empty.txt'), '')
  await writeFile(join(input, 'binary.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00, 0x00, 0x9f, 0x12, 0x00]))
  await symlink(join(input, 'gone.txt'), join(input, 'dangling.txt'))
  await writeFile(join(input, 'notes.pdf'), 'not an issue')
  return input
}

test('csv: BOM, header, RFC 4180 quoting, formula-like cells escaped, lists joined', () => {
  const records = [
    {a: '=SUM(A1)', b: 'x,"y"\nz', c: -3, d: true, e: null},
    {a: '+82', b: '@home', c: '-1', d: false, e: ['x', 'y']}
  ]
  const text = toCsv(records, ['a', 'b', 'c', 'd', 'e'], {bom: true})
  assert.ok(text.startsWith('\uFEFFa,b,c,d,e\r\n'))
  assert.deepEqual(readCsv(text), [
    ['a', 'b', 'c', 'd', 'e'],
    ["'=SUM(A1)", 'x,"y"\nz', '-3', 'true', ''],
    ["'+82", "'@home", "'-1", 'false', 'x;y']
  ])
  assert.ok(!csvHeader(['a']).startsWith('\uFEFF'))
  assert.equal(csvRows([{b: 2, a: 1}], ['a', 'b']), '1,2\r\n')
  // --raw: no escaping.
  assert.equal(csvRows([{a: '=1'}], ['a'], {raw: true}), '=1\r\n')
  // TSV: tabs between fields, escapes inside them, formulas escaped unless raw.
  assert.equal(toCsv(records, ['a', 'b', 'e'], {format: 'tsv'}), "a\tb\te\n'=SUM(A1)\tx,\"y\"\\nz\t\n'+82\t'@home\tx;y\n")
  assert.equal(csvRows([{a: '=1\tx'}], ['a'], {format: 'tsv', raw: true}), '=1\\tx\n')
})

test('naming: sanitized stems, never a path out of issues/', () => {
  assert.equal(fileStem('../../etc/passwd'), 'passwd')
  assert.equal(fileStem('a/..hidden.txt'), 'hidden')
  assert.equal(fileStem('x/제 287호 (final).txt'), '제_287호_final')
  for (const name of candidates(287, '../../../x y.txt')) assert.match(name, /^issues\/[\p{L}\p{N}_-]+\.json$/u)
  const names = assignNames([
    {path: 'a/287.txt', issue: 287},
    {path: 'b/287.txt', issue: 287},
    {path: 'c/other.txt', issue: 287},
    {path: 'd.txt', issue: 288},
    {path: 'e.txt', issue: null}
  ])
  assert.equal(names.get('d.txt'), 'issues/288.json')
  assert.equal(names.get('c/other.txt'), 'issues/287-other.json')
  assert.match(names.get('a/287.txt')!, /^issues\/287-287-[0-9a-f]{8}\.json$/)
  assert.notEqual(names.get('a/287.txt'), names.get('b/287.txt'))
  assert.equal(names.get('e.txt'), 'issues/unnumbered-e.json')
})

test('batch: bad files are reported and the rest is done (exit 1)', async () => {
  const input = await archiveWithBadFiles()
  const out = join(await folder('out'), 'result')
  const run = kic(['batch', input, '-o', out, '--jsonl', '--jobs', '2'])
  assert.equal(run.status, 1, run.stderr)
  assert.match(run.stderr, /empty\.txt:1:1 error the file is empty \(input-empty\)/)
  assert.match(run.stderr, /dangling\.txt:1:1 error no such file \(input-missing\)/)
  assert.match(run.stderr, /binary\.txt:\d+:\d+ error .*\(encoding-[\w-]+|input-binary\)/)
  assert.match(run.stderr, /kic batch: 1 ok, 3 failed, 0 skipped/)

  const manifest = await manifestOf(out)
  assert.equal(manifest.complete, true)
  assert.deepEqual(statuses(manifest), {'287.txt': 'ok', 'binary.txt': 'failed', 'dangling.txt': 'failed', 'empty.txt': 'failed'})
  const ok = manifest.inputs.find((entry) => entry.status === 'ok')!
  assert.equal(ok.output, 'issues/287.json')
  assert.equal(ok.issue, 287)
  assert.equal(ok.size, (await stat(sample)).size)
  assert.match(ok.sha256!, /^[0-9a-f]{64}$/)

  // The per-issue JSON is the document `kic parse` prints (the path relative to the folder given).
  const parsed = kic(['parse', join('sub', '287.txt'), '-q'], {cwd: input})
  assert.equal(await readFile(join(out, 'issues', '287.json'), 'utf8'), parsed.stdout)

  const files = await listing(out)
  for (const name of ['issues.csv', 'articles.csv', 'blocks.csv', 'tables.csv', 'captions.csv', 'notes.csv', 'sources.csv', 'terms.csv', 'figures.csv', 'glossary.csv', 'diagnostics.csv', 'records.jsonl', 'manifest.json']) {
    assert.ok(files.includes(name), `${name} in ${files.join(', ')}`)
  }
  assert.ok(!files.some((name) => name.endsWith('.tmp')), files.join(', '))

  const issues = readCsvObjects(await readFile(join(out, 'issues.csv'), 'utf8'))
  assert.equal(issues.length, 1)
  assert.equal(issues[0]!.issue, '287')
  assert.equal(issues[0]!.record, 'issue')
  const cells = readCsvObjects(await readFile(join(out, 'tables.csv'), 'utf8'))
  assert.ok(cells.length > 0)
  assert.deepEqual(Object.keys(cells[0]!).slice(0, 10), ['record', 'issue', 'file', 'article', 'id', 'table', 'row', 'col', 'header', 'text'])
  assert.equal(cells[0]!.file, 'sub/287.txt')

  const diagnostics = readCsvObjects(await readFile(join(out, 'diagnostics.csv'), 'utf8'))
  const errors = diagnostics.filter((row) => row.severity === 'error')
  assert.deepEqual(errors.map((row) => row.file.split('/').pop()).sort(), ['binary.txt', 'dangling.txt', 'empty.txt'])
  assert.ok(diagnostics.some((row) => row.severity === 'warning' && row.issue === '287'))

  const lines = (await readFile(join(out, 'records.jsonl'), 'utf8')).trimEnd().split('\n')
  const records = lines.map((line) => JSON.parse(line) as {record: string; issue: number | null})
  assert.ok(records.every((record) => typeof record.record === 'string' && 'issue' in record))
  assert.equal(records.filter((record) => record.record === 'issue').length, 1)
  assert.equal(records.filter((record) => record.record === 'diagnostic' && record.issue === null).length, 3)
})

test('batch: re-run skips unchanged inputs, rebuilds combined files; --force redoes all', async () => {
  const input = await folder('in')
  await copyFile(sample, join(input, '287.txt'))
  await writeFile(join(input, '288.txt'), (await readFile(sample, 'utf8')).replace('제 287호', '제 288호'))
  const out = join(await folder('out'), 'result')

  const first = kic(['batch', input, '-o', out, '--jobs', '2'])
  assert.equal(first.status, 0, first.stderr)
  assert.deepEqual(statuses(await manifestOf(out)), {'287.txt': 'ok', '288.txt': 'ok'})
  const blocks = await readFile(join(out, 'blocks.csv'), 'utf8')
  const jsonTime = (await stat(join(out, 'issues', '288.json'))).mtimeMs

  await rm(join(out, 'blocks.csv'))
  const second = kic(['batch', input, '-o', out, '--jobs', '2'])
  assert.equal(second.status, 0, second.stderr)
  assert.match(second.stderr, /0 ok, 0 failed, 2 skipped/)
  assert.deepEqual(statuses(await manifestOf(out)), {'287.txt': 'skipped', '288.txt': 'skipped'})
  assert.equal(await readFile(join(out, 'blocks.csv'), 'utf8'), blocks, 'combined files rebuilt from the kept JSON')
  assert.equal((await stat(join(out, 'issues', '288.json'))).mtimeMs, jsonTime)

  await writeFile(join(input, '288.txt'), (await readFile(sample, 'utf8')).replace('제 287호', '제 288호') + '\n추가.\n')
  const third = kic(['batch', input, '-o', out, '--jobs', '2'])
  assert.equal(third.status, 0, third.stderr)
  assert.deepEqual(statuses(await manifestOf(out)), {'287.txt': 'skipped', '288.txt': 'ok'})

  const forced = kic(['batch', input, '-o', out, '--jobs', '2', '--force'])
  assert.equal(forced.status, 0, forced.stderr)
  assert.deepEqual(statuses(await manifestOf(out)), {'287.txt': 'ok', '288.txt': 'ok'})

  // An input that disappears takes its JSON with it.
  await rm(join(input, '288.txt'))
  const fourth = kic(['batch', input, '-o', out, '--jobs', '2'])
  assert.equal(fourth.status, 0, fourth.stderr)
  assert.deepEqual(await readdir(join(out, 'issues')), ['287.json'])
})

test('batch: two inputs claiming one issue number are both kept, with a warning', async () => {
  const input = await folder('in')
  await copyFile(sample, join(input, 'a.txt'))
  await copyFile(sample, join(input, 'b.md'))
  const out = join(await folder('out'), 'result')
  const run = kic(['batch', input, '-o', out, '--no-bom'])
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stderr, /issue 287 is claimed by 2 inputs/)
  assert.deepEqual((await readdir(join(out, 'issues'))).sort(), ['287-a.json', '287-b.json'])
  assert.ok(!(await readFile(join(out, 'issues.csv'), 'utf8')).startsWith('\uFEFF'))

  // Only one claimant left: back to the plain number.
  await rm(join(input, 'b.md'))
  assert.equal(kic(['batch', input, '-o', out]).status, 0)
  assert.deepEqual(await readdir(join(out, 'issues')), ['287.json'])
})

test('batch: refuses an output folder inside an input folder or among foreign files (exit 2)', async () => {
  const input = await folder('in')
  await copyFile(sample, join(input, '287.txt'))
  const inside = kic(['batch', input, '-o', join(input, 'out')])
  assert.equal(inside.status, 2)
  assert.match(inside.stderr, /inside the input folder/)

  const foreign = await folder('foreign')
  await writeFile(join(foreign, 'thesis.docx'), 'mine')
  const refused = kic(['batch', input, '-o', foreign])
  assert.equal(refused.status, 2)
  assert.match(refused.stderr, /not empty and has no kic manifest/)
  assert.equal(kic(['batch', input, '-o', foreign, '--force']).status, 0)
  assert.equal(await readFile(join(foreign, 'thesis.docx'), 'utf8'), 'mine')

  const forcedInside = kic(['batch', input, '-o', join(input, 'out'), '--force'])
  assert.equal(forcedInside.status, 0, forcedInside.stderr)
  assert.deepEqual(statuses(await manifestOf(join(input, 'out'))), {'287.txt': 'ok'})

  assert.equal(kic(['batch', input]).status, 2, '-o is required')
  const badJobs = kic(['batch', input, '-o', join(temporary, 'x'), '--jobs', '0'])
  assert.equal(badJobs.status, 2, badJobs.stderr)
})

test('batch: killed mid-run leaves no partial file; the next run completes', async () => {
  const input = await folder('archive')
  await makeArchive(input, 200)
  const out = join(await folder('out'), 'result')

  const child = spawn(process.execPath, [bin, 'batch', input, '-o', out, '--jobs', '2', '-q'], {stdio: 'ignore'})
  const exited = new Promise((resolve) => child.on('exit', resolve))
  // Kill once some issues are written but the batch is not done.
  for (let i = 0; i < 1200; i++) {
    const written = await readdir(join(out, 'issues')).catch(() => [] as string[])
    if (written.filter((name) => name.endsWith('.json') && !name.startsWith('.')).length >= 10) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  child.kill('SIGKILL')
  await exited

  const after = await listing(out)
  assert.ok(!after.includes('issues.csv'), 'combined files appear only at the end')
  for (const name of after.filter((each) => !each.split('/').pop()!.startsWith('.'))) {
    const text = await readFile(join(out, name), 'utf8')
    if (name.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(text), `${name} is whole`)
  }
  const written = after.filter((name) => /^issues\/\d+\.json$/.test(name)).length
  assert.ok(written < 200, `killed mid-run (${written} written)`)

  const rerun = kic(['batch', input, '-o', out, '--jobs', '2'])
  assert.equal(rerun.status, 0, rerun.stderr)
  const manifest = await manifestOf(out)
  assert.equal(manifest.complete, true)
  assert.equal(manifest.inputs.length, 200)
  assert.ok(manifest.inputs.every((entry) => entry.status === 'ok' || entry.status === 'skipped'))
  const files = await listing(out)
  assert.ok(!files.some((name) => name.endsWith('.tmp') || name.endsWith('.lock')), files.filter((name) => name.endsWith('.tmp')).join(', '))
  const issueFiles = files.filter((name) => name.startsWith('issues/'))
  assert.equal(issueFiles.length, 200, issueFiles.slice(0, 8).join(', '))
  for (const name of files.filter((each) => each.endsWith('.json'))) JSON.parse(await readFile(join(out, name), 'utf8'))
  assert.equal(readCsvObjects(await readFile(join(out, 'issues.csv'), 'utf8')).length, 200)
})
