/**
 * A kic/2 document → mdast, written so that `fromMdast` reads it back to
 * the same records:
 * - front matter (`yaml` node): title, number, date, publisher, director,
 *   phone, email, web, notices;
 * - the table of contents as a GFM table `차례 | 섹션 | 기사 | 쪽`;
 * - `#` section, `## N. 【category】 title` article, `— source` line;
 * - each block as its module writes it (`toMdast` in `src/blocks/`):
 *   headings with their markers one level deeper per heading level
 *   (`### 1) …`, `#### ① …`), nested `-` lists, GFM tables, captions as
 *   an emphasised line `*사진 1) …*`, notes as `(*term 편집자 주: …)`,
 *   sources as `*출처: …` or `*출처:` + `1. …`;
 * - the closing block after a rule, one paragraph a line.
 * The serializer escapes `*`, `|`, `<`, `[` in text, so none of them turns
 * into markup when read back.
 */
import type {Root as MdRoot, RootContent, Table as MdTable} from 'mdast'
import type {KicDocument} from '../emit/document.js'
import {blockModule} from '../blocks/index.js'
import {mdParagraph as paragraph, mdText as text} from '../blocks/mdast.js'
import {pushAll} from '../util/arrays.js'
import {isLetterOrNumber} from '../util/unicode-class.js'

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
      for (const block of article.blocks) pushAll(children, blockModule(block.type).toMdast(block))
    }
  }

  if (document.colophon && document.colophon.lines.length > 0) {
    children.push({type: 'thematicBreak'})
    for (const line of document.colophon.lines) children.push(paragraph(line))
  }
  return {type: 'root', children: children as RootContent[]}
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

/** Whether `value` starts with a letter, a digit, `+` or `(` (`/^[\p{L}\p{N}+(]/u`). */
function startsPlain(value: string): boolean {
  const code = value.codePointAt(0)
  return code !== undefined && (code === 0x2b || code === 0x28 || isLetterOrNumber(code))
}

/** A YAML scalar: plain when safe, else double-quoted. */
function scalar(value: string): string {
  if (startsPlain(value) && !/[:#'"\\]|\s$/.test(value)) return value
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
