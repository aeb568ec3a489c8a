import type {Article, Caption, Draft} from '../tree/types.js'
import type {Report} from '../lines/context.js'

/**
 * A table caption under a table names it (`table.caption`); one with no
 * table above it stands for a table that was an image (`imageOnly`). A
 * caption number used twice in one article is reported.
 */
export function attachCaptions(article: Article<Draft>, report: Report): void {
  const seen = new Map<string, Caption<Draft>>()
  let previous: Article<Draft>['children'][number] | undefined
  for (const block of article.children) {
    if (block.type === 'caption') {
      if (block.kind === 'table') {
        if (previous?.type === 'table' && previous.caption === null) previous.caption = block
        else block.imageOnly = true
      }
      if (block.number !== null) {
        const key = `${block.label} ${block.number}`
        const first = seen.get(key)
        if (first) {
          report(
            `caption number \`${key}\` used twice in this article (first on line ${first.position.start.line})`,
            block.position,
            'caption-duplicate'
          )
        } else {
          seen.set(key, block)
        }
      }
    }
    previous = block
  }
}
