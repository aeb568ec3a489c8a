import {test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdtemp, readFile, writeFile, rm, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {kic} from './support/run.js'
import {shape} from './support/outline.js'
import {validateDocument} from './support/schema.js'
import {corpus, fixtures, root} from './support/paths.js'
import type {KicDocument} from '../src/emit/document.js'

const sample = join(corpus, '287.txt')
const temporary = await mkdtemp(join(tmpdir(), 'kic-cli-'))
test.after(() => rm(temporary, {recursive: true, force: true}))

function parseJson(stdout: string): KicDocument {
  return JSON.parse(stdout) as KicDocument
}

test('kic parse writes the document to stdout and diagnostics to stderr', () => {
  const run = kic(['parse', sample])
  assert.equal(run.status, 0)
  const document = parseJson(run.stdout)
  assert.equal(document.issue.number, 287)
  assert.match(run.stderr, /corpus\/287\.txt:133:209 info rejoined .* \(page-break-join\)/)
  assert.match(run.stderr, /corpus\/287\.txt:28:12 warning table of contents title/)
})

test('--quiet hides warnings and notes', () => {
  const run = kic(['parse', sample, '--quiet'])
  assert.equal(run.status, 0)
  assert.equal(run.stderr, '')
})

test('stdin with - or no file', () => {
  const text = Buffer.from(require_('fs').readFileSync(sample))
  for (const args of [['parse', '-'], ['parse']]) {
    const run = kic([...args, '-q'], {input: text})
    assert.equal(run.status, 0, run.stderr)
    assert.equal(parseJson(run.stdout).sections.length, 3)
  }
})

test('-o writes the file (and nothing to stdout)', async () => {
  const output = join(temporary, 'nested', '287.json')
  const run = kic(['parse', sample, '-o', output, '-q'])
  assert.equal(run.status, 0, run.stderr)
  assert.equal(run.stdout, '')
  const document = JSON.parse(await readFile(output, 'utf8'))
  assert.deepEqual(validateDocument(document), [])
})

test('--format jsonl: one record per line with record kind and issue', () => {
  const run = kic(['parse', sample, '--format', 'jsonl', '-q'])
  assert.equal(run.status, 0)
  const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line))
  assert.equal(records[0].record, 'issue')
  assert.ok(records.every((record) => record.issue === 287))
  const kinds = new Set(records.map((record) => record.record))
  for (const kind of ['issue', 'article', 'block', 'cell', 'diagnostic']) assert.ok(kinds.has(kind), kind)
  assert.equal(records.filter((record) => record.record === 'article').length, 7)
})

test('kic schema prints a JSON Schema', () => {
  const run = kic(['schema'])
  assert.equal(run.status, 0)
  const schema = JSON.parse(run.stdout)
  assert.equal(schema.properties.schema.const, 'kic/2')
  const records = JSON.parse(kic(['schema', '--records']).stdout)
  assert.deepEqual(records.discriminator, {propertyName: 'record'})
  assert.ok(records.oneOf.some((each: {properties: {record: {const: string}}}) => each.properties.record.const === 'figure'))
})

test('--version and --help exit 0; usage errors exit 2', async () => {
  const version = kic(['--version'])
  assert.equal(version.status, 0)
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  assert.equal(version.stdout.trim(), pkg.version)
  const help = kic(['parse', '--help'])
  assert.equal(help.status, 0)
  assert.match(help.stdout, /Examples:/)
  assert.equal(kic(['parse', sample, '--format', 'xml']).status, 2)
  assert.equal(kic(['parse', sample, '--encoding', 'latin9']).status, 2)
  assert.equal(kic(['frobnicate']).status, 2)
  assert.equal(kic(['parse', sample, '--no-such-flag']).status, 2)
})

