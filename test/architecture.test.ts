/**
 * The shape of the code (ARCHITECTURE.md): leaves below, no import cycles,
 * no import from a lower layer to a higher one, one definition of each
 * character range, and the schema machinery off the `kic parse` path.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {root} from './support/paths.js'

/**
 * Layers, lowest first: a module may import from its own layer and those
 * below. Folders of `src/` (and top-level files) by the step of the data
 * flow they serve. A new folder goes into the layer of its step.
 */
export const layers: string[][] = [
  ['util', 'contract', 'version.ts', 'errors.ts'],
  ['data'],
  ['tree', 'lines', 'blocks'],
  ['io', 'pdf', 'parse', 'lang'],
  ['transform'],
  ['figures', 'terms', 'lexicon'],
  ['emit', 'markdown', 'glossary', 'archive'],
  ['plugins'],
  ['pipeline.ts'],
  ['batch', 'report', 'search'],
  ['cli']
]

/**
 * Cycles known and owned elsewhere, to be removed by their owners (issue 11:
 * the figure extractor's cue, extract and subject modules). Listed here only
 * while they exist: the test fails when one is gone, so the list shrinks.
 */
const knownCycles: string[][] = []

const src = join(root, 'src')

function sources(folder: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) out.push(...sources(path))
    else if (name.endsWith('.ts')) out.push(path)
  }
  return out
}

/** Module → the modules it imports (static, dynamic and type-only), as paths relative to `src/`. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8')
    const imports: string[] = []
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
      const specifier = (match[1] ?? match[2])!
      imports.push(relative(src, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))))
    }
    graph.set(relative(src, file), imports)
  }
  return graph
}

const unit = (module: string) => module.split('/')[0]!

function layerOf(module: string): number {
  return layers.findIndex((layer) => layer.includes(unit(module)))
}

test('architecture: every folder of src/ has a layer', () => {
  const unknown = [...importGraph().keys()].filter((module) => layerOf(module) < 0)
  assert.deepEqual(unknown, [], 'add these folders to `layers` in test/architecture.test.ts and ARCHITECTURE.md')
})

test('architecture: no import from a lower layer to a higher one', () => {
  const upward: string[] = []
  for (const [module, imports] of importGraph()) {
    for (const imported of imports) {
      if (layerOf(imported) > layerOf(module)) upward.push(`${module} → ${imported}`)
    }
  }
  assert.deepEqual(upward, [])
})

/** Strongly connected components with more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return found
}

test('architecture: no import cycles (beyond the known ones, which must still exist)', () => {
  const found = cycles(importGraph()).map((cycle) => cycle.join(' ↔ '))
  const known = knownCycles.map((cycle) => [...cycle].sort().join(' ↔ '))
  assert.deepEqual(found.filter((cycle) => !known.includes(cycle)), [])
  assert.deepEqual(known.filter((cycle) => !found.includes(cycle)), [], 'a known cycle is gone: remove it from knownCycles')
})

test('architecture: Unicode property expressions (`\\p{…}`) are written only in util/unicode-class.ts', () => {
  const writing = [...importGraph().keys()].filter((module) => {
    if (module === 'util/unicode-class.ts') return false
    // code lines, not comments (which quote the expressions a test stands for)
    return readFileSync(join(src, module), 'utf8').split('\n').some((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line) && line.includes('\\p{'))
  })
  assert.deepEqual(writing, [])
})

test('architecture: each character range is written once, in util/chars.ts', () => {
  const range = /0x[aA][cC]00|\\u[aA][cC]00|가-힣|0x4[eE]00|\\u4[eE]00|0x3400|\\u3400|0x[fF]900|\\u[fF]900|\\p\{Script=Han|\\p\{sc=Han|\\p\{Script=Hangul/
  const writing = [...importGraph().keys()].filter((module) => module !== 'util/chars.ts' && range.test(readFileSync(join(src, module), 'utf8')))
  assert.deepEqual(writing, [])
})

test('architecture: the schema machinery is not on the `kic parse` path', () => {
  const graph = importGraph()
  // Static imports only: a dynamic import loads when its command runs.
  const staticGraph = new Map<string, string[]>()
  for (const module of graph.keys()) {
    const text = readFileSync(join(src, module), 'utf8')
    const imports: string[] = []
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\b)[^;]*?from\s+'(\.[^']+)'/g)) {
      imports.push(relative(src, resolve(dirname(join(src, module)), match[1]!.replace(/\.js$/, '.ts'))))
    }
    staticGraph.set(module, imports)
  }
  const reached = new Set<string>()
  const walk = (module: string) => {
    if (reached.has(module)) return
    reached.add(module)
    for (const next of staticGraph.get(module) ?? []) walk(next)
  }
  walk('cli/main.ts')
  walk('cli/commands/parse.ts')
  for (const heavy of ['contract/json-schema.ts', 'emit/schema.ts', 'contract/readme-tables.ts']) assert.ok(!reached.has(heavy), heavy)
})
