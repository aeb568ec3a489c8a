import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {XMLParser} from 'fast-xml-parser'
import {readCsv} from './support/csv.js'
import {corpus} from './support/paths.js'
import {kic} from './support/run.js'

const sample = join(corpus, '287.txt')
const temporary = await mkdtemp(join(tmpdir(), 'kic-termbase-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

/**
 * What the TBX-Basic dialect (DCA style, ISO 30042:2019) permits, from its
 * public definition: data category types by element, their picklist values,
 * and the levels each may stand at.
 */
const dialect = {
  types: {
    admin: ['customerSubset', 'projectSubset', 'source'],
    descrip: ['subjectField', 'context', 'definition'],
    termNote: ['administrativeStatus', 'partOfSpeech', 'geographicalUsage', 'grammaticalGender', 'termLocation', 'termType'],
    ref: ['crossReference'],
    xref: ['externalCrossReference', 'xGraphic'],
    transac: ['transactionType'],
    transacNote: ['responsibility']
  } as Record<string, string[]>,
  values: {
    administrativeStatus: ['admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts', 'preferredTerm-admn-sts'],
    partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb']
  } as Record<string, string[]>,
  levels: {
    'descrip/subjectField': ['conceptEntry'],
    'descrip/definition': ['conceptEntry', 'langSec'],
    'descrip/context': ['termSec'],
    'admin/source': ['conceptEntry', 'langSec', 'termSec'],
    termNote: ['termSec']
  } as Record<string, string[]>
}

type Node = {[name: string]: Node[] | string} & {':@'?: Record<string, string>}

/** Parse keeping order, attributes under `:@`. */
function parse(xml: string): Node[] {
  return new XMLParser({preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true}).parse(xml) as Node[]
}

function nameOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ':@')!
}

function children(node: Node): Node[] {
  const value = node[nameOf(node)]
  return Array.isArray(value) ? value : []
}

function textOf(node: Node): string {
  return children(node).map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('')
}

/** Every element with its parent's name, depth first. */
function* walk(nodes: Node[], parent: string | null = null): Generator<{node: Node; name: string; parent: string | null}> {
  for (const node of nodes) {
    const name = nameOf(node)
    if (name === '#text' || name === '?xml') continue
    yield {node, name, parent}
    yield* walk(children(node), name)
  }
}

function tbxOf(args: string[]): {root: Node; entries: Node[]; xml: string} {
  const run = kic(['glossary', sample, '--format', 'tbx', '-q', ...args])
  assert.equal(run.status, 0, run.stderr)
  const nodes = parse(run.stdout)
  const root = nodes.find((node) => nameOf(node) === 'tbx')!
  assert.ok(root, 'a <tbx> root')
  const text = children(root).find((node) => nameOf(node) === 'text')!
  const body = children(text).find((node) => nameOf(node) === 'body')!
  return {root, entries: children(body).filter((node) => nameOf(node) === 'conceptEntry'), xml: run.stdout}
}

test('TBX: TBX-Basic DCA root, header, one conceptEntry per glossary entry', () => {
  const {root, entries} = tbxOf([])
  assert.deepEqual(
    {type: root[':@']!.type, style: root[':@']!.style, xmlns: root[':@']!.xmlns},
    {type: 'TBX-Basic', style: 'dca', xmlns: 'urn:iso:std:iso:30042:ed-2'}
  )
  assert.deepEqual(children(root).map(nameOf), ['tbxHeader', 'text'])
  const glossary = JSON.parse(kic(['glossary', sample, '--format', 'json', '-q']).stdout) as Array<{key: string; source: string}>
  assert.ok(glossary.every((entry) => typeof entry.source === 'string'))
  assert.equal(entries.length, glossary.length)
  const ids = entries.map((entry) => entry[':@']!.id!)
  assert.equal(new Set(ids).size, ids.length, 'ids are unique')
  assert.ok(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id)), 'ids are XML names')
})

