/**
 * One place per block type: a block type defined only in this test (a
 * `quote`: lines starting with `> `) is one module, one registration and
 * its fixture, and with them is parsed from text, gets ids, reaches term
 * and figure extraction, the document, its schema, the block records (JSON
 * Lines and CSV), and goes to Markdown and back. Each step fails here if it
 * does not loop over the registry.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import type {Blockquote} from 'mdast'
import {t, type Static} from '../src/contract/define.js'
import {lang} from '../src/contract/document.js'
import {blockModules, registerBlock, unregisterBlock, type BlockModule} from '../src/blocks/index.js'
import {positionJson} from '../src/blocks/module.js'
import {mdParagraph} from '../src/blocks/mdast.js'
import {concatSpans, joinSpans, lineTail, spanOffset} from '../src/tree/span.js'
import {spanPosition} from '../src/lines/context.js'
import {processBytes} from '../src/pipeline.js'
import {blockRecords, documentRecords} from '../src/emit/records.js'
import {blockRecord} from '../src/contract/records.js'
import {csvRows} from '../src/emit/csv.js'
import {documentSchemaOf} from '../src/emit/schema.js'
import {documentToMarkdown} from '../src/markdown/stringify.js'
import type {KicDocument} from '../src/emit/document.js'
import type {Draft, Paragraph, Span} from '../src/tree/types.js'
import {corpus, fixtures} from './support/paths.js'
import {trimBlank} from '../src/util/text.js'

interface Quote {
  type: 'quote'
  id: string
  lang?: 'ko' | 'zh' | 'en' | 'und'
  position: Paragraph['position']
  span: Span
}

const quoteJson = t.object({id: t.string(), type: t.const('quote'), text: t.string(), lang, position: t.ref<ReturnType<typeof positionJson>>('position')})

/** `> text`: the marker, then the quoted text. */
const quoteLine = /^>\s+(\S.*)$/

/** The whole block type: this module and `registerBlock(quote)`. */
const quote: BlockModule<Quote, Static<typeof quoteJson>> = {
  type: 'quote',
  letter: 'q',
  read: {
    precedence: 85,
    starts: '>',
    test: (_, text) => quoteLine.exec(text),
    build(match: RegExpExecArray, index, reader) {
      // Consecutive `> ` lines are one quote.
      const {context} = reader
      const spans = [lineTail(context.lines[index], match[1].length)]
      let last = index
      while (last + 1 < context.lines.length) {
        const next = quoteLine.exec(context.lines[last + 1].text.trim())
        if (!next) break
        spans.push(lineTail(context.lines[++last], next[1].length))
      }
      const span = concatSpans(spans, ' ')
      reader.nodes.push({type: 'quote', span, position: spanPosition(context, span)} as unknown as Paragraph<Draft>)
      return last
    }
  },
  json: quoteJson,
  units: (node) => [{span: node.span, block: node.id, blockType: 'quote'}],
  toJson: (node) => ({id: node.id, type: 'quote', text: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text,
  toMdast: (json) => [{type: 'blockquote', children: [mdParagraph(json.text)]}],
  fromMdast(node, layout) {
    if (node.type !== 'blockquote') return false
    for (const child of (node as Blockquote).children) {
      if (child.type !== 'paragraph') continue
      const span = layout.phrasing(child.children)
      const start = spanOffset(span, 0)
      layout.pushLine(joinSpans({text: '> ', map: [{at: 0, offset: start}]}, {text: span.text.replace(/\n/g, ' '), map: span.map}, ''), start)
    }
    return true
  }
}

const folder = join(fixtures, 'blocks', 'quote')
const input = readFileSync(join(folder, 'input.txt'))
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Array<{id: string; type: string; text: string}>

type AnyBlock = {id: string; type: string; text?: string}
const blocksOf = (document: KicDocument) =>
  document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)) as AnyBlock[]
