import type {Block, Root, TextUnit} from './types.js'
import {blockModule} from '../blocks/index.js'
import {eachBlock, sectionsOf} from './walk.js'
import {pushAll} from '../util/arrays.js'
import {clip} from '../util/text.js'

export type {TextUnit}

/**
 * Every text of the document that term and figure extraction read: the
 * masthead date, ToC titles, article titles and sources, and each block
 * (list items, table cells and source items one by one).
 */
export function textUnits(root: Root): TextUnit[] {
  const units: TextUnit[] = []
  for (const node of root.children) {
    if (node.type === 'masthead' && node.dateSpan) {
      units.push({span: node.dateSpan, block: node.id, blockType: 'masthead'})
    }
    if (node.type === 'toc') {
      for (const entry of node.entries) units.push({span: entry.span, block: entry.id, blockType: 'toc'})
    }
  }
  for (const section of sectionsOf(root)) {
    for (const article of section.children) {
      if (article.title) units.push({span: article.title, block: article.id, blockType: 'title'})
      if (article.source) units.push({span: article.source.span, block: article.id, blockType: 'articleSource'})
    }
  }
  eachBlock(root, (block) => pushAll(units, blockUnits(block)))
  return units
}

function blockUnits(block: Block): TextUnit[] {
  return blockModule(block.type).units(block)
}
