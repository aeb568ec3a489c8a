import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {processBytes, processPath} from '../src/pipeline.js'
import type {KicDocument} from '../src/emit/document.js'
import {documentToMarkdown} from '../src/markdown/stringify.js'
import {readFrontMatter, blankFrontMatter} from '../src/markdown/front-matter.js'
import {align} from '../src/markdown/from-mdast.js'
import {spawnSync} from 'node:child_process'
import {bin, corpus, fixtures} from './support/paths.js'
import {kic} from './support/run.js'

const sample = join(corpus, '287.txt')
const encoder = new TextEncoder()

/** The records: everything but positions, the source block, the tool and diagnostics. */
function records(document: KicDocument, options: {lang?: boolean; extracted?: boolean} = {}) {
  const {issue, toc, sections, colophon, terms, figures} = document
  return strip(
    {issue, toc, sections, colophon, ...(options.extracted === false ? {} : {terms, figures})},
    options.lang === false ? new Set(['position', 'lang']) : new Set(['position'])
  )
}

function strip(value: unknown, drop: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((each) => strip(each, drop))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) if (!drop.has(key)) out[key] = strip(child, drop)
    return out
  }
  return value
}

/** Export a parsed text file to Markdown and parse that back (under the same stem, so ids agree). */
async function roundTrip(path: string): Promise<{text: KicDocument; markdown: string; back: KicDocument}> {
  const text = (await processPath(path)).document
  const markdown = documentToMarkdown(text)
  const stem = basename(path).replace(/\.[^.]+$/, '')
  const back = (await processBytes(encoder.encode(markdown), join(dirname(path), `${stem}.md`))).document
  return {text, markdown, back}
}

test('round trip: 287.txt → Markdown → same records (sections, articles, tables, captions, notes, sources, terms, figures)', async () => {
  const {text, back} = await roundTrip(sample)
  assert.ok(text.sections.length === 3 && text.terms.length > 0)
  assert.deepEqual(records(back), records(text))
})

test('round trip: every text fixture', async () => {
  const cases = await readdir(join(fixtures, 'parse'))
  assert.ok(cases.length > 0)
  for (const name of cases) {
    const {text, back} = await roundTrip(join(fixtures, 'parse', name, 'input.txt'))
    assert.deepEqual(records(back), records(text), name)
  }
})

test('round trip: spans of the Markdown map back into the Markdown source', async () => {
  const {markdown, back} = await roundTrip(sample)
  const unescape = (text: string) => text.replace(/\\(?=[\p{P}\p{S}])/gu, '')
  let paragraphs = 0
  for (const section of back.sections) {
    for (const article of section.articles) {
      for (const block of article.blocks) {
        if (block.type !== 'paragraph') continue
        paragraphs++
        assert.equal(unescape(markdown.slice(block.position.start.offset, block.position.end.offset)), block.text)
      }
    }
  }
  assert.ok(paragraphs > 50)
  for (const term of back.terms) {
    const source = markdown.slice(term.position.start.offset, term.position.end.offset)
    assert.ok(source.includes(term.korean) || (term.chinese !== null && source.includes(term.chinese)), `${term.id}: ${source}`)
  }
})

test('CLI: kic export 287.txt --to md | kic parse --from md', async () => {
  const exported = kic(['export', sample, '--to', 'md', '-q'])
  assert.equal(exported.status, 0, exported.stderr)
  assert.match(exported.stdout, /^---\ntitle: 주간 중국 창업\nnumber: 287\n/)
  const parsed = kic(['parse', '--from', 'md', '-q'], {input: exported.stdout})
  assert.equal(parsed.status, 0, parsed.stderr)
  const text = (await processPath(sample)).document
  assert.deepEqual(records(JSON.parse(parsed.stdout)), records(text))
})

test('export from a kic/2 JSON document is the export of the text', async () => {
  const parsed = kic(['parse', sample, '-q'])
  const path = join(process.env.TMPDIR ?? '/tmp', `kic-md-${process.pid}.json`)
  await writeFile(path, parsed.stdout)
  try {
    const fromJson = kic(['export', path, '--to', 'md'])
    const fromText = kic(['export', sample, '--to', 'md', '-q'])
    assert.equal(fromJson.status, 0, fromJson.stderr)
    assert.equal(fromJson.stdout, fromText.stdout)
  } finally {
    await rm(path, {force: true})
  }
})

