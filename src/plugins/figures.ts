import type {VFile} from 'vfile'
import type {FigureRecord, Masthead, Root} from '../tree/types.js'
import type {FigureHit} from '../figures/types.js'
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
    const hits = unitRecords(tree, file, 'fig', (unit) =>
      extractFigures(unit.span.text, {issueDate, blockType: unit.blockType, subject: unit.subject ?? null})
    )
    const figures: FigureRecord[] = []
    for (const hit of hits) {
      const figure = typedFigure(hit)
      if (figure) figures.push(figure)
      else {
        file.message(`figure \`${short(hit.text)}\` is out of range for a number; not recorded`, {
          place: hit.position,
          ruleId: 'figure-out-of-range',
          source: 'kic'
        })
      }
    }
    tree.data.figures = figures
  }
}

type Located = Omit<FigureHit, 'start' | 'end'> & {id: string; block: string; position: FigureRecord['position']}

/**
 * A hit as a typed record: `value` a finite number or null; a date's ISO text
 * in `date` (a range `a/b` also as `start` and `end`). Null when the number
 * is not finite (a 310-digit amount): JSON and CSV have no Infinity.
 */
export function typedFigure(hit: Located): FigureRecord | null {
  const {value, yearInferred, ...rest} = hit
  let number: number | null = null
  let date: string | null = null
  let start: string | null = null
  let end: string | null = null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    number = value
  } else {
    date = value
    const slash = value.indexOf('/')
    if (slash > 0) {
      start = value.slice(0, slash)
      end = value.slice(slash + 1)
    }
  }
  return {
    id: rest.id,
    block: rest.block,
    text: rest.text,
    value: number,
    unit: rest.unit,
    kind: rest.kind,
    date,
    start,
    end,
    yearInferred: yearInferred === true,
    qualifier: rest.qualifier,
    change: rest.change,
    basis: rest.basis,
    subject: rest.subject,
    position: rest.position
  }
}

function short(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-8)}` : text
}
