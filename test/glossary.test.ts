import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdtemp, mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {kic} from './support/run.js'
import {corpus} from './support/paths.js'

const temporary = await mkdtemp(join(tmpdir(), 'kic-glossary-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

test('kic terms: one row per occurrence with file, line and column', () => {
  const run = kic(['terms', join(corpus, '287.txt'), '--format', 'jsonl', '-q'])
  assert.equal(run.status, 0, run.stderr)
  const rows = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
  const source = rows.find((row) => row.chinese === '工业和信息化部')
  assert.deepEqual([source.korean, source.line, source.column, source.block], ['산업정보화부', 39, 3, '287/1.1'])
  const person = rows.find((row) => row.chinese === '蔡光忠')
  assert.equal(person.role, '텐센트 부총재 겸 서남지역 총경리')
  assert.equal(person.category, 'person')
  assert.ok(rows.find((row) => row.chinese === '黄蓝泉').flags.includes('reading-mismatch'))
  assert.ok(rows.every((row) => row.file.endsWith('287.txt') && row.line > 0 && row.column > 0))
})

test('kic terms CSV: a file starts with a BOM unless --no-bom; stdout never has one', async () => {
  const output = join(temporary, 'bom', 'terms.csv')
  await mkdir(join(temporary, 'bom'), {recursive: true})
  assert.equal(kic(['terms', join(corpus, '287.txt'), '-q', '-o', output]).status, 0)
  assert.ok((await readFile(output, 'utf8')).startsWith('\uFEFFrecord,issue,file,article,articleTitle,id,block,korean,chinese'))
  assert.equal(kic(['terms', join(corpus, '287.txt'), '-q', '-o', output, '--no-bom']).status, 0)
  assert.ok((await readFile(output, 'utf8')).startsWith('record,issue,file,article'))
  const piped = kic(['terms', join(corpus, '287.txt'), '-q'])
  assert.ok(piped.stdout.startsWith('record,issue,file,article'))
})

test('kic glossary: one entry per simplified Chinese, variants, conflicts, homographs, split files', async () => {
  const folder = join(temporary, 'archive')
  await mkdir(join(folder, 'nested'), {recursive: true})
  await writeFile(join(folder, 'a.txt'), '정부는 양화융합(兩化融合)을 추진한다. 인민왕(人民网)이 보도했다.\n')
  await writeFile(join(folder, 'nested', 'b.txt'), '기업은 양화융합(两化融合)에 참여한다. 인민망(人民网)과 인민망(人民网)이 보도했다.\n')
  await writeFile(join(folder, 'ignored.csv'), '인민왕(人民网)\n')
  const output = join(temporary, 'out', 'glossary.csv')
  const run = kic(['glossary', folder, '-o', output, '--split', '--no-bom'])
  assert.equal(run.status, 0, run.stderr)
  const text = await readFile(output, 'utf8')
  const [header, ...lines] = text.trim().split(/\r?\n/)
  const columns = header.split(',')
  const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])))
  const fusion = rows.find((row) => row.key === 'zh:两化融合')!
  assert.equal(fusion.count, '2')
  assert.deepEqual(fusion.chineseForms.split(';').sort(), ['两化融合', '兩化融合'])
  const people = rows.find((row) => row.key === 'zh:人民网')!
  assert.equal(people.korean, '인민망')
  assert.match(people.koreanVariants, /인민망×2;인민왕×1/)
  assert.match(people.flags, /conflict/)
  const files = (await readdir(join(temporary, 'out'))).sort()
  assert.ok(files.includes('glossary-media.csv'), files.join(' '))

  const frequent = kic(['glossary', folder, '--format', 'json', '--min-count', '3', '-q'])
  assert.equal(frequent.status, 0)
  assert.deepEqual(JSON.parse(frequent.stdout).map((entry: {key: string}) => entry.key), ['zh:人民网'])
})

test('kic glossary: homographs on the sample (산시성 → 山西省 and 陕西省)', () => {
  const run = kic(['glossary', join(corpus, '287.txt'), '--format', 'json', '-q'])
  assert.equal(run.status, 0)
  const entries = JSON.parse(run.stdout) as Array<{key: string; flags: string[]; homographs: string[]}>
  const shanxi = entries.find((entry) => entry.key === 'zh:山西省')!
  assert.ok(shanxi.flags.includes('homograph'))
  assert.deepEqual(shanxi.homographs, ['陕西省'])
})

test('kic glossary: usage errors exit 2, bad files exit 1 with the rest kept', async () => {
  assert.equal(kic(['glossary', corpus, '--min-count', '0']).status, 2)
  assert.equal(kic(['glossary', corpus, '--split']).status, 2)
  const empty = join(temporary, 'empty.txt')
  await writeFile(empty, '')
  const run = kic(['glossary', join(corpus, '287.txt'), empty, '--format', 'json', '-q'])
  assert.equal(run.status, 1)
  assert.match(run.stderr, /empty\.txt error the file is empty/)
  assert.ok(JSON.parse(run.stdout).length > 50)
})
