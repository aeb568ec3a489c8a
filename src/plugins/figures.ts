import type {VFile} from 'vfile'
import type {FigureRecord, Masthead, Root} from '../tree/types.js'
import {textUnits} from '../tree/texts.js'
import {spanLocator} from './locate.js'

/**
 * unified transformer: figures of every text unit → `tree.data.figures`,
 * each with an id under its block (`287/2.1/p3/fig1`) and a position. Dates
 * without a year take it from the issue date; table cells pass their row
 * and column headers as the subject.
 */
export default function kicFigures(options: {enabled?: boolean} = {}) {
  return async (tree: Root, file: VFile) => {
    const figures: FigureRecord[] = []
    tree.data = {...tree.data, figures}
    if (options.enabled === false) return
    const {extractFigures} = await import('../figures/extract.js')
    const masthead = tree.children.find((node): node is Masthead => node.type === 'masthead')
    const issueDate = masthead?.date ?? null
    const locate = spanLocator(file)
    const counts = new Map<string, number>()
    for (const unit of textUnits(tree)) {
      const context = {issueDate, blockType: unit.blockType, subject: unit.subject ?? null}
      for (const hit of extractFigures(unit.span.text, context)) {
        const count = (counts.get(unit.block) ?? 0) + 1
        counts.set(unit.block, count)
        const {start, end, ...fields} = hit
        figures.push({id: `${unit.block}/fig${count}`, block: unit.block, ...fields, position: locate(unit.span, start, end)})
      }
    }
  }
}
