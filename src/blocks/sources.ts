import type {RootContent} from 'mdast'
import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, Line, SourceItem, Sources, Span} from '../tree/types.js'
import {joinSpans, lineSpan, lineTail} from '../tree/span.js'
import {lineEnd} from '../lines/split.js'
import {linesPosition, spanPosition, type ParseContext} from '../lines/context.js'
import type {BodyReader} from '../lines/reader.js'
import {positionJson, type BlockModule} from './module.js'
import {mdParagraph} from './mdast.js'

/** `*출처: …` (or `*자료 출처:`, `*참고 자료:`), with the first source on the same line or none. */
export const sourcesPattern = /^\*\s*(?:출처|자료\s*출처|참고\s*자료)\s*[:：]\s*(.*)$/
const itemPattern = /^(\d{1,2})\.\s+(\S.*)$/
const continuationPattern = /^(?:및|and|&)\s+(\S.*)$/
const urlOnlyPattern = /^<?(?:https?:\/\/|www\.)\S{1,2000}$/
const urlPattern = /<?(https?:\/\/[^\s<>]{1,2000}|www\.[^\s<>]{1,2000})>?/g

/**
 * `*출처:` lists of numbered source items with their URLs. The list stays
 * open over blank lines: it takes the next numbered item (`2.` after `1.`),
 * a `및 …` continuation or a bare URL, and ends at any other line.
 */
export const sources: BlockModule<Sources, Static<typeof contract.sources>, Sources<Draft>> = {
  type: 'sources',
  letter: 's',
  read: {
    precedence: 50,
    starts: '*',
    marks: (text) => sourcesPattern.test(text),
    test: (_, text) => sourcesPattern.exec(text),
    build(match: RegExpExecArray, index, reader) {
      const {context} = reader
      const line = context.lines[index]
      const node: Sources<Draft> = {type: 'sources', items: [], position: linesPosition(context, line, line)}
      if (match[1]) node.items.push(sourceItem(context, null, lineTail(line, match[1].length)))
      reader.nodes.push(node)
      reader.open((next, text) => sourceLine(reader, node, next, text))
      return index
    }
  },
  json: contract.sources,
  childIds(node, id) {
    node.items.forEach((item, index) => (item.id = `${id}/${index + 1}`))
  },
  units: (node) => node.items.map((item) => ({span: item.span, block: node.id, blockType: 'sourceItem'})),
  toJson: (node) => ({
    id: node.id,
    type: 'sources',
    items: node.items.map((each) => ({
      id: each.id,
      number: each.number,
      text: each.span.text,
      url: each.urls[0] ?? null,
      urls: each.urls,
      position: positionJson(each.position)
    })),
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text: (json) => json.items.map((item) => item.text).join('\n'),
  toMdast(json) {
    // `*출처: loose items`, or `*출처:` and an ordered list of the numbered ones.
    const nodes: RootContent[] = []
    const loose = json.items.filter((item) => item.number === null)
    const numbered = json.items.filter((item) => item.number !== null)
    nodes.push(mdParagraph(loose.length > 0 ? `*출처: ${loose.map((item) => item.text).join(' ')}` : '*출처:'))
    if (numbered.length > 0) {
      nodes.push({
        type: 'list',
        ordered: true,
        start: numbered[0].number,
        spread: false,
        children: numbered.map((item) => ({type: 'listItem', spread: false, children: [mdParagraph(item.text)]}))
      })
    }
    return nodes
  }
}

/** Take a line into the open source list; false ends the list. */
function sourceLine(reader: BodyReader, node: Sources<Draft>, line: Line, text: string): boolean {
  const {context} = reader
  const last = node.items[node.items.length - 1]
  const numbered = itemPattern.exec(text)
  if (numbered && !reader.matchesToc(numbered[2])) {
    const number = Number(numbered[1])
    const expected = last ? (last.number === null ? -1 : last.number + 1) : 1
    if (number === expected) {
      node.items.push(sourceItem(context, number, lineTail(line, numbered[2].length)))
      node.position.end = context.toPoint(lineEnd(line))
      return true
    }
    return false
  }
  if (last && (continuationPattern.test(text) || urlOnlyPattern.test(text))) {
    last.span = joinSpans(last.span, lineSpan(line), ' ')
    last.urls = urlsOf(last.span.text)
    last.position.end = context.toPoint(lineEnd(line))
    node.position.end = last.position.end
    return true
  }
  return false
}

function sourceItem(context: ParseContext, number: number | null, span: Span): SourceItem<Draft> {
  return {type: 'sourceItem', number, span, urls: urlsOf(span.text), position: spanPosition(context, span)}
}

function urlsOf(text: string): string[] {
  const urls: string[] = []
  for (const match of text.matchAll(urlPattern)) urls.push(match[1])
  return urls
}
