import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Article, Block, Colophon, ListItem, Masthead, Root, Section, Toc} from '../tree/types.js'
import {version} from '../version.js'
import {blockModule} from '../blocks/index.js'
import {positionJson} from '../blocks/module.js'
import {
  schemaId,
  type ArticleJson,
  type BlockJson,
  type Diagnostic,
  type KicDocument,
  type ListItemJson,
  type PositionJson,
  type SourceInfo
} from '../contract/document.js'

export {schemaId}
export type {Diagnostic, KicDocument, SourceInfo}

/** The `kic/2` JSON document of one issue (defined in `contract/document.ts`). */
export function toDocument(root: Root, file: VFile): KicDocument {
  const masthead = root.children.find((node): node is Masthead => node.type === 'masthead')
  const toc = root.children.find((node): node is Toc => node.type === 'toc')
  const colophon = root.children.find((node): node is Colophon => node.type === 'colophon')
  return {
    schema: schemaId,
    tool: {name: 'kic', version},
    source: (file.data.source as SourceInfo | undefined) ?? null,
    issue: issueOf(masthead),
    toc: (toc?.entries ?? []).map((entry) => ({
      id: entry.id,
      group: entry.group,
      section: entry.section,
      title: entry.title,
      category: entry.category,
      page: entry.page,
      articleId: entry.articleId,
      position: position(entry.position)
    })),
    sections: root.children
      .filter((node): node is Section => node.type === 'section')
      .map((section) => ({
        id: section.id,
        title: section.title,
        position: position(section.position),
        articles: section.children.map(article)
      })),
    colophon: colophon ? {id: colophon.id, lines: colophon.lines, position: position(colophon.position)} : null,
    terms: (root.data?.terms ?? []).map((term) => ({...term, position: position(term.position)})),
    figures: (root.data?.figures ?? []).map((figure) => ({...figure, position: position(figure.position)})),
    diagnostics: diagnostics(file)
  }
}

function issueOf(masthead: Masthead | undefined): KicDocument['issue'] {
  return {
    title: masthead?.title ?? null,
    number: masthead?.number ?? null,
    date: masthead?.date ?? null,
    publisher: masthead?.publisher ?? null,
    director: masthead?.director ?? null,
    phone: masthead?.phone ?? null,
    email: masthead?.email ?? null,
    web: masthead?.web ?? null,
    notices: masthead?.notices ?? [],
    position: masthead ? position(masthead.position) : null
  }
}

function article(node: Article): ArticleJson {
  return {
    id: node.id,
    number: node.number,
    title: node.title?.text ?? null,
    category: node.category,
    source: node.source
      ? {text: node.source.span.text, name: node.source.name, chinese: node.source.chinese, position: position(node.source.position)}
      : null,
    page: node.page,
    position: position(node.position),
    blocks: node.children.map(block)
  }
}

function block(node: Block): BlockJson {
  return blockModule(node.type).toJson(node) as BlockJson
}

export const position: (place: Position) => PositionJson = positionJson

function diagnostics(file: VFile): Diagnostic[] {
  const order = (diagnostic: Diagnostic) => (diagnostic.line ?? 0) * 1e6 + (diagnostic.column ?? 0)
  return file.messages.map((message): Diagnostic => ({
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId ?? 'unknown',
    message: message.reason,
    line: message.place && 'start' in message.place ? message.place.start.line : (message.place?.line ?? null),
    column: message.place && 'start' in message.place ? message.place.start.column : (message.place?.column ?? null),
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null
  })).sort((a, b) => order(a) - order(b))
}
