import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, Table, TextUnit} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'
import {clip} from '../util/text.js'

/** Longest row or column label kept as a figure's subject (labels are a few words). */
const subjectLength = 80

type Json = Static<typeof contract.table>

/** Tables: rows of cells (HTML in cells unwrapped into text and items). */
export const table: BlockModule<Table, Json, Table<Draft>> = {
  type: 'table',
  letter: 't',
  json: contract.table,
  childIds(node, id) {
    node.rows.forEach((row, r) => row.forEach((cell, c) => (cell.id = `${id}/r${r + 1}c${c + 1}`)))
  },
  units(node, id) {
    const units: TextUnit[] = []
    const head = node.header ? node.rows[0] : null
    node.rows.forEach((row, r) => {
      if (node.header && r === 0) {
        for (const cell of row) units.push({span: cell.span, block: id, blockType: 'cell', subject: null})
        return
      }
      row.forEach((cell, c) => {
        // A label is short: a long first cell (a 1 MB line that happens to hold a tab) is clipped,
        // or every figure of the row would carry a copy of it.
        const subject = [c > 0 ? row[0]!.span.text : null, head?.[c]?.span.text ?? null]
          .filter((part): part is string => Boolean(part))
          .map((part) => clip(part, subjectLength))
          .join(' / ') || null
        for (const span of cell.items ?? [cell.span]) units.push({span, block: id, blockType: 'cell', subject})
      })
    })
    return units
  },
  toJson: (node, id) => ({
    id,
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
  text: (json) => json.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, ' · ')).join('\t')).join('\n')
}
