/**
 * The block types, in order. The body parser (each module's line test and
 * builder, by precedence), ids, the texts extractors read, the document,
 * its schema, the records and the Markdown writer and reader loop over
 * this registry: a new block type is one module (`module.ts` says what it
 * holds), one line here and its fixture.
 */
import type {BlockModule, BlockNode, DraftBlockNode, MarkdownLayout} from './module.js'
import {heading} from './heading.js'
import {paragraph} from './paragraph.js'
import {list} from './list.js'
import {table} from './table.js'
import {caption} from './caption.js'
import {note} from './note.js'
import {sources} from './sources.js'

export type {BlockModule, BlockNode, DraftBlockNode, MarkdownLayout}

const registry = new Map<string, BlockModule>()
/** The modules in order, kept between changes of the registry (the parser asks for each issue). */
let ordered: readonly BlockModule[] | null = null

/** Add a block type (at the end of the order). Its type and id letter must be new. */
export function registerBlock<N extends BlockNode, J extends {type: string}, D extends DraftBlockNode>(
  module: BlockModule<N, J, D>
): void {
  if (registry.has(module.type)) throw new Error(`block type \`${module.type}\` is registered twice`)
  for (const each of registry.values()) {
    if (each.letter === module.letter) throw new Error(`block types \`${each.type}\` and \`${module.type}\` share the id letter \`${module.letter}\``)
  }
  registry.set(module.type, module as unknown as BlockModule)
  ordered = null
}

/** Remove a block type (for tests that register their own). */
export function unregisterBlock(type: string): void {
  registry.delete(type)
  ordered = null
}

registerBlock(heading)
registerBlock(paragraph)
registerBlock(list)
registerBlock(table)
registerBlock(caption)
registerBlock(note)
registerBlock(sources)

/** The module of a block type; throws for a type nobody registered (a defect, not bad input). */
export function blockModule(type: string): BlockModule {
  const module = registry.get(type)
  if (!module) throw new Error(`no block module for \`${type}\``)
  return module
}

/** Every block module, in order. */
export function blockModules(): readonly BlockModule[] {
  ordered ??= [...registry.values()]
  return ordered
}
