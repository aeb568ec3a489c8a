/**
 * One place per block type: a block type defined only in this test (a
 * `quote`, lines starting with `> `) is one module and one registration,
 * and gets ids, extractor texts, its JSON, its schema and its block records.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import {t, type Static} from '../src/contract/define.js'
import {lang} from '../src/contract/document.js'
import {blockModules, registerBlock, unregisterBlock, type BlockModule} from '../src/blocks/index.js'
import {positionJson} from '../src/blocks/module.js'
import {createProcessor} from '../src/pipeline.js'
import kicParse from '../src/plugins/parse.js'
import {blockRecords} from '../src/emit/records.js'
import {documentSchemaOf} from '../src/emit/schema.js'
import type {KicDocument} from '../src/emit/document.js'
import type {Draft, FlatRoot, Paragraph, Span} from '../src/tree/types.js'
import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fixtures} from './support/paths.js'

interface Quote {
  type: 'quote'
  id: string
  lang?: 'ko' | 'zh' | 'en' | 'und'
  position: Paragraph['position']
  span: Span
}

const quoteJson = t.object({id: t.string(), type: t.const('quote'), text: t.string(), lang, position: t.ref<ReturnType<typeof positionJson>>('position')})

const quote: BlockModule<Quote, Static<typeof quoteJson>> = {
  type: 'quote',
  letter: 'q',
  json: quoteJson,
  units: (node, id) => [{span: node.span, block: id, blockType: 'quote'}],
  toJson: (node, id) => ({id, type: 'quote', text: node.span.text.slice(2), lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text
}

/** Its line test and builder: here a parser step that turns `> ` paragraphs into quotes. */
const parseWithQuotes: Plugin<[], string, FlatRoot> = function () {
  kicParse.call(this as never)
  const self = this as unknown as Processor<FlatRoot>
  const parse = self.parser!
  self.parser = (document, file) => {
    const root = parse(document, file) as FlatRoot
    for (const [index, node] of root.children.entries()) {
      if (node.type === 'paragraph' && node.span.text.startsWith('> ')) {
        root.children[index] = {type: 'quote', position: node.position, span: node.span} as unknown as Paragraph<Draft>
      }
    }
    return root
  }
}

const text = readFileSync(join(fixtures, 'parse', 'mini-bulletin', 'input.txt'), 'utf8').replace(
  '베이징시는 스타트업 지원을 위한 새로운 정책을 발표했다.',
  '베이징시는 스타트업 지원을 위한 새로운 정책을 발표했다.\n\n> 인용문에 2억 명이 나온다.'
)

test('blocks: a block type registered in a test gets ids, texts, JSON, schema and records', async () => {
  registerBlock(quote)
  try {
    const file = new VFile({path: 'quote.txt', value: text})
    const processed = await createProcessor({terms: false}, parseWithQuotes as typeof kicParse).process(file)
    const document = processed.result as KicDocument
    const blocks = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)) as Array<{id: string; type: string; text?: string}>
    const found = blocks.find((block) => block.type === 'quote')
    assert.ok(found, JSON.stringify(blocks.map((block) => block.type)))
    assert.match(found.id, /\/q1$/)
    assert.equal(found.text, '인용문에 2억 명이 나온다.')
    // Its text was read by the figure extractor, like any block's.
    assert.ok(document.figures.some((figure) => figure.block === found.id && figure.value === 200_000_000))
    // Its block record.
    const record = [...blockRecords(document)].find((each) => each.id === found.id)
    assert.equal(record?.text, '인용문에 2억 명이 나온다.')
    // The document schema lists it and the document validates.
    const require = createRequire(import.meta.url)
    const Ajv2020 = require('ajv/dist/2020') as new (options: object) => {compile(schema: object): (data: unknown) => boolean}
    const schema = documentSchemaOf()
    assert.ok(JSON.stringify(schema).includes('"const":"quote"'))
    assert.ok(new Ajv2020({strict: false, discriminator: true}).compile(schema)(document))
  } finally {
    unregisterBlock('quote')
  }
  assert.ok(!blockModules().some((module) => module.type === 'quote'))
})

test('blocks: a type or id letter registered twice is refused', () => {
  assert.throws(() => registerBlock({...quote, type: 'paragraph'} as never), /registered twice/)
  assert.throws(() => registerBlock({...quote, letter: 'p'}), /share the id letter/)
})