const quotesOf = (document: KicDocument) =>
  blocksOf(document)
    .filter((block) => block.type === 'quote')
    .map(({id, type, text}) => ({id, type, text}))

test('blocks: a block type registered in a test is parsed, extracted, emitted, validated and round-trips through Markdown', async () => {
  registerBlock(quote)
  try {
    const {document} = await processBytes(input, 'quote.txt')
    // Parsed from its lines by its own test and builder, with ids of its letter.
    assert.deepEqual(quotesOf(document), expected, JSON.stringify(blocksOf(document).map((block) => block.type)))
    const [first] = expected
    // Its text was read by the term and figure extractors, like any block's.
    assert.ok(document.terms.some((term) => term.block === first.id && term.chinese === '优必选'), JSON.stringify(document.terms))
    assert.ok(document.figures.some((figure) => figure.block === first.id && figure.value === 300_000_000), JSON.stringify(document.figures))
    // Its block record, in JSON Lines and in CSV.
    const record = [...blockRecords(document)].find((each) => each.id === first.id)
    assert.equal(record?.text, first.text)
    assert.ok([...documentRecords(document)].some((each) => each.record === 'block' && (each as {id: string}).id === first.id))
    assert.ok(csvRows([record!], blockRecord.columns).includes(first.text))
    // The document schema lists it, and the document validates.
    const require = createRequire(import.meta.url)
    const Ajv2020 = require('ajv/dist/2020') as new (options: object) => {compile(schema: object): (data: unknown) => boolean}
    const schema = documentSchemaOf()
    assert.ok(JSON.stringify(schema).includes('"const":"quote"'))
    assert.ok(new Ajv2020({strict: false, discriminator: true}).compile(schema)(document))
    // To Markdown (a blockquote) and back to the same quotes.
    const markdown = documentToMarkdown(document)
    assert.match(markdown, /^> 유비테크/m)
    const back = (await processBytes(new TextEncoder().encode(markdown), 'quote.md')).document
    assert.deepEqual(quotesOf(back), expected)
  } finally {
    unregisterBlock('quote')
  }
  assert.ok(!blockModules().some((module) => module.type === 'quote'))
})

test('blocks: without the module, the same lines are a paragraph', async () => {
  const {document} = await processBytes(input, 'quote.txt')
  assert.deepEqual(quotesOf(document), [])
  assert.ok(blocksOf(document).some((block) => block.type === 'paragraph' && block.text?.startsWith('> 유비테크')))
})

test('blocks: a type or id letter registered twice is refused', () => {
  assert.throws(() => registerBlock({...quote, type: 'paragraph'} as never), /registered twice/)
  assert.throws(() => registerBlock({...quote, letter: 'p'}), /share the id letter/)
})

test('blocks: a line test matches only lines starting with one of its `starts` characters', () => {
  // Every line of the sample issue and the text fixtures, also indented: the body skips a test by its first character.
  const inputs = [join(corpus, '287.txt'), ...readdirSync(join(fixtures, 'parse')).map((name) => join(fixtures, 'parse', name, 'input.txt'))]
  let checked = 0
  for (const path of inputs) {
    for (const raw of readFileSync(path, 'utf8').split('\n')) {
      for (const text of [raw, `  ${raw}`]) {
        const trimmed = trimBlank(text)
        if (!trimmed) continue
        const line = {number: 1, start: 0, text}
        for (const module of blockModules()) {
          const {starts} = module.read
          if (starts === undefined || module.read.test(line, trimmed) === null) continue
          checked++
          assert.ok(starts.includes(String.fromCodePoint(trimmed.codePointAt(0)!)), `${module.type}: ${trimmed}`)
        }
      }
    }
  }
  assert.ok(checked > 50, String(checked))
})

test('blocks: every line reader has its own precedence', () => {
  const precedences = blockModules().map((module) => module.read.precedence)
  assert.equal(new Set(precedences).size, precedences.length)
})