const bad: Array<[string, string | Buffer, RegExp, string[]?]> = [
  ['empty.txt', '', /the file is empty \(input-empty\)/],
  ['spaces.txt', '   \n\t\n \u3000\n', /only whitespace \(input-empty\)/],
  ['binary.bin', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00]), /binary data.*\(input-(binary)\)|cannot decode/],
  ['latin1.txt', Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'), /cannot decode the file as UTF-8: invalid byte 0xe9 at byte 3 \(encoding-invalid\)/, ['--encoding', 'utf-8']],
  ['nul.txt', Buffer.from('주간 중국 창업 제 1호\n\u0000\u0000 text\n'), /:2:1 error the file holds binary data/]
]

for (const [name, content, message, extra] of bad) {
  test(`bad input ${name}: one clear error, exit 1, no stack trace`, async () => {
    const path = join(temporary, name)
    await writeFile(path, content)
    const run = kic(['parse', path, ...(extra ?? [])])
    assert.equal(run.status, 1)
    assert.equal(run.stdout, '')
    assert.match(run.stderr, message)
    assert.ok(run.stderr.startsWith(path), run.stderr)
    assert.doesNotMatch(run.stderr, /\n\s+at /)
  })
}

test('bad input: missing file and directory', async () => {
  const missing = kic(['parse', join(temporary, 'nope.txt')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /nope\.txt error no such file \(input-missing\)/)
  const folder = join(temporary, 'folder')
  await mkdir(folder, {recursive: true})
  const directory = kic(['parse', folder])
  assert.equal(directory.status, 1)
  assert.match(directory.stderr, /is a directory.*\(input-directory\)\n  hint: .*kic batch/)
})

test('encodings and line endings give the same records as UTF-8 LF', async () => {
  const original = await readFile(join(fixtures, 'encoding', 'original.txt'))
  const text = original.toString('utf8')
  const variants: Array<[string, Buffer, string, string[]?]> = [
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]), 'utf-8'],
    ['crlf.txt', Buffer.from(text.replace(/\n/g, '\r\n')), 'utf-8'],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['utf16le-nobom.txt', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['euc-kr.txt', await readFile(join(fixtures, 'encoding', 'euc-kr.txt')), 'euc-kr'],
    ['euc-kr-flag.txt', await readFile(join(fixtures, 'encoding', 'euc-kr.txt')), 'euc-kr', ['--encoding', 'cp949']]
  ]
  const reference = kic(['parse', join(fixtures, 'encoding', 'original.txt'), '-q'])
  assert.equal(reference.status, 0)
  const expected = shape(parseJson(reference.stdout))
  for (const [name, bytes, encoding, extra] of variants) {
    const path = join(temporary, name)
    await writeFile(path, bytes)
    const run = kic(['parse', path, '-q', ...(extra ?? [])])
    assert.equal(run.status, 0, `${name}: ${run.stderr}`)
    const document = parseJson(run.stdout)
    assert.equal(document.source?.encoding, encoding, name)
    assert.deepEqual(shape(document), expected, name)
  }
  const crlf = parseJson(kic(['parse', join(temporary, 'crlf.txt'), '-q']).stdout)
  assert.equal(crlf.source?.newline, 'crlf')
  assert.equal(parseJson(kic(['parse', join(temporary, 'bom.txt'), '-q']).stdout).source?.bom, true)
})

test('CP949 extension syllables decode (Node ICU drops them)', async () => {
  const run = kic(['parse', join(fixtures, 'encoding', 'cp949.txt'), '-q'])
  assert.equal(run.status, 0)
  const document = parseJson(run.stdout)
  const expected = await readFile(join(fixtures, 'encoding', 'cp949-original.txt'), 'utf8')
  const text = document.sections[1].articles[1].blocks[0]
  assert.ok('text' in text && text.text === '샤오미는 똠방각하 생태계 전략을 강화하고 있다.')
  assert.ok(expected.includes('똠방각하'))
})

import {createRequire} from 'node:module'
const require_ = createRequire(import.meta.url)
