import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, List, ListItem, TextUnit} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

type Json = Static<typeof contract.list>

/** Lists (`-`, `•`, `○`, nested by depth) and inline `○ a ○ b` runs. */
export const list: BlockModule<List, Json, List<Draft>> = {
  type: 'list',
  letter: 'l',
  json: contract.list,
  childIds(node, id) {
    const walk = (items: Array<ListItem<Draft>>, prefix: string) =>
      items.forEach((item, index) => {
        item.id = `${prefix}${index + 1}`
        walk(item.children, `${item.id}.`)
      })
    walk(node.items, `${id}/`)
  },
  units(node, id) {
    if (node.inline && node.span) return [{span: node.span, block: id, blockType: 'list'}]
    const units: TextUnit[] = []
    const walk = (items: ListItem[]) => {
      for (const item of items) {
        units.push({span: item.span, block: id, blockType: 'listItem'})
        walk(item.children)
      }
    }
    walk(node.items)
    return units
  },
  toJson: (node, id) => ({
    id,
    type: 'list',
    inline: node.inline,
    text: node.span?.text ?? null,
    lead: node.lead,
    items: node.items.map(item),
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text(json) {
    if (json.text) return json.text
    const lines: string[] = []
    const walk = (items: contract.ListItemJson[], depth: number) => {
      for (const each of items) {
        lines.push(`${'  '.repeat(depth)}${each.marker} ${each.text}`)
        walk(each.children, depth + 1)
      }
    }
    walk(json.items, 0)
    return lines.join('\n')
  }
}

function item(node: ListItem): contract.ListItemJson {
  return {
    id: node.id,
    marker: node.marker,
    label: node.label,
    text: node.span.text,
    position: positionJson(node.position),
    children: node.children.map(item)
  }
}
