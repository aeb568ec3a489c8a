/**
 * Defects found by hostile input (issue 12), one regression test each,
 * named after the defect. Every case ends in a result or one located error
 * (exit 1, no stack trace).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'node:test'
import {processBytes} from '../src/pipeline.js'
import {splitLines} from '../src/parse/lines.js'
import {pointLocator} from '../src/util/line-breaks.js'
import {maxOf, pushAll} from '../src/util/arrays.js'
import {bin, root} from './support/paths.js'
import {kic} from './support/run.js'

function temporary(): string {
  return mkdtempSync(join(tmpdir(), 'kic-reliability-'))
}

/** A clean failure: exit 1, one located error line (plus its hint), no stack trace. */
export function assertLocatedError(run: {status: number | null; stderr: string}, pattern: RegExp): void {
  assert.equal(run.status, 1, run.stderr)
  assert.match(run.stderr, pattern)
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at |RangeError|TypeError/, run.stderr)
}

const encoder = new TextEncoder()
const documentOf = async (text: string, path = 'x.txt') => (await processBytes(encoder.encode(text), path)).document

test('defect 1: huge element counts do not overflow the stack (no spread of big arrays into a call)', () => {
  // The stack is made small so that 40,000 elements overflow a spread as 130,000 do by default.
  const folder = temporary()
  const file = join(folder, 'p.txt')
  writeFileSync(file, Array.from({length: 40_000}, () => '가나다').join('\n\n') + '\n')
  const run = spawnSync(process.execPath, ['--stack-size=200', bin, 'parse', file, '-q'], {encoding: 'utf8', maxBuffer: 1 << 30})
  assert.equal(run.status, 0, run.stderr.slice(0, 500))
  assert.equal((run.stdout.match(/"type": "paragraph"/g) ?? []).length, 40_000)
  const figures = join(folder, 'f.txt')
  writeFileSync(figures, Array.from({length: 20_000}, (_, index) => `매출은 ${index + 1}억 원이다.`).join('\n\n') + '\n')
  const figuresRun = spawnSync(process.execPath, ['--stack-size=200', bin, 'figures', figures, '-q', '--format', 'jsonl'], {encoding: 'utf8', maxBuffer: 1 << 30})
  assert.equal(figuresRun.status, 0, figuresRun.stderr.slice(0, 500))
  assert.ok(figuresRun.stdout.split('\n').length > 20_000)
})

test('defect 1: the array helpers take a million elements; no source file spreads an array into push or Math.max', async () => {
  const big = Array.from({length: 1_000_000}, (_, index) => index)
  assert.equal(pushAll([], big).length, 1_000_000)
  assert.equal(maxOf(big), 999_999)
  assert.equal(maxOf([], 1), 1)
  const {readdirSync} = await import('node:fs')
  const offenders: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        for (const [index, line] of readFileSync(path, 'utf8').split('\n').entries()) {
          if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) continue
          if (/\b(?:push|unshift|Math\.(?:max|min)|fromCharCode|fromCodePoint)\((?:[^(){}]*,\s*)?\.\.\./.test(line)) offenders.push(`${path}:${index + 1}: ${line.trim()}`)
        }
      }
    }
  }
  walk(join(root, 'src'))
  assert.deepEqual(offenders, [])
})

test('defect 4: a heading line ending in U+2028 / U+2029 / vertical tab keeps its first title character', async () => {
  for (const end of ['\u2029', '\u2028', '\u000b', '\u205f']) {
    const document = await documentOf(`서론\n① 공급 수준 제고${end}\n본문입니다.\n`)
    const blocks = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks))
    const heading = blocks.find((block) => block.type === 'heading') as {title: string} | undefined
    assert.equal(heading?.title, '공급 수준 제고', JSON.stringify(end))
  }
})

test('defect 13: U+2028, U+2029, NEL and form feed are line breaks, the same for lines and positions', async () => {
  const text = 'a\u2028b\u2029c\u0085d\fe\r\nf\rg'
  assert.deepEqual(splitLines(text).map((line) => line.text), ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  assert.deepEqual(splitLines(text).map((line) => Boolean(line.pageBreak)), [false, false, false, true, false, false, false])
  const locate = pointLocator(text)
  for (const line of splitLines(text)) assert.deepEqual(locate(line.start), {line: line.number, column: 1, offset: line.start})
  // Through the pipeline: each separated sentence is its own paragraph, located on its own line.
  const document = await documentOf('첫 문단입니다.\u2029\u2029둘째 문단입니다.\u0085\u0085셋째 문단입니다.\f넷째 문단입니다.\n')
  const paragraphs = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)).filter((block) => block.type === 'paragraph')
  // One form feed is one line break (a page ends there): the paragraph goes on.
  assert.deepEqual(paragraphs.map((block) => (block as {text: string}).text), ['첫 문단입니다.', '둘째 문단입니다.', '셋째 문단입니다. 넷째 문단입니다.'])
  assert.deepEqual(paragraphs.map((block) => [block.position.start.line, block.position.end.line]), [[1, 1], [3, 3], [5, 6]])
  // Markdown reads the same breaks.
  const markdown = await documentOf('첫 문단입니다.\u2029\u2029둘째 문단입니다.\n', 'x.md')
  const mdParagraphs = markdown.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)).filter((block) => block.type === 'paragraph')
  assert.deepEqual(mdParagraphs.map((block) => block.position.start.line), [1, 3])
})

