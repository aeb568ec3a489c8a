import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {gfmToMarkdown} from 'mdast-util-gfm'
import type {Nodes} from 'mdast'
import type {KicDocument} from '../emit/document.js'
import {toMdast} from './to-mdast.js'

/**
 * Serialize with mdast-util-to-markdown and GFM tables. Besides the default
 * escapes, `|` is escaped everywhere in text (`实践案例探究 | 从量变到质变`
 * must never start a table), and front matter is written between `---`.
 */
const options: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  rule: '*',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  fences: true,
  unsafe: [{character: '|', inConstruct: 'phrasing'}],
  handlers: {
    yaml: (node: {value: string}) => `---\n${node.value}\n---`
  } as unknown as Options['handlers']
}

export function markdownOf(tree: Nodes): string {
  return toMarkdown(tree, options)
}

/** A kic/2 document as Markdown that `kic parse --from md` reads back to the same records. */
export function documentToMarkdown(document: KicDocument): string {
  return markdownOf(toMdast(document))
}
