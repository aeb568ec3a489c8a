import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseLexicon} from '../src/lexicon/read.js'
import type {Manifest} from '../src/batch/manifest.js'
import {readCsvObjects} from './support/csv.js'
import {kic} from './support/run.js'

const temporary = await mkdtemp(join(tmpdir(), 'kic-lexicon-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

const text =
  '정부는 양화융합(兩化融合)을 추진한다. 인민왕(人民网)이 보도했다.\n' +
  '기업은 양화융합(两化融合)에 참여한다. 텐센트(腾讯)가 투자했다. 샤오미(小米)가 발표했다.\n'

const lexicon = [
  'chinese,korean,category,english,note,action',
  "人民网,인민일보 인터넷판,media,People's Daily Online,인민일보가 운영한다,prefer",
  '腾讯,텐센트,organization,Tencent,,add',
  '小米,샤오미,,,,reject',
  '兩化融合,,,,,keep-form',
  '比亚迪,비야디,organization,BYD,,add',
  ''
].join('\n')

let counter = 0
async function workspace(): Promise<string> {
  const folder = join(temporary, `w${++counter}`)
  await mkdir(folder, {recursive: true})
  await writeFile(join(folder, 'issue.txt'), text)
  await writeFile(join(folder, 'lexicon.csv'), lexicon)
  return folder
}

interface Entry {
  key: string
  korean: string
  /** `form×count` */
  koreanVariants: string[]
  chinese: string | null
  english: string | null
  category: string
  count: number
  flags: string[]
  explanation: string | null
}

function glossaryJson(args: string[], cwd?: string): Entry[] {
  const run = kic(['glossary', ...args, '--format', 'json', '-q'], {cwd})
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout) as Entry[]
}

test('lexicon: rows are read from CSV and TSV; bad rows are located errors', async () => {
  const rows = parseLexicon(lexicon, 'lexicon.csv')
  assert.deepEqual(rows.map((row) => [row.action, row.chinese, row.line]), [
    ['prefer', '人民网', 2], ['add', '腾讯', 3], ['reject', '小米', 4], ['keep-form', '兩化融合', 5], ['add', '比亚迪', 6]
  ])
  const tsv = parseLexicon('# corrections\naction\tchinese\tkorean\nPREFER\t"人民网"\t인민망\n', 'lexicon.tsv')
  assert.deepEqual([tsv[0]!.action, tsv[0]!.chinese, tsv[0]!.korean, tsv[0]!.line], ['prefer', '人民网', '인민망', 3])

  const folder = await workspace()
  const cases: Array<[string, RegExp]> = [
    ['chinese,korean,action\n人民网,인민망,prefer\n小米,샤오미,drop\n', /lexicon\.csv:3:\d+ error unknown action `drop` \(lexicon-action\)/],
    ['chinese,korean,category,action\n小米,샤오미,company,add\n', /lexicon\.csv:2:\d+ error unknown category `company` \(lexicon-category\)/],
    ['chinese,korean,kind,action\n', /lexicon\.csv:1:\d+ error unknown lexicon column `kind` \(lexicon-header\)/],
    ['chinese,korean,action\n小米,,prefer\n', /lexicon\.csv:2:\d+ error `prefer` needs both Chinese and Korean \(lexicon-row\)/]
  ]
  for (const [content, expected] of cases) {
    await writeFile(join(folder, 'lexicon.csv'), content)
    const run = kic(['terms', join(folder, 'issue.txt'), '--lexicon', join(folder, 'lexicon.csv')])
    assert.equal(run.status, 1, content)
    assert.match(run.stderr, expected)
    assert.match(run.stderr, /hint: /)
  }
  const missing = kic(['glossary', join(folder, 'issue.txt'), '--lexicon', join(folder, 'none.csv')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /none\.csv error cannot read the lexicon/)
  await writeFile(join(folder, 'kic.config.json'), '{"lexicon": ')
  const broken = kic(['glossary', 'issue.txt'], {cwd: folder})
  assert.equal(broken.status, 1)
  assert.match(broken.stderr, /kic\.config\.json:1:\d+ error the configuration is not valid JSON/)
})

test('lexicon: category, preferred form and presence of pairs change in terms and every glossary format', async () => {
  const folder = await workspace()
  const input = join(folder, 'issue.txt')
  const lexiconFile = join(folder, 'lexicon.csv')

  // Without the lexicon: 小米 is a pair, 人民网 is 인민왕, the two scripts of 两化融合 are one entry, no 比亚迪.
  const before = glossaryJson([input])
  assert.ok(before.find((e) => e.chinese === '小米'))
  assert.equal(before.find((e) => e.chinese === '人民网')!.korean, '인민왕')
  assert.equal(before.filter((e) => e.key.includes('融合')).length, 1)
  assert.ok(!before.find((e) => e.chinese === '比亚迪'))
  const tencentBefore = before.find((e) => e.chinese === '腾讯')!
  assert.notEqual(tencentBefore.english, 'Tencent')

  // terms
  const terms = JSON.parse(kic(['terms', input, '--format', 'json', '-q', '--lexicon', lexiconFile]).stdout) as Array<{chinese: string; category: string; english: string | null; flags: string[]}>
  assert.ok(!terms.some((row) => row.chinese === '小米'), 'rejected pair gone from terms')
  const tencent = terms.find((row) => row.chinese === '腾讯')!
  assert.deepEqual([tencent.category, tencent.english], ['organization', 'Tencent'])
  assert.ok(tencent.flags.includes('lexicon'))
  // parse
  const document = JSON.parse(kic(['parse', input, '-q', '--lexicon', lexiconFile]).stdout) as {terms: Array<{chinese: string}>}
  assert.ok(!document.terms.some((term) => term.chinese === '小米'))

  // glossary JSON
  const after = glossaryJson([input, '--lexicon', lexiconFile])
  const renmin = after.find((e) => e.chinese === '人民网')!
  assert.deepEqual([renmin.korean, renmin.category, renmin.english, renmin.explanation], ['인민일보 인터넷판', 'media', "People's Daily Online", '인민일보가 운영한다'])
  assert.deepEqual(renmin.koreanVariants.sort(), ['인민왕×1', '인민일보 인터넷판×0'])
  assert.ok(!after.find((e) => e.chinese === '小米'), 'rejected pair gone from the glossary')
  const byd = after.find((e) => e.chinese === '比亚迪')!
  assert.deepEqual([byd.korean, byd.count, byd.category, byd.english], ['비야디', 0, 'organization', 'BYD'])
  assert.deepEqual(after.filter((e) => e.key.includes('融合')).map((e) => e.key).sort(), ['zh:两化融合', 'zh:兩化融合'])

  // CSV, TBX and OmegaT carry the same corrections.
  const csv = readCsvObjects(kic(['glossary', input, '-q', '--lexicon', lexiconFile]).stdout)
  assert.equal(csv.find((row) => row.chinese === '人民网')!.target, '인민일보 인터넷판')
  assert.ok(!csv.some((row) => row.chinese === '小米'))
  const tbx = kic(['glossary', input, '-q', '--format', 'tbx', '--lexicon', lexiconFile]).stdout
  assert.match(tbx, /<term>인민일보 인터넷판<\/term>\n\s*<termNote type="partOfSpeech">noun<\/termNote>\n\s*<termNote type="administrativeStatus">preferredTerm-admn-sts/)
  assert.ok(!tbx.includes('小米'))
  assert.match(tbx, /<term>比亚迪<\/term>/)
  const omegat = kic(['glossary', input, '-q', '--format', 'omegat', '--lexicon', lexiconFile]).stdout
  assert.ok(omegat.includes('人民网\t인민일보 인터넷판\tmedia'))
  assert.ok(omegat.includes('比亚迪\t비야디\torganization'))
  assert.ok(!omegat.includes('小米'))

  // The same lexicon named in kic.config.json of the working folder, or by --config.
  await writeFile(join(folder, 'kic.config.json'), JSON.stringify({lexicon: 'lexicon.csv'}))
  const configured = glossaryJson(['issue.txt'], folder)
  assert.equal(configured.find((e) => e.chinese === '人民网')!.korean, '인민일보 인터넷판')
  const elsewhere = join(temporary, 'elsewhere')
  await mkdir(elsewhere, {recursive: true})
  const named = glossaryJson([input, '--config', join(folder, 'kic.config.json')], elsewhere)
  assert.ok(!named.find((e) => e.chinese === '小米'))
  assert.ok(glossaryJson([input], elsewhere).find((e) => e.chinese === '小米'), 'no configuration there: no lexicon')
})

test('lexicon in batch: every output corrected; a change re-derives only the issues it touches', async () => {
  const folder = await workspace()
  const inputs = join(folder, 'inputs')
  await mkdir(inputs)
  await writeFile(join(inputs, 'a.txt'), text)
  await writeFile(join(inputs, 'b.txt'), '베이징(北京)에서 회의가 열렸다. 화웨이(华为)가 참가했다.\n')
  const lexiconFile = join(folder, 'lexicon.csv')
  const out = join(folder, 'out')
  const batch = (...extra: string[]) => {
    const run = kic(['batch', inputs, '-o', out, '-q', '--jobs', '1', '--lexicon', lexiconFile, ...extra])
    assert.equal(run.status, 0, run.stderr)
  }
  batch('--sqlite')
  const glossary = readCsvObjects(await readFile(join(out, 'glossary.csv'), 'utf8'))
  assert.equal(glossary.find((row) => row.chinese === '人民网')!.korean, '인민일보 인터넷판')
  assert.ok(!glossary.some((row) => row.chinese === '小米'))
  assert.ok(glossary.some((row) => row.chinese === '比亚迪'))
  const terms = readCsvObjects(await readFile(join(out, 'terms.csv'), 'utf8'))
  assert.ok(!terms.some((row) => row.chinese === '小米'))
  assert.equal(terms.find((row) => row.chinese === '腾讯')!.category, 'organization')
  assert.ok(!(await readFile(join(out, 'glossary.tbx'), 'utf8')).includes('小米'))
  assert.ok((await readFile(join(out, 'glossary-omegat.txt'), 'utf8')).includes('人民网\t인민일보 인터넷판'))
  const python = spawnSync('python3', ['-c', 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("select korean from glossary where chinese=\'人民网\'").fetchone()[0]); print(c.execute("select count(*) from terms where chinese=\'小米\'").fetchone()[0])', join(out, 'archive.sqlite')], {encoding: 'utf8'})
  if (!python.error) assert.deepEqual(python.stdout.trim().split('\n'), ['인민일보 인터넷판', '0'])

  const manifest = async () => JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
  const first = await manifest()
  assert.match(first.lexicon!.hash, /^[0-9a-f]{64}$/)
  assert.ok(first.inputs.every((entry) => entry.lexicon === first.lexicon!.hash))
  const statuses = async () => Object.fromEntries((await manifest()).inputs.map((entry) => [entry.path.split('/').pop(), entry.status]))

  // Same lexicon: nothing to redo.
  batch()
  assert.deepEqual(await statuses(), {'a.txt': 'skipped', 'b.txt': 'skipped'})
  // A row about 小米 (only in a.txt) changes: a.txt is parsed again, b.txt is kept; 小米 is back.
  await writeFile(lexiconFile, lexicon.replace('小米,샤오미,,,,reject\n', ''))
  batch()
  assert.deepEqual(await statuses(), {'a.txt': 'ok', 'b.txt': 'skipped'})
  assert.ok(readCsvObjects(await readFile(join(out, 'terms.csv'), 'utf8')).some((row) => row.chinese === '小米'))
  assert.notEqual((await manifest()).lexicon!.hash, first.lexicon!.hash)
  // A row in traditional script about a form b.txt writes in simplified (华为): only b.txt is redone.
  await writeFile(lexiconFile, lexicon.replace('小米,샤오미,,,,reject\n', '') + '華為,화웨이,organization,Huawei,,prefer\n')
  batch()
  assert.deepEqual(await statuses(), {'a.txt': 'skipped', 'b.txt': 'ok'})
  assert.equal(readCsvObjects(await readFile(join(out, 'terms.csv'), 'utf8')).find((row) => row.chinese === '华为')!.english, 'Huawei')
})
