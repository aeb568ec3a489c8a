import type {List as MdList, ListItem as MdListItem} from 'mdast'
import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, FlatNode, List, ListItem, TextUnit} from '../tree/types.js'
import {lineSpan} from '../tree/span.js'
import {trimmedLinePosition} from '../lines/context.js'
import {positionJson, type BlockModule} from './module.js'
import {mdParagraph} from './mdast.js'

/** An item line: indent, bullet, text. */
const itemPattern = /^([ \t\u00a0\u3000]*)([-•◦▪‣○●])[ \t\u00a0]*(\S.*)$/

type Json = Static<typeof contract.list>

/**
 * Lists (`-`, `•`, `○`, nested by indent) and inline `○ a ○ b` runs (those
 * are read by the paragraph builder: `inline-list.ts`).
 */
export const list: BlockModule<List, Json, List<Draft>> = {
  type: 'list',
  letter: 'l',
  read: {
    precedence: 90,
    starts: '-•◦▪‣○●',
    test(line) {
      const match = itemPattern.exec(line.text)
      // `-` is a bullet only when a space follows it (`-30%` is a number).
      if (!match || (match[2] === '-' && !/^\s*-[\s\u00a0]/.test(line.text))) return null
      return match
    },
    build(match: RegExpExecArray, index, reader) {
      const {context} = reader
      const line = context.lines[index]
      const span = lineSpan(line, line.text.length - match[3].length)
      const label = /^([\u2460-\u2473]|\d{1,2}\))\s*/.exec(span.text)
      const item: ListItem<Draft> = {
        type: 'listItem',
        marker: match[2],
        label: label ? label[1] : null,
        span,
        children: [],
        position: trimmedLinePosition(context, line)
      }
      appendItem(reader.nodes, item, match[1].replace(/\t/g, '  ').length)
      return index
    }
  },
  json: contract.list,
  childIds(node, id) {
    const walk = (items: Array<ListItem<Draft>>, prefix: string) =>
      items.forEach((item, index) => {
        item.id = `${prefix}${index + 1}`
        walk(item.children, `${item.id}.`)
      })
    walk(node.items, `${id}/`)
  },
  units(node) {
    if (node.inline && node.span) return [{span: node.span, block: node.id, blockType: 'list'}]
    const units: TextUnit[] = []
    const walk = (items: ListItem[]) => {
      for (const item of items) {
        units.push({span: item.span, block: node.id, blockType: 'listItem'})
        walk(item.children)
      }
    }
    walk(node.items)
    return units
  },
  toJson: (node) => ({
    id: node.id,
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
  },
  toMdast(json) {
    // Nested `-` lists (another bullet is written inside the item: `- • a`); an inline list as its sentence.
    if (json.inline) return [mdParagraph(json.text ?? json.items.map((item) => `${item.marker}${item.text}`).join(' '))]
    return [mdList(json.items)]
  }
}

/** Put an item into the list just before it (nested by indentation), or open a list. */
function appendItem(nodes: FlatNode[], item: ListItem<Draft>, indent: number) {
  const previous = nodes[nodes.length - 1]
  if (previous && previous.type === 'list' && !previous.inline) {
    let siblings = previous.items
    const last = siblings[siblings.length - 1]
    if (indent > 0 && last) {
      siblings = last.children
      const deeper = siblings[siblings.length - 1]
      if (indent > 2 && deeper) siblings = deeper.children
    }
    siblings.push(item)
    previous.position.end = item.position.end
    return
  }
  nodes.push({
    type: 'list',
    inline: false,
    span: null,
    lead: null,
    items: [item],
    position: {start: item.position.start, end: item.position.end}
  })
}

function mdList(items: contract.ListItemJson[]): MdList {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => {
      const line = item.marker === '-' ? item.text : `${item.marker} ${item.text}`
      const content: MdListItem['children'] = [mdParagraph(line)]
      if (item.children.length > 0) content.push(mdList(item.children))
      return {type: 'listItem', spread: false, children: content}
    })
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
