import type {Article, Block, Root, Section} from './types.js'

/** Call `visit` for every block of every article, in document order. */
export function eachBlock(root: Root, visit: (block: Block, article: Article, section: Section) => void): void {
  for (const node of root.children) {
    if (node.type !== 'section') continue
    for (const article of node.children) {
      for (const block of article.children) visit(block, article, node)
    }
  }
}

export function sectionsOf(root: Root): Section[] {
  return root.children.filter((node): node is Section => node.type === 'section')
}