test('defect 6: a bad byte is reported where it is, as byte offset and line:column', () => {
  const folder = temporary()
  const cases: Array<[string, Buffer, string[], RegExp]> = [
    ['b.txt', Buffer.concat([Buffer.from('가나다'), Buffer.from([0xff]), Buffer.from('\n')]), [], /b\.txt:1:4 error .*invalid byte 0xff at byte 9 \(line 1, column 4\)/],
    ['c.txt', Buffer.concat([Buffer.from('ab\n한cd'), Buffer.from([0xe0, 0x80]), Buffer.from('\n')]), ['--encoding', 'utf-8'], /c\.txt:2:4 error .*invalid byte 0xe0 at byte 8/],
    ['d.txt', Buffer.concat([Buffer.from('ab\ncd'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('x\n')]), ['--encoding', 'utf-8'], /d\.txt:2:3 error .*invalid byte 0xed at byte 5/],
    ['e.txt', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x62, 0x00]), [], /e\.txt:2:1 error .*UTF-16LE: invalid byte 0x00 at byte 6/]
  ]
  for (const [name, bytes, args, pattern] of cases) {
    writeFileSync(join(folder, name), bytes)
    assertLocatedError(kic(['parse', join(folder, name), ...args]), pattern)
  }
})

test('defect 7: export validates a kic/1 document before using it', async () => {
  const folder = temporary()
  const bare = join(folder, 'm.json')
  writeFileSync(bare, '{"schema":"kic/1"}')
  assertLocatedError(kic(['export', bare, '--to', 'md']), /m\.json error not a valid kic\/1 document: \/: missing `tool` \(input-json\)/)
  const parsed = kic(['parse', join(root, 'corpus', '287.txt'), '-q'])
  const good = JSON.parse(parsed.stdout)
  const {schemaProblem} = await import('../src/emit/validate.js')
  const {documentSchema} = await import('../src/emit/schema.js')
  const {validateDocument} = await import('./support/schema.js')
  assert.equal(schemaProblem(good, documentSchema), null)
  const broken: Array<[string, (document: any) => void, RegExp]> = [
    ['type', (d) => (d.sections[0].articles[0].blocks[0].type = 'bogus'), /blocks\/0\/type: unknown type "bogus"/],
    ['position', (d) => (d.sections[1].articles[0].blocks[0].position = null), /blocks\/0\/position: must be object, not null/],
    ['sections', (d) => (d.sections = {}), /\/sections: must be array/],
    ['rows', (d) => {
      const table = d.sections.flatMap((s: any) => s.articles.flatMap((a: any) => a.blocks)).find((b: any) => b.type === 'table')
      table.rows = [[null]]
    }, /rows\/0\/0: must be object, not null/]
  ]
  for (const [name, damage, pattern] of broken) {
    const document = structuredClone(good)
    damage(document)
    // The same verdict as a full JSON Schema validator.
    assert.notDeepEqual(validateDocument(document), [], name)
    assert.match(schemaProblem(document, documentSchema) ?? '', pattern, name)
    const path = join(folder, `${name}.json`)
    writeFileSync(path, JSON.stringify(document))
    assertLocatedError(kic(['export', path]), /error not a valid kic\/1 document: .* \(input-json\)/)
  }
  // The schema uses only keywords the validator reads.
  const {validatedKeywords} = await import('../src/emit/validate.js')
  const unknown = new Set<string>()
  const walk = (value: unknown, inProperties: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, false))
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) {
      if (!inProperties && !validatedKeywords.has(key)) unknown.add(key)
      if (key !== 'discriminator') walk(child, !inProperties && (key === 'properties' || key === '$defs'))
    }
  }
  walk(documentSchema, false)
  assert.deepEqual([...unknown], [])
})

const articlesOf = (document: Awaited<ReturnType<typeof documentOf>>) => document.sections.flatMap((section) => section.articles)

test('defect 4: a line ending in blanks keeps its article title, category and source whole', async () => {
  const document = await documentOf('서론\n\n1. 【분류】 중국 창업 동향 \u3000 \n\u2014 인민망\u00a0 \n본문입니다.\n\n*출처:\u2003\n1. 인민망(人民网) 기사  \n')
  const [article] = articlesOf(document).filter((item) => item.number === 1)
  assert.equal(article.title, '중국 창업 동향')
  assert.equal(article.category, '분류')
  assert.equal(article.source?.text, '인민망')
})

test('defect 5: Markdown `## 12. 3D 프린팅` is article 12 titled `3D 프린팅`', async () => {
  const document = await documentOf('# 산업\n\n## 12. 3D 프린팅\n\n본문입니다.\n\n## 13. 3차원 기술 동향\n\n본문.\n\n## 2023년 시장\n\n본문.\n', 'x.md')
  assert.deepEqual(
    articlesOf(document).map((article) => [article.number, article.title]),
    [[12, '3D 프린팅'], [13, '3차원 기술 동향'], [14, '2023년 시장']]
  )
  assert.ok(document.diagnostics.some((diagnostic) => diagnostic.ruleId === 'article-sequence'))
  // In text, a numbered line starting with a digit stays what it was (not an article).
  const text = await documentOf('서론\n\n1. 중국 창업 동향\n본문입니다.\n\n2. 3D 프린팅 시장\n')
  assert.deepEqual(articlesOf(text).map((article) => article.number).filter((number) => number !== null), [1])
})
