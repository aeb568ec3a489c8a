import type {PhrasingContent, Table as MdTable, TableCell, TableRow} from 'mdast'
import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Cell, Draft, Line, Span, Table, TextUnit} from '../tree/types.js'
import {headerWords} from '../data/bulletin.js'
import {clip, firstNonBlank, isBlank} from '../util/text.js'
import {joinSpans, spanOffset} from '../tree/span.js'
import {linesPosition, type ParseContext} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {parseCell} from './cells.js'
import {mdText} from './mdast.js'
import {maxOf} from '../util/arrays.js'
import {hasAsciiDigit} from '../util/chars.js'

/** Longest row or column label kept as a figure's subject (labels are a few words). */
const subjectLength = 80

type Json = Static<typeof contract.table>

/** Tables: runs of tab-separated lines; rows of cells (HTML in cells unwrapped into text and items). */
export const table: BlockModule<Table, Json, Table<Draft>> = {
  type: 'table',
  letter: 't',
  read: {
    precedence: 20,
    test: (line) => (line.text.includes('\t') && isTableRow(line.text) ? true : null),
    build(_, index, reader) {
      const {lines} = reader.context
      let last = index
      while (last + 1 < lines.length && lines[last + 1].text.includes('\t') && isTableRow(lines[last + 1].text)) last++
      reader.nodes.push(tableOf(reader.context, lines.slice(index, last + 1)))
      return last
    }
  },
  json: contract.table,
  childIds(node, id) {
    node.rows.forEach((row, r) => row.forEach((cell, c) => (cell.id = `${id}/r${r + 1}c${c + 1}`)))
  },
  units(node) {
    const units: TextUnit[] = []
    const head = node.header ? node.rows[0] : null
    node.rows.forEach((row, r) => {
      if (node.header && r === 0) {
        for (const cell of row) units.push({span: cell.span, block: node.id, blockType: 'cell', subject: null})
        return
      }
      row.forEach((cell, c) => {
        const subject = cellSubject(c > 0 ? row[0]!.span.text : null, head?.[c]?.span.text ?? null)
        if (!cell.items) units.push({span: cell.span, block: node.id, blockType: 'cell', subject})
        else for (const span of cell.items) units.push({span, block: node.id, blockType: 'cell', subject})
      })
    })
    return units
  },
  toJson: (node) => ({
    id: node.id,
    type: 'table',
    header: node.header,
    caption: node.caption?.text || node.caption?.span.text || null,
    captionId: node.caption?.id ?? null,
    rows: node.rows.map((row) =>
      row.map((cell) => ({
        id: cell.id,
        text: cell.span.text,
        ...(cell.items ? {items: cell.items.map((each) => each.text)} : {}),
        position: positionJson(cell.position)
      }))
    ),
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text: (json) => json.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, ' · ')).join('\t')).join('\n'),
  toMdast: (json) => [mdTable(json.rows)],
  fromMdast(node, layout) {
    // A GFM table: one tab-separated line a row.
    if (node.type !== 'table') return false
    for (const row of node.children) {
      let line: Span | null = null
      let filled = false
      for (const cell of row.children) {
        const span = layout.phrasing(cell.children, true)
        const clean = {text: span.text.replace(/[\t\r\n]/g, ' '), map: span.map}
        if (!isBlank(clean.text)) filled = true
        line = line ? joinSpans(line, clean, '\t') : clean
      }
      if (!line || !filled) continue
      layout.pushLine(line, row.position?.start.offset ?? spanOffset(line, 0))
    }
    return true
  }
}

/**
 * What a cell's figures are about: its row's label and its column's, `row / column`, either
 * alone, or null. A label is short: a long first cell (a 1 MB line that happens to hold a tab)
 * is clipped, or every figure of the row would carry a copy of it.
 */
function cellSubject(rowLabel: string | null, columnLabel: string | null): string | null {
  const row = rowLabel ? clip(rowLabel, subjectLength) : ''
  const column = columnLabel ? clip(columnLabel, subjectLength) : ''
  return row && column ? `${row} / ${column}` : row || column || null
}

/**
 * A line with tabs whose cells are not all empty: two filled cells, or a filled first cell
 * before a tab. The cells are walked in place, not split off (every line after a paragraph
 * line that holds a tab is asked).
 */
function isTableRow(text: string): boolean {
  let filled = 0
  let cells = 0
  let firstFilled = false
  for (let from = 0; ; ) {
    const tab = text.indexOf('\t', from)
    const to = tab === -1 ? text.length : tab
    if (firstNonBlank(text, from, to) < to) {
      if (++filled >= 2) return true
      if (cells === 0) firstFilled = true
    }
    cells++
    if (tab === -1) break
    from = tab + 1
  }
  return filled === 1 && cells >= 2 && firstFilled
}

function tableOf(context: ParseContext, rows: Line[]): Table<Draft> {
  const cells: Cell<Draft>[][] = rows.map((line) => {
    const row: Cell<Draft>[] = []
    let from = 0
    for (const raw of line.text.split('\t')) {
      row.push(parseCell(context, line, from, from + raw.length))
      from += raw.length + 1
    }
    while (row.length > 1 && row[row.length - 1].span.text === '') row.pop()
    return row
  })
  return {
    type: 'table',
    rows: cells,
    header: isHeaderRow(cells),
    caption: null,
    position: linesPosition(context, rows[0], rows[rows.length - 1])
  }
}

/** A first row of short labels above rows that differ from it. */
function isHeaderRow(rows: Cell<Draft>[][]): boolean {
  if (rows.length < 2) return false
  const head = rows[0]
  if (head.some((cell) => cell.items || cell.span.text.length > 40)) return false
  if (headerWords.includes(head[0].span.text.replace(/\s/g, ''))) return true
  const digits = (row: Cell<Draft>[]) => row.some((cell) => hasAsciiDigit(cell.span.text))
  return !digits(head) && rows.slice(1).some(digits)
}

function mdTable(rows: Json['rows']): MdTable {
  const width = maxOf(rows.map((row) => row.length), 1)
  const out: TableRow[] = rows.map((row, index) => {
    const cells: TableCell[] = row.map((cell) => ({type: 'tableCell', children: cellContent(cell)}))
    // GFM takes the column count from the header row: pad it.
    while (index === 0 && cells.length < width) cells.push({type: 'tableCell', children: []})
    return {type: 'tableRow', children: cells}
  })
  return {type: 'table', align: new Array(width).fill(null), children: out}
}

/** A cell's text; its items as `• a<br>• b`. */
function cellContent(cell: {text: string; items?: string[]}): PhrasingContent[] {
  if (!cell.items) return cell.text ? [mdText(cell.text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)))] : []
  const out: PhrasingContent[] = []
  cell.items.forEach((item, index) => {
    if (index > 0) out.push({type: 'html', value: '<br>'})
    out.push(mdText(`• ${item}`))
  })
  return out
}
