import {layout} from '../data/pdf-layout.js'
import type {Fragment, VisualLine} from './types.js'
import {maxOf, minOf} from '../util/arrays.js'

/** A table rebuilt from positions: rows of cells, each row with the visual lines it spans. */
export interface TableRegion {
  rows: Array<{cells: string[]; lines: VisualLine[]}>
}

export type Segment = {kind: 'line'; line: VisualLine} | {kind: 'table'; table: TableRegion}

/**
 * Find the tables of one page's lines. A table region grows from lines with
 * two or more fragments (cells a column gap apart) over neighbouring lines
 * that start at one of the region's column edges (wrapped cell text, rows
 * with one filled cell) and sit no further apart than a row. Columns are the
 * gaps no fragment of the region crosses; rows start where the baseline gap
 * is wider than the text's line pitch (cell padding and rules).
 * `pitch` is the usual baseline distance in em.
 */
export function tableSegments(lines: VisualLine[], pitch: number): Segment[] {
  const inTable = new Array<number>(lines.length).fill(-1)
  const near = (start: number, x: number) => Math.abs(x - start) <= layout.columnTolerance / 2
  let region = 0
  for (let index = 0; index < lines.length; index++) {
    if (inTable[index] !== -1 || lines[index].fragments.length < 2) continue
    const seed = lines[index]
    const starts = seed.fragments.map((fragment) => fragment.x0)
    const sameSize = (line: VisualLine) => Math.abs(line.size - seed.size) <= 0.04 * seed.size
    const close = (a: VisualLine, b: VisualLine) => a.page === b.page && Math.abs(a.y - b.y) <= (pitch + 2.2) * Math.max(a.size, b.size)
    const aligned = (line: VisualLine) => line.fragments.every((fragment) => starts.some((start) => near(start, fragment.x0)))
    let first = index
    let last = index
    // The widest baseline gap between rows with cells so far: a line with one cell further off is not a row.
    let widest = 0
    const within = (a: VisualLine, b: VisualLine) => Math.abs(a.y - b.y) <= (widest > 0 ? widest * 1.1 : (pitch + 2.2) * Math.max(a.size, b.size))
    for (let next = index + 1; next < lines.length && inTable[next] === -1 && close(lines[next - 1], lines[next]); next++) {
      const line = lines[next]
      if (line.fragments.length >= 2 && line.fragments.some((fragment) => starts.some((start) => near(start, fragment.x0)))) {
        for (const fragment of line.fragments) if (!starts.some((start) => near(start, fragment.x0))) starts.push(fragment.x0)
        widest = Math.max(widest, lines[next - 1].y - line.y)
        last = next
      } else if (aligned(line) && within(lines[next - 1], line) && (sameSize(line) || !near(minOf(starts), line.x0))) last = next
      else break
    }
    // Lines above the first row belong to the table only when set like its cells (a row with one cell filled).
    for (
      let previous = index - 1;
      previous >= 0 && inTable[previous] === -1 && close(lines[previous], lines[previous + 1]) && within(lines[previous], lines[previous + 1]) && aligned(lines[previous]) && sameSize(lines[previous]);
      previous--
    ) {
      first = previous
    }
    // Trailing lines in the first column only are the text after the table.
    const firstColumn = minOf(starts)
    while (last > index && lines[last].fragments.length === 1 && (!sameSize(lines[last]) || near(firstColumn, lines[last].x0))) last--
    // Two rows of cells, or one beside a row with one cell filled.
    if (last === first) continue
    for (let at = first; at <= last; at++) inTable[at] = region
    region++
    index = last
  }

  const segments: Segment[] = []
  for (let index = 0; index < lines.length; index++) {
    if (inTable[index] === -1) {
      segments.push({kind: 'line', line: lines[index]})
      continue
    }
    let end = index
    while (end + 1 < lines.length && inTable[end + 1] === inTable[index]) end++
    segments.push({kind: 'table', table: buildTable(lines.slice(index, end + 1))})
    index = end
  }
  return segments
}