test('hazards: editor-note `*`, `|` in text and cells, `<…>` titles, captions do not turn into markup', async () => {
  const {markdown, back} = await roundTrip(sample)
  assert.match(markdown, /^\(\\\*워투 클라우드 크리에이션 계획 편집자 주: /m)
  assert.match(markdown, /^\\\*출처: 텐센트망\(腾讯云\) 实践案例探究 \\\| 从量变到质变/m)
  assert.match(markdown, /^\*사진 1\) 출처: 과기일보\(科技日报\)\. /m)
  assert.match(markdown, /^\| 혁신역량 제고 사업 +\| • 산업체인 협업적 혁신<br>• 지식재산권 서비스 플랫폼 건립<br>• 지능형 제품 개발 +\|$/m)
  const sources = back.sections[1].articles[1].blocks.find((block) => block.type === 'sources')
  assert.ok(sources && sources.type === 'sources')
  assert.equal(sources.items[0].text.includes('实践案例探究 | 从量变到质变'), true)

  const table = `| 구분 | 내용 |\n| --- | --- |\n| a \\| b | • x<br>• y |\n`
  const document = (await processBytes(encoder.encode(table), 'cell.md')).document
  const block = document.sections[0].articles[0].blocks[0]
  assert.ok(block.type === 'table')
  assert.deepEqual(
    block.rows.map((row) => row.map((cell) => cell.items ?? cell.text)),
    [['구분', '내용'], ['a | b', ['x', 'y']]]
  )
})

test('Korean and Chinese emphasis next to punctuation is read as emphasis (remark-cjk-friendly)', async () => {
  const input = '**이리(伊利)**는 **\'3 품\'**행동 강령을 *중국(中国)*에서 발표했다.\n'
  const document = (await processBytes(encoder.encode(input), 'cjk.md')).document
  const block = document.sections[0].articles[0].blocks[0]
  assert.ok(block.type === 'paragraph')
  assert.equal(block.text, "이리(伊利)는 '3 품'행동 강령을 중국(中国)에서 발표했다.")
})

test('front matter: key: value lines and lists; blanking keeps offsets', () => {
  const text = '---\ntitle: 주간 중국 창업\nnumber: 287\nnotices:\n  - "\'a\' b"\n  - c\n---\n\n# X\n'
  const matter = readFrontMatter(text)
  assert.ok(matter)
  assert.deepEqual(
    matter.fields.map((field) => [field.key, field.value]),
    [['title', '주간 중국 창업'], ['number', '287'], ['notices', "'a' b"], ['notices', 'c']]
  )
  assert.equal(text.slice(matter.fields[1].offset, matter.fields[1].offset + 3), '287')
  const blanked = blankFrontMatter(text, matter)
  assert.equal(blanked.length, text.length)
  assert.equal(blanked.indexOf('# X'), text.indexOf('# X'))
  assert.equal(readFrontMatter('# no front matter\n'), null)
})

test('align maps unescaped text onto its source', () => {
  const span = align('a*b|c', 'a\\*b\\|c', 10)
  assert.deepEqual(span.map, [{at: 0, offset: 10}, {at: 1, offset: 12}, {at: 3, offset: 15}])
  assert.deepEqual(align('x&y', 'x&amp;y', 0).map, [{at: 0, offset: 0}, {at: 2, offset: 6}])
})

test('fixtures: Markdown from other converters parses to the expected records (checked by hand)', async () => {
  const cases = await readdir(join(fixtures, 'markdown'))
  assert.ok(cases.length > 0)
  for (const name of cases) {
    const document = (await processPath(join(fixtures, 'markdown', name, 'input.md'))).document
    const expected = JSON.parse(await readFile(join(fixtures, 'markdown', name, 'expected.json'), 'utf8'))
    assert.deepEqual(records(document, {lang: false, extracted: false}), expected, name)
  }
})

test('`kic parse file.txt` does not load remark', () => {
  const text = withEsmDebug(['parse', sample, '-q'])
  const markdown = withEsmDebug(['parse', '--from', 'md', '-q'], '# a\n')
  // Node's ESM debug log names every module it loads; skip when this Node does not log them.
  if (!/remark-parse/.test(markdown)) return
  assert.doesNotMatch(text, /remark-|micromark|mdast-util/)
})

function withEsmDebug(args: string[], input?: string): string {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, NODE_DEBUG: 'esm'}
  })
  return result.stderr
}
