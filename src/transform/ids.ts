import type {Article, Root, Section} from '../tree/types.js'
import {blockModule} from '../blocks/index.js'

/**
 * Stable ids from the document's shape: `287/2` section, `287/2.1` article,
 * `287/2.1/p3` block, `287/2.1/t1/r2c3` cell, `287/2.1/l1/2.1` list item.
 * An article without a number (text before the first article) is `.0`.
 */
export function assignIds(root: Root, key: string): void {
  let sectionNumber = 0
  for (const node of root.children) {
    if (node.type === 'masthead') node.id = `${key}/masthead`
    else if (node.type === 'toc') {
      node.id = `${key}/toc`
      node.entries.forEach((entry, index) => (entry.id = `${key}/toc/${index + 1}`))
    } else if (node.type === 'colophon') node.id = `${key}/colophon`
    else if (node.type === 'section') sectionIds(node, `${key}/${node.title === null ? 0 : ++sectionNumber}`)
  }
}

function sectionIds(section: Section, id: string) {
  section.id = id
  let unnumbered = 0
  for (const article of section.children) {
    const number = article.number ?? (unnumbered++ === 0 ? 0 : `0${unnumbered}`)
    articleIds(article, `${id}.${number}`)
  }
}

function articleIds(article: Article, id: string) {
  article.id = id
  const counts: Record<string, number> = {}
  for (const block of article.children) {
    const module = blockModule(block.type)
    counts[module.letter] = (counts[module.letter] ?? 0) + 1
    block.id = `${id}/${module.letter}${counts[module.letter]}`
    module.childIds?.(block, block.id)
  }
}
