import type {Block, ListItem, Root, Span} from './types.js'
import {eachBlock, sectionsOf} from './walk.js'
import {pushAll} from '../util/arrays.js'
import {clip} from '../util/text.js'

/** One piece of text the extractors read, with the record it belongs to. */
/** Longest row or column label kept as a figure's subject (labels are a few words). */
const subjectLength = 80

export interface TextUnit {
  span: Span
  /** Id of the block (or title, ToC entry, masthead) the text belongs to. */
  block: string
  blockType: string
  /** For table cells: row and column headers. */
  subject?: string | null
  /** For editor's notes: the term explained. */
  noteTerm?: string
}

/**
 * Every text of the document that term and figure extraction read: the
 * masthead date, ToC titles, article titles and sources, and each block
 * (list items, table cells and source items one by one).
 */
export function textUnits(root: Root): TextUnit[] {
  const units: TextUnit[] = []
  for (const node of root.children) {
    if (node.type === 'masthead' && node.dateSpan) {
      units.push({span: node.dateSpan, block: node.id!, blockType: 'masthead'})
    }
    if (node.type === 'toc') {
      for (const entry of node.entries) units.push({span: entry.span, block: entry.id!, blockType: 'toc'})
    }
  }
  for (const section of sectionsOf(root)) {
    for (const article of section.children) {
      if (article.title) units.push({span: article.title, block: article.id!, blockType: 'title'})
      if (article.source) units.push({span: article.source.span, block: article.id!, blockType: 'articleSource'})
    }
  }
  eachBlock(root, (block) => pushAll(units, blockUnits(block)))
  return units
}

function blockUnits(block: Block): TextUnit[] {
  const id = block.id!
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'caption':
      return [{span: block.span, block: id, blockType: block.type}]
    case 'note':
      return [{span: block.span, block: id, blockType: 'note', noteTerm: block.term}]
    case 'list': {
      if (block.inline && block.span) return [{span: block.span, block: id, blockType: 'list'}]
      const units: TextUnit[] = []
      const walk = (items: ListItem[]) => {
        for (const item of items) {
          units.push({span: item.span, block: id, blockType: 'listItem'})
          walk(item.children)
        }
      }
      walk(block.items)
      return units
    }
    case 'table': {
      const units: TextUnit[] = []
      const head = block.header ? block.rows[0] : null
      block.rows.forEach((row, r) => {
        if (block.header && r === 0) {
          for (const cell of row) units.push({span: cell.span, block: id, blockType: 'cell', subject: null})
          return
        }
        row.forEach((cell, c) => {
          // A label is short: a long first cell (a 1 MB line that happens to hold a tab) is clipped,
          // or every figure of the row would carry a copy of it.
          const subject = [c > 0 ? row[0].span.text : null, head?.[c]?.span.text ?? null]
            .filter((part): part is string => Boolean(part))
            .map((part) => clip(part, subjectLength))
            .join(' / ') || null
          for (const span of cell.items ?? [cell.span]) units.push({span, block: id, blockType: 'cell', subject})
        })
      })
      return units
    }
    case 'sources':
      return block.items.map((item) => ({span: item.span, block: id, blockType: 'sourceItem'}))
  }
}