/** Rows × columns of one region. */
function buildTable(regionLines: VisualLine[]): TableRegion {
  const lines = splitAtColumns(regionLines)
  let bounds = columnBounds(lines.flatMap((line) => line.fragments))
  if (bounds.length === 0) bounds = columnBounds(lines.filter((line) => line.fragments.length >= 2).flatMap((line) => line.fragments))
  // Columns that most rows with cells overrun are tab stops, not a grid.
  const multi = lines.filter((line) => line.fragments.length >= 2)
  if (bounds.length === 0 || multi.filter((line) => line.fragments.length > bounds.length + 1).length * 2 > multi.length) return byTabStops(lines)
  const columnOf = (fragment: Fragment) => {
    const middle = (fragment.x0 + fragment.x1) / 2
    let column = 0
    while (column < bounds.length && middle > bounds[column]) column++
    return column
  }
  const rows: TableRegion['rows'] = []
  let cells: string[][] = []
  let rowLines: VisualLine[] = []
  const flush = () => {
    if (rowLines.length > 0) rows.push({cells: cells.map((parts) => parts.join(' ')), lines: rowLines})
    cells = Array.from({length: bounds.length + 1}, () => [])
    rowLines = []
  }
  flush()
  const rowGap = rowBreak(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const previous = lines[index - 1]
    if (previous && previous.y - line.y > rowGap) flush()
    for (const fragment of line.fragments) cells[columnOf(fragment)].push(fragment.text)
    rowLines.push(line)
  }
  flush()
  return {rows}
}

/**
 * Cells that line up in no column (text set with tab stops that differ from
 * line to line): each line is a row of its fragments; a line starting right
 * of the region's left edge leaves its first cell empty.
 */
function byTabStops(lines: VisualLine[]): TableRegion {
  const left = minOf(lines.map((line) => line.x0))
  return {
    rows: lines.map((line) => ({
      cells: [...(line.x0 > left + layout.columnTolerance ? [''] : []), ...line.fragments.map((fragment) => fragment.text)],
      lines: [line]
    }))
  }
}

/**
 * The baseline gap above which a line starts a new row. Lines of a wrapped
 * cell are closer than rows (cell padding and rules lie between rows): with
 * two kinds of gap, rows start at the wider; with one, every line is a row.
 */
function rowBreak(lines: VisualLine[]): number {
  const gaps: number[] = []
  for (let index = 1; index < lines.length; index++) gaps.push(lines[index - 1].y - lines[index].y)
  if (gaps.length === 0) return Number.POSITIVE_INFINITY
  const smallest = minOf(gaps)
  const widest = maxOf(gaps)
  return widest > smallest * 1.2 ? smallest * 1.1 : 0
}

/**
 * A cell filled to its right edge touches the next cell: split a fragment
 * where one of its items starts at a column edge that other rows show.
 */
function splitAtColumns(lines: VisualLine[]): VisualLine[] {
  const starts: number[] = []
  for (const line of lines) {
    for (const fragment of line.fragments.slice(1)) {
      if (!starts.some((start) => Math.abs(start - fragment.x0) <= layout.columnTolerance / 2)) starts.push(fragment.x0)
    }
  }
  if (starts.length === 0) return lines
  return lines.map((line) => {
    const fragments: Fragment[] = []
    for (const fragment of line.fragments) {
      let pieces: Fragment['pieces'] = []
      const push = () => {
        const text = pieces.map((piece) => piece.text).join('').replace(/\s+/g, ' ').trim()
        if (text) fragments.push({text, x0: pieces[0].x0, x1: maxOf(pieces.map((piece) => piece.x1)), pieces})
        pieces = []
      }
      for (const piece of fragment.pieces) {
        const edge = pieces.length > 0 && piece.x0 > fragment.x0 + layout.columnTolerance && starts.some((start) => Math.abs(start - piece.x0) <= layout.columnTolerance / 2)
        if (edge) push()
        pieces.push(piece)
      }
      push()
    }
    return fragments.length === line.fragments.length ? line : {...line, fragments}
  })
}

/** Gaps between the x-ranges of fragments that no fragment crosses → column boundaries (midpoints). */
function columnBounds(fragments: Fragment[]): number[] {
  const spans = fragments.map((fragment) => [fragment.x0, fragment.x1] as const).sort((a, b) => a[0] - b[0])
  const bounds: number[] = []
  let end = Number.NEGATIVE_INFINITY
  for (const [x0, x1] of spans) {
    if (end !== Number.NEGATIVE_INFINITY && x0 - end >= layout.columnTolerance) bounds.push((end + x0) / 2)
    end = Math.max(end, x1)
  }
  return bounds
}
