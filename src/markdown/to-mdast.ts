/**
 * A kic/2 document → mdast, written so that `fromMdast` reads it back to
 * the same records:
 * - front matter (`yaml` node): title, number, date, publisher, director,
 *   phone, email, web, notices;
 * - the table of contents as a GFM table `차례 | 섹션 | 기사 | 쪽`;
 * - `#` section, `## N. 【category】 title` article, `— source` line;
 * - headings with their markers one level deeper per heading level
 *   (`### 1) …`, `#### ① …`, `##### i. …`), unmarked ones without;
 * - lists nested (`-`; another bullet is written inside the item: `- • a`),
 *   inline `○` lists as the sentence they are;
 * - GFM tables, a cell's items as `• a<br>• b`;
 * - captions as an emphasised line `*사진 1) …*`, notes as
 *   `(*term 편집자 주: …)`, sources as `*출처: …` or `*출처:` + `1. …`;
 * - the closing block after a rule, one paragraph a line.
 * The serializer escapes `*`, `|`, `<`, `[` in text, so none of them turns
 * into markup when read back.
 */
import type {
  List as MdList,
  ListItem as MdListItem,
  Paragraph as MdParagraph,
  PhrasingContent,
  Root as MdRoot,
  RootContent,
  Table as MdTable,
  TableCell,
  TableRow
} from 'mdast'
import type {KicDocument} from '../emit/document.js'
import {pushAll, maxOf} from '../util/arrays.js'

type Article = KicDocument['sections'][number]['articles'][number]
type Block = Article['blocks'][number]
type ItemRecord = Extract<Block, {type: 'list'}>['items'][number]

/** Front matter as an mdast `yaml` node (written by the `yaml` handler of `toMarkdownString`). */
interface Yaml {
  type: 'yaml'
  value: string
}

export function toMdast(document: KicDocument): MdRoot {
  const children: Array<RootContent | Yaml> = []
  const matter = frontMatter(document)
  if (matter) children.push({type: 'yaml', value: matter})
  if (document.toc.length > 0) children.push(tocTable(document))

  for (const section of document.sections) {
    if (section.title) children.push({type: 'heading', depth: 1, children: [text(section.title)]})
    for (const article of section.articles) {
      if (article.title !== null) {
        const category = article.category ? `【${article.category}】 ` : ''
        const number = article.number !== null ? `${article.number}. ` : ''
        children.push({type: 'heading', depth: 2, children: [text(`${number}${category}${article.title}`)]})
      }
      if (article.source) children.push(paragraph(`— ${article.source.text}`))
      for (const block of article.blocks) pushAll(children, blockNodes(block))
    }
  }

  if (document.colophon && document.colophon.lines.length > 0) {
    children.push({type: 'thematicBreak'})
    for (const line of document.colophon.lines) children.push(paragraph(line))
  }
  return {type: 'root', children: children as RootContent[]}
}

function blockNodes(block: Block): RootContent[] {
  switch (block.type) {
    case 'heading': {
      const title = block.marker ? `${block.marker} ${block.title}` : block.title
      const depth = Math.min(6, 2 + Math.max(1, block.level)) as 3 | 4 | 5 | 6
      return [{type: 'heading', depth, children: [text(title)]}]
    }
    case 'paragraph':
      return [paragraph(block.text)]
    case 'list':
      return block.inline ? [paragraph(block.text ?? block.items.map((item) => `${item.marker}${item.text}`).join(' '))] : [list(block.items)]
    case 'table':
      return [table(block.rows)]
    case 'caption': {
      const head = block.number !== null ? `${block.label} ${block.number})` : block.label
      const line = block.raw ? `${head} ${block.raw}` : head
      return [{type: 'paragraph', children: [{type: 'emphasis', children: [text(line)]}]}]
    }
    case 'note':
      return [paragraph(`(*${block.term} 편집자 주: ${block.text})`)]
    case 'sources': {
      const nodes: RootContent[] = []
      const loose = block.items.filter((item) => item.number === null)
      const numbered = block.items.filter((item) => item.number !== null)
      nodes.push(paragraph(loose.length > 0 ? `*출처: ${loose.map((item) => item.text).join(' ')}` : '*출처:'))
      if (numbered.length > 0) {
        nodes.push({
          type: 'list',
          ordered: true,
          start: numbered[0].number,
          spread: false,
          children: numbered.map((item) => listItem([paragraph(item.text)]))
        })
      }
      return nodes
    }
  }
}

