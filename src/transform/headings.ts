import type {Article, Draft} from '../tree/types.js'
import type {Report} from '../lines/context.js'

/**
 * Give each heading of an article its level from the order in which marker
 * kinds appear (`1)` → 1, `①` under it → 2, `i.` under that → 3), the way
 * nested lists work, and report numbers out of sequence (`④` with no `①`).
 */
export function levelHeadings(article: Article<Draft>, report: Report): void {
  const stack: Array<{kind: string; ordinal: number | null}> = []
  for (const block of article.children) {
    if (block.type !== 'heading') continue
    let depth = stack.findIndex((entry) => entry.kind === block.markerKind)
    let expected: number
    if (depth === -1) {
      stack.push({kind: block.markerKind, ordinal: null})
      depth = stack.length - 1
      expected = 1
    } else {
      stack.length = depth + 1
      expected = (stack[depth].ordinal ?? 0) + 1
    }
    block.level = depth + 1
    if (block.ordinal !== null) {
      if (block.ordinal !== expected) {
        const parent = depth > 0 ? stack[depth - 1] : null
        report(
          `heading \`${block.marker}\` where number ${expected} was expected` +
            (parent && expected === 1 ? ` (first under its parent heading)` : ''),
          block.position,
          'heading-sequence'
        )
      }
      stack[depth].ordinal = block.ordinal
    }
  }
}
