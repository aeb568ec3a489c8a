/**
 * The flat tree and the structured tree are distinct types, and the one
 * place where the nested tree's type narrows to "every node has an id"
 * (`transform/ids.ts`) is checked here on real inputs: every node of the
 * structured tree carries a non-empty id, ids are unique, and no node that
 * only the flat tree has is left.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {createProcessor} from '../src/pipeline.js'
import kicParseMarkdown from '../src/plugins/parse-markdown.js'
import {parseBulletin} from '../src/parse/bulletin.js'
import {structure} from '../src/transform/structure.js'
import type {Root} from '../src/tree/types.js'
import {corpus, fixtures} from './support/paths.js'

/** Node types that exist only in the flat tree. */
const flatOnly = new Set(['sectionHeading', 'articleTitle', 'articleSource'])

/** Every unist node below the root (objects with a string `type`), each once. */
function nodesOf(root: Root): Array<{type: string; id?: unknown}> {
  const seen = new Set<object>()
  const nodes: Array<{type: string; id?: unknown}> = []
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const each of value) walk(each)
      return
    }
    const record = value as {type?: unknown; id?: unknown; position?: unknown}
    if (typeof record.type === 'string' && record.position) nodes.push(record as {type: string; id?: unknown})
    for (const [key, each] of Object.entries(value)) if (key !== 'position' && key !== 'data') walk(each)
  }
  for (const child of root.children) walk(child)
  return nodes
}

async function structured(path: string): Promise<Root> {
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  const processor = path.endsWith('.md') ? createProcessor({terms: false, figures: false}, kicParseMarkdown) : createProcessor({terms: false, figures: false})
  return (await processor.run(processor.parse(file), file)) as Root
}

function inputs(): string[] {
  const parse = join(fixtures, 'parse')
  const markdown = join(fixtures, 'markdown')
  return [
    join(corpus, '287.txt'),
    ...readdirSync(parse).map((name) => join(parse, name, 'input.txt')),
    ...readdirSync(markdown).map((name) => join(markdown, name, 'input.md'))
  ]
}

/** What is wrong with the ids of a structured tree: nodes without one, ids used twice, flat-only nodes. */
function idProblems(root: Root): string[] {
  const problems: string[] = []
  const ids = new Map<string, string>()
  for (const node of nodesOf(root)) {
    if (flatOnly.has(node.type)) problems.push(`a ${node.type} is left in the structured tree`)
    if (typeof node.id !== 'string' || node.id === '') {
      problems.push(`a ${node.type} has no id`)
      continue
    }
    const other = ids.get(node.id)
    if (other) problems.push(`id ${node.id} is on a ${other} and a ${node.type}`)
    ids.set(node.id, node.type)
  }
  return problems
}

test('tree: every node of the structured tree has its own id (the narrowing in transform/ids.ts holds)', async () => {
  for (const path of inputs()) {
    const root = await structured(path)
    const nodes = nodesOf(root)
    // The walk reaches the parts below blocks, so a block module that forgot its parts' ids would show.
    assert.ok(nodes.some((node) => node.type === 'section'), path)
    assert.deepEqual(idProblems(root), [], path)
  }
  const all = new Set<string>()
  for (const path of inputs()) for (const node of nodesOf(await structured(path))) all.add(node.type)
  for (const type of ['masthead', 'toc', 'tocEntry', 'section', 'article', 'paragraph', 'heading', 'list', 'listItem', 'table', 'cell', 'caption', 'note', 'sources', 'sourceItem']) {
    assert.ok(all.has(type), `no ${type} in the inputs: the check would not see its ids`)
  }
})

test('tree: the check sees a node without an id', () => {
  const root = structure(parseBulletin(readFileSync(join(corpus, '287.txt'), 'utf8')), () => {}, '287')
  assert.deepEqual(idProblems(root), [])
  const table = root.children.flatMap((node) => (node.type === 'section' ? node.children : [])).flatMap((article) => article.children).find((block) => block.type === 'table')
  assert.ok(table)
  delete (table.rows[0]![0] as {id?: string}).id
  assert.deepEqual(idProblems(root), ['a cell has no id'])
})

test('tree: structure returns a new root and leaves the flat one flat', () => {
  const flat = parseBulletin(readFileSync(join(corpus, '287.txt'), 'utf8'))
  const children = flat.children.length
  const root = structure(flat, () => {}, '287')
  assert.notEqual(root as object, flat as object)
  assert.equal(flat.children.length, children)
  assert.ok(flat.children.some((node) => node.type === 'articleTitle'))
  assert.equal(root.data?.key, '287')
})