function list(items: ItemRecord[]): MdList {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => {
      const line = item.marker === '-' ? item.text : `${item.marker} ${item.text}`
      const content: MdListItem['children'] = [paragraph(line)]
      if (item.children.length > 0) content.push(list(item.children))
      return listItem(content)
    })
  }
}

function listItem(children: MdListItem['children']): MdListItem {
  return {type: 'listItem', spread: false, children}
}

function table(rows: Extract<Block, {type: 'table'}>['rows']): MdTable {
  const width = maxOf(rows.map((row) => row.length), 1)
  const out: TableRow[] = rows.map((row, index) => {
    const cells: TableCell[] = row.map((cell) => ({type: 'tableCell', children: cellContent(cell)}))
    // GFM takes the column count from the header row: pad it.
    while (index === 0 && cells.length < width) cells.push({type: 'tableCell', children: []})
    return {type: 'tableRow', children: cells}
  })
  return {type: 'table', align: new Array(width).fill(null), children: out}
}

function cellContent(cell: {text: string; items?: string[]}): PhrasingContent[] {
  if (!cell.items) return cell.text ? [text(cell.text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)))] : []
  const out: PhrasingContent[] = []
  cell.items.forEach((item, index) => {
    if (index > 0) out.push({type: 'html', value: '<br>'})
    out.push(text(`• ${item}`))
  })
  return out
}

function tocTable(document: KicDocument): MdTable {
  const header = ['차례', '섹션', '기사', '쪽']
  const rows: string[][] = []
  let group: string | null | undefined
  let section: string | null | undefined
  for (const entry of document.toc) {
    const opens = entry.group !== group || entry.section !== section
    group = entry.group
    section = entry.section
    const title = entry.category ? `【${entry.category}】 ${entry.title}` : entry.title
    rows.push([opens ? (entry.group ?? '') : '', opens ? (entry.section ?? '') : '', title, entry.page !== null ? `P${entry.page}` : ''])
  }
  return {
    type: 'table',
    align: [null, null, null, null],
    children: [header, ...rows].map((row) => ({
      type: 'tableRow',
      children: row.map((cell) => ({type: 'tableCell', children: cell ? [text(cell)] : []}))
    }))
  }
}

function frontMatter(document: KicDocument): string | null {
  const issue = document.issue
  const lines: string[] = []
  const field = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') lines.push(`${key}: ${scalar(String(value))}`)
  }
  field('title', issue.title)
  field('number', issue.number)
  // Without a number, ids start with the file's stem: keep it for the reader.
  if (issue.number === null) field('key', keyOf(document))
  field('date', issue.date ? issue.date.replace(/-/g, '.') : null)
  field('publisher', issue.publisher)
  field('director', issue.director)
  field('phone', issue.phone)
  field('email', issue.email)
  field('web', issue.web)
  if (issue.notices.length > 0) {
    lines.push('notices:')
    for (const notice of issue.notices) lines.push(`  - ${scalar(notice)}`)
  }
  return lines.length > 0 ? lines.join('\n') : null
}

/** The prefix of the document's ids (`287`, or a file stem). */
function keyOf(document: KicDocument): string | null {
  const id = document.sections[0]?.id ?? document.toc[0]?.id ?? document.colophon?.id
  return id ? id.split('/')[0] : null
}

/** A YAML scalar: plain when safe, else double-quoted. */
function scalar(value: string): string {
  if (/^[\p{L}\p{N}+(]/u.test(value) && !/[:#'"\\]|\s$/.test(value)) return value
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function paragraph(value: string): MdParagraph {
  return {type: 'paragraph', children: [text(value)]}
}

function text(value: string): PhrasingContent {
  return {type: 'text', value}
}
