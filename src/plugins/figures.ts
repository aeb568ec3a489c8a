import type {VFile} from 'vfile'
import type {FigureRecord, Masthead, Root} from '../tree/types.js'
import type {FigureHit} from '../figures/types.js'
import {unitRecords} from './unit-records.js'
import {unitsOf} from './units.js'

type Extractor = typeof import('../figures/extract.js')
/** The extractor, kept once its module is loaded: an `import()` of a loaded module still costs each document ~10 µs. */
let extractor: Extractor | null = null

/**
 * unified transformer: figures of every text unit → `tree.data.figures`.
 * Dates without a year take it from the issue date; table cells pass their
 * row and column headers as the subject.
 */
export default function kicFigures(options: {enabled?: boolean} = {}) {
  return async (tree: Root, file: VFile) => {
    tree.data = {...tree.data, figures: []}
    if (options.enabled === false) return
    const {extractDrafts} = extractor ?? (extractor = await import('../figures/extract.js'))
    const masthead = tree.children.find((node): node is Masthead => node.type === 'masthead')
    const issueDate = masthead?.date ?? null
    const figures = unitRecords(
      unitsOf(tree),
      file,
      'fig',
      // the drafts, not copies of them as hits: each becomes a record here
      (unit) => extractDrafts(unit.span.text, {issueDate, blockType: unit.blockType, subject: unit.subject ?? null}),
      (hit, id, block, position) => {
        const figure = typedFigure(hit, id, block, position)
        if (!figure) {
          file.message(`figure \`${short(hit.text)}\` is out of range for a number; not recorded`, {
            place: position,
            ruleId: 'figure-out-of-range',
            source: 'kic'
          })
        }
        return figure
      }
    )
    tree.data.figures = figures
  }
}

/**
 * A hit as a typed record: `value` a finite number or null; a date's ISO text
 * in `date` (a range `a/b` also as `start` and `end`). Null when the number
 * is not finite (a 310-digit amount): JSON and CSV have no Infinity.
 */
export function typedFigure(hit: FigureHit, id: string, block: string, position: FigureRecord['position']): FigureRecord | null {
  const value = hit.value
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
    id,
    block,
    text: hit.text,
    value: number,
    unit: hit.unit,
    kind: hit.kind,
    date,
    start,
    end,
    yearInferred: hit.yearInferred === true,
    qualifier: hit.qualifier,
    change: hit.change,
    basis: hit.basis,
    subject: hit.subject,
    position
  }
}

function short(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-8)}` : text
}