test('TBX: only the data categories, values and levels TBX-Basic permits', () => {
  const {root} = tbxOf([])
  let checked = 0
  for (const {node, name, parent} of walk([root])) {
    const type = node[':@']?.type
    if (name === 'tbx') continue
    if (type === undefined) continue
    assert.ok(dialect.types[name], `<${name} type> is not a TBX-Basic data category element`)
    assert.ok(dialect.types[name]!.includes(type), `<${name} type="${type}"> is not allowed`)
    const values = dialect.values[type]
    if (values) assert.ok(values.includes(textOf(node)), `${type} = ${textOf(node)}`)
    const levels = dialect.levels[`${name}/${type}`] ?? dialect.levels[name]
    if (levels) assert.ok(levels.includes(parent!), `<${name} type="${type}"> under <${parent}>`)
    checked++
  }
  assert.ok(checked > 100, `checked ${checked} data categories`)
})

test('TBX: languages, statuses and the sample’s data', () => {
  const {entries} = tbxOf([])
  const langs = new Set<string>()
  const byChinese = new Map<string, Node>()
  for (const entry of entries) {
    const sections = children(entry).filter((node) => nameOf(node) === 'langSec')
    for (const section of sections) langs.add(section[':@']!['xml:lang']!)
    // Every termSec: a term, a part of speech (noun) and an administrative status.
    for (const section of sections) {
      const terms = children(section).filter((node) => nameOf(node) === 'termSec')
      assert.ok(terms.length > 0)
      for (const term of terms) {
        const names = children(term).map(nameOf)
        assert.equal(names[0], 'term')
        const notes = children(term).filter((node) => nameOf(node) === 'termNote')
        assert.deepEqual(notes.map((note) => note[':@']!.type), ['partOfSpeech', 'administrativeStatus'])
        assert.equal(textOf(notes[0]!), 'noun')
      }
      const preferred = terms.filter((term) => children(term).some((node) => textOf(node) === 'preferredTerm-admn-sts'))
      assert.equal(preferred.length, 1, 'one preferred term per language')
    }
    const zh = sections.find((section) => section[':@']!['xml:lang'] === 'zh-Hans')
    if (zh) byChinese.set(textOf(children(children(zh)[0]!)[0]!), entry)
    assert.ok(children(entry).some((node) => nameOf(node) === 'descrip' && node[':@']!.type === 'subjectField'))
    assert.ok(children(entry).some((node) => nameOf(node) === 'admin' && node[':@']!.type === 'source'))
  }
  assert.deepEqual([...langs].sort(), ['en', 'ko', 'zh-Hans', 'zh-Hant'])

  // 两化融合: category policy, the editor's note as definition, both Korean spellings, a traditional form.
  const liang = byChinese.get('两化融合')!
  assert.ok(liang, '两化融合 is an entry')
  const field = children(liang).find((node) => node[':@']?.type === 'subjectField')!
  assert.equal(textOf(field), 'policy')
  const definition = children(liang).find((node) => node[':@']?.type === 'definition')!
  assert.match(textOf(definition), /정보화와 산업화/)
  const ko = children(liang).find((node) => node[':@']?.['xml:lang'] === 'ko')!
  assert.deepEqual(children(ko).map((term) => textOf(children(term)[0]!)), ['양화 융합', '양화융합'])
  const hant = children(liang).find((node) => node[':@']?.['xml:lang'] === 'zh-Hant')!
  assert.equal(textOf(children(children(hant)[0]!)[0]!), '兩化融合')
  const source = children(liang).find((node) => node[':@']?.type === 'source')!
  assert.match(textOf(source), /제287호, .*287\.txt:\d+:\d+/)
})

