import type {Article, Draft, Root, Section} from '../tree/types.js'
import {blockModule} from '../blocks/index.js'

/**
 * Stable ids from the document's shape: `287/2` section, `287/2.1` article,
 * `287/2.1/p3` block, `287/2.1/t1/r2c3` cell, `287/2.1/l1/2.1` list item.
 * An article without a number (text before the first article) is `.0`.
 *
 * Ids are set in place (a table's caption is also a block of the article:
 * one object, one id) and the same tree is returned as the structured tree
 * with ids. That return is the one place where the tree's type narrows from
 * `Root<Draft>` to `Root`: every node with an id in `tree/types.ts` is
 * reached below — the masthead, ToC and its entries, the colophon, each
 * section, article and block, and the parts of a block through its module's
 * `childIds` (list items, cells, source items; a table's caption is a block
 * of the same article). A node type that gains an id adds its line here.
 */
export function assignIds(root: Root<Draft>, key: string): Root {
  let sectionNumber = 0
  const counts = new Map<string, number>()
  for (const node of root.children) {
    if (node.type === 'masthead') node.id = `${key}/masthead`
    else if (node.type === 'toc') {
      node.id = `${key}/toc`
      node.entries.forEach((entry, index) => (entry.id = `${key}/toc/${index + 1}`))
    } else if (node.type === 'colophon') node.id = `${key}/colophon`
    else if (node.type === 'section') sectionIds(node, `${key}/${node.title === null ? 0 : ++sectionNumber}`, counts)
  }
  return root as Root
}

function sectionIds(section: Section<Draft>, id: string, counts: Map<string, number>) {
  section.id = id
  let unnumbered = 0
  for (const article of section.children) {
    const number = article.number ?? (unnumbered++ === 0 ? 0 : `0${unnumbered}`)
    articleIds(article, `${id}.${number}`, counts)
  }
}

/** `counts`: blocks of each letter so far, one map for the whole tree, emptied per article (an object keyed by letter took a new shape in every article). */
function articleIds(article: Article<Draft>, id: string, counts: Map<string, number>) {
  article.id = id
  counts.clear()
  for (const block of article.children) {
    const module = blockModule(block.type)
    const count = (counts.get(module.letter) ?? 0) + 1
    counts.set(module.letter, count)
    block.id = `${id}/${module.letter}${count}`
    module.childIds?.(block, block.id)
  }
}
