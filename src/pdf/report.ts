import {clip} from '../util/text.js'
import type {PdfFurniture} from './furniture.js'

/** What a report says of one kind of furniture removed from a PDF. */
export function describePdfFurniture(group: PdfFurniture): string {
  const pages = [...new Set(group.lines.map((line) => line.page))]
  const span = pages.length === 1 ? `page ${pages[0]}` : `pages ${pages[0]}–${pages[pages.length - 1]}`
  const where = group.kind === 'running' ? 'running header/footer line' : 'page number'
  return `removed ${group.lines.length} ${where}${group.lines.length === 1 ? '' : 's'} \`${clip(group.label)}\` from the body as page furniture (${span})`
}

/** What a report says of rotated text left out. */
export function describeRotated(rotated: Array<{page: number; count: number}>): string {
  const count = rotated.reduce((sum, each) => sum + each.count, 0)
  const pages = rotated.map((each) => each.page)
  return `left out ${count} run${count === 1 ? '' : 's'} of text set at an angle (page${pages.length === 1 ? '' : 's'} ${pages.slice(0, 10).join(', ')}${pages.length > 10 ? ', …' : ''}): only horizontal text is read`
}
