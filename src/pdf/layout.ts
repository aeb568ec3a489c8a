import {layout, blockStart} from '../data/pdf-layout.js'
import {gluesWithoutSpace} from '../lang/word-glue.js'
import {isHangulSyllable, wrapsWithoutSpace} from '../util/chars.js'
import {findPdfFurniture, type PdfFurniture} from './furniture.js'
import {visualLines} from './lines.js'
import {tableSegments} from './tables.js'
import type {Box, LineSource, PageItems, VisualLine} from './types.js'

export interface PdfLayout {
  /** The rebuilt text: one block per line, blank lines between blocks and at page breaks, table rows with tabs. */
  text: string
  /** Per line of `text` (0-based), where it comes from; `null` for blank lines. */
  sources: Array<LineSource | null>
  furniture: PdfFurniture[]
  /** Pages that had text. */
  pagesWithText: number
}

/**
 * Rebuild the text of a document from the positions of its text items, in
 * the shape the bulletin parser reads: furniture removed, wrapped lines
 * joined into one line per paragraph, tables as tab-separated rows. A plain
 * function, testable without a PDF.
 */
export function layoutPages(pages: PageItems[]): PdfLayout {
  const perPage = pages.map((page) => ({page, lines: visualLines(page)}))
  const furniture = findPdfFurniture(perPage.map(({page, lines}) => ({height: page.height, lines})))
  const dropped = new Set(furniture.flatMap((group) => group.lines))
  const bodies = perPage.map(({page, lines}) => ({page, lines: lines.filter((line) => !dropped.has(line))}))
  const pitch = pitchOf(bodies.map((body) => body.lines))

  const out: string[] = []
  const sources: Array<LineSource | null> = []
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') {
      out.push('')
      sources.push(null)
    }
  }
  const emit = (text: string, lines: VisualLine[]) => {
    out.push(text)
    sources.push({page: lines[0].page, box: boxOf(lines)})
  }

  // Columns of a table that ended its page: a table opening the next page with as many continues it.
  let openTable = 0
  for (const {lines} of bodies) {
    if (lines.length === 0) continue
    let right = Number.NEGATIVE_INFINITY
    let left = Number.POSITIVE_INFINITY
    for (const line of lines) {
      right = Math.max(right, line.x1)
      left = Math.min(left, line.x0)
    }
    // Justified pages set every wrapped line flush right: there, a line ending short ends its paragraph.
    const flushRight = lines.filter((line) => line.fragments.length === 1 && right - line.x1 < 0.5 * line.size).length
    const shortSlack = flushRight >= lines.length * 0.4 ? (line: VisualLine) => line.size : () => (right - left) * 0.25
    let paragraph: VisualLine[] = []
    let text = ''
    const close = () => {
      if (paragraph.length > 0) {
        blank()
        emit(text, paragraph)
      }
      paragraph = []
      text = ''
    }
    const segments = tableSegments(lines, pitch)
    segments.forEach((segment, index) => {
      if (segment.kind === 'table') {
        const columns = segment.table.rows[0]?.cells.length ?? 0
        close()
        if (index === 0 && openTable === columns && out[out.length - 1] === '') {
          out.pop()
          sources.pop()
        } else blank()
        for (const row of segment.table.rows) emit(row.cells.join('\t'), row.lines)
        blank()
        openTable = index === segments.length - 1 ? columns : 0
        return
      }
      openTable = 0
      const line = segment.line
      const previous = paragraph[paragraph.length - 1]
      if (previous && continues(previous, line, paragraph.length === 1, pitch, right - previous.x1 > shortSlack(previous))) {
        text = joinWrapped(text, line.text)
        paragraph.push(line)
      } else {
        close()
        paragraph = [line]
        text = line.text
      }
    })
    close()
    blank() // a page break: the page-break repair rejoins a paragraph cut by it
  }
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop()
    sources.pop()
  }
  return {text: out.join('\n') + '\n', sources, furniture, pagesWithText: bodies.filter((body) => body.lines.length > 0).length}
}

/** Whether `line` continues the paragraph whose last visual line is `previous`. */
function continues(previous: VisualLine, line: VisualLine, first: boolean, pitch: number, short: boolean): boolean {
  const size = Math.max(previous.size, line.size)
  if (Math.abs(previous.size - line.size) > layout.sizeChange * size) return false
  const gap = previous.y - line.y
  if (gap <= 0 || gap > pitch * layout.paragraphGap * size) return false
  // The previous line stopped well before the right edge: it ended its paragraph.
  if (short) return false
  if (blockStart.test(line.text)) return false
  // Set in from the line above: a first-line indent, or a centred heading. Only the second line of
  // an item opening with a marker may sit further in (a hanging indent), and by less than 3 em.
  const indent = line.x0 - previous.x0
  if (indent > 3 * size) return false
  if (indent > 0.5 * size && !(first && blockStart.test(previous.text))) return false
  return true
}

/** Join a wrapped line to its paragraph: no space after CJK ideographs or inside a cut Korean word. */
export function joinWrapped(text: string, next: string): string {
  const last = text[text.length - 1] ?? ''
  const first = next[0] ?? ''
  if (last !== '' && (wrapsWithoutSpace(last.charCodeAt(0)) || '([{<「『《〈【-'.includes(last))) {
    if (last !== '-' || /[A-Za-z0-9]/.test(text[text.length - 2] ?? '')) return text + next
  }
  if (/^[)\]}>」』》〉】,.!?;:、。，]/u.test(first)) return text + next
  if (isHangulSyllable(text.charCodeAt(text.length - 1)) && isHangulSyllable(next.charCodeAt(0)) && gluesWithoutSpace(text, next)) return text + next
  return `${text} ${next}`
}

/** The usual distance between baselines of wrapped lines, in em (lower quartile of what pages show). */
function pitchOf(pages: VisualLine[][]): number {
  const ratios: number[] = []
  for (const lines of pages) {
    for (let index = 1; index < lines.length; index++) {
      const a = lines[index - 1]
      const b = lines[index]
      if (Math.abs(a.size - b.size) > 0.05 * a.size) continue
      const ratio = (a.y - b.y) / a.size
      if (ratio >= 0.9 && ratio <= 3) ratios.push(ratio)
    }
  }
  if (ratios.length === 0) return 1.5
  ratios.sort((a, b) => a - b)
  return ratios[Math.floor(ratios.length / 4)]
}

/** The box around visual lines of one page: from below the lowest baseline to above the highest. */
function boxOf(lines: VisualLine[]): Box {
  let x0 = Number.POSITIVE_INFINITY
  let x1 = Number.NEGATIVE_INFINITY
  let bottom = Number.POSITIVE_INFINITY
  let top = Number.NEGATIVE_INFINITY
  for (const line of lines) {
    x0 = Math.min(x0, line.x0)
    x1 = Math.max(x1, line.x1)
    bottom = Math.min(bottom, line.y - 0.2 * line.size)
    top = Math.max(top, line.y + 0.8 * line.size)
  }
  return {x: round(x0), y: round(bottom), width: round(x1 - x0), height: round(top - bottom)}
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