test('TBX: a Korean form whose reading does not match is deprecated', async () => {
  const input = join(temporary, 'mismatch.txt')
  // 훙멍 reads 鸿蒙 (hóng méng); 홍명 does not (蒙 is never 명).
  await writeFile(input, '화웨이의 훙멍(鸿蒙) 운영체제가 나왔다. 훙멍(鸿蒙)은 널리 쓰인다. 홍명(鸿蒙) 생태계도 커졌다.\n')
  // The extractor flags 홍명 (and only it) as a reading mismatch.
  const terms = JSON.parse(kic(['terms', input, '--format', 'json', '-q']).stdout) as Array<{korean: string; flags: string[]}>
  assert.deepEqual([...new Set(terms.filter((term) => term.flags.includes('reading-mismatch')).map((term) => term.korean))], ['홍명'])
  const run = kic(['glossary', input, '--format', 'tbx', '-q'])
  const nodes = parse(run.stdout)
  const statuses = new Map<string, string>()
  for (const {node, name} of walk(nodes)) {
    if (name !== 'termSec') continue
    statuses.set(textOf(children(node)[0]!), textOf(children(node).filter((n) => nameOf(n) === 'termNote')[1]!))
  }
  assert.deepEqual([statuses.get('훙멍'), statuses.get('홍명')], ['preferredTerm-admn-sts', 'deprecatedTerm-admn-sts'])
})

test('TBX: --direction ko-zh puts Korean first; the file is well-formed for xmllint when it is installed', async (t) => {
  const {root, entries, xml} = tbxOf(['--direction', 'ko-zh'])
  assert.equal(root[':@']!['xml:lang'], 'ko')
  for (const entry of entries) assert.equal(children(entry).find((node) => nameOf(node) === 'langSec')![':@']!['xml:lang'], 'ko')
  const probe = spawnSync('xmllint', ['--version'])
  if (probe.error) {
    t.skip('xmllint is not installed (apt-get install libxml2-utils)')
    return
  }
  const path = join(temporary, 'glossary.tbx')
  await writeFile(path, xml)
  const lint = spawnSync('xmllint', ['--noout', path], {encoding: 'utf8'})
  assert.equal(lint.status, 0, lint.stderr)
})

test('OmegaT: three tab-separated columns, UTF-8 without BOM, no header, both directions', async () => {
  const run = kic(['glossary', sample, '--format', 'omegat', '-q'])
  assert.equal(run.status, 0, run.stderr)
  const bytes = Buffer.from(run.stdout, 'utf8')
  assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  const lines = run.stdout.split('\n').filter(Boolean)
  assert.ok(lines.length > 30)
  for (const line of lines) assert.equal(line.split('\t').length, 3, line)
  assert.ok(lines.includes('伊利\t이리\torganization'), 'no header, source first')
  assert.ok(lines.some((line) => line.startsWith('两化融合\t양화 융합\tpolicy; also 양화융합; 정보화와')), 'variants and the editor’s note in the comment')

  const back = kic(['glossary', sample, '--format', 'omegat', '--direction', 'ko-zh', '-q']).stdout.split('\n').filter(Boolean)
  assert.ok(back.includes('이리\t伊利\torganization'))
  assert.ok(back.some((line) => line.startsWith('양화융합\t两化融合\t')), 'every Korean spelling is a source')

  // Every written Chinese form is a source term, pointing at the same Korean.
  const both = join(temporary, 'both.txt')
  await writeFile(both, '정부는 양화융합(兩化融合)을 추진한다. 기업은 양화융합(两化融合)에 참여한다.\n')
  const file = join(temporary, 'glossary.txt')
  assert.equal(kic(['glossary', both, '--format', 'omegat', '-q', '-o', file]).status, 0)
  const written = await readFile(file)
  assert.notEqual(written[0], 0xef, 'no BOM in the file either')
  assert.deepEqual(written.toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t').slice(0, 2).join('→')), ['两化融合→양화융합', '兩化融合→양화융합'])
})

test('glossary CSV: the source term is the first column, in either direction', () => {
  const zh = readCsv(kic(['glossary', sample, '-q']).stdout)
  assert.deepEqual(zh[0]!.slice(0, 3), ['source', 'target', 'record'])
  const yili = zh.find((row) => row[0] === '伊利')!
  assert.equal(yili[1], '이리')
  const ko = readCsv(kic(['glossary', sample, '-q', '--direction', 'ko-zh']).stdout)
  assert.ok(ko.some((row) => row[0] === '이리' && row[1] === '伊利'))
  assert.equal(kic(['glossary', sample, '--direction', 'ko-ja']).status, 2)
})
