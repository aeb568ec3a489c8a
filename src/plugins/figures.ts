import type {VFile} from 'vfile'
import type {Masthead, Root} from '../tree/types.js'
import {unitRecords} from './unit-records.js'

/**
 * unified transformer: figures of every text unit → `tree.data.figures`.
 * Dates without a year take it from the issue date; table cells pass their
 * row and column headers as the subject.
 */
export default function kicFigures(options: {enabled?: boolean} = {}) {
  return async (tree: Root, file: VFile) => {
    tree.data = {...tree.data, figures: []}
    if (options.enabled === false) return
    const {extractFigures} = await import('../figures/extract.js')
    const masthead = tree.children.find((node): node is Masthead => node.type === 'masthead')
    const issueDate = masthead?.date ?? null
    tree.data.figures = unitRecords(tree, file, 'fig', (unit) =>
      extractFigures(unit.span.text, {issueDate, blockType: unit.blockType, subject: unit.subject ?? null})
    )
  }
}
