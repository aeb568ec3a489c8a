import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Article, Block, Colophon, ListItem, Masthead, Root, Section, Toc} from '../tree/types.js'
import {version} from '../version.js'
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
      id: entry.id!,
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
        id: section.id!,
        title: section.title,
        position: position(section.position),
        articles: section.children.map(article)
      })),
    colophon: colophon ? {id: colophon.id!, lines: colophon.lines, position: position(colophon.position)} : null,
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
    id: node.id!,
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
  const id = node.id!
  switch (node.type) {
    case 'heading':
      return {id, type: 'heading' as const, marker: node.marker, level: node.level, title: node.span.text, lang: node.lang ?? 'und', position: position(node.position)}
    case 'paragraph':
      return {id, type: 'paragraph' as const, text: node.span.text, lang: node.lang ?? 'und', position: position(node.position)}
    case 'list':
      return {
        id,
        type: 'list' as const,
        inline: node.inline,
        text: node.span?.text ?? null,
        lead: node.lead,
        items: node.items.map(item),
        lang: node.lang ?? 'und',
        position: position(node.position)
      }
    case 'table':
      return {
        id,
        type: 'table' as const,
        header: node.header,
        caption: node.caption?.text || node.caption?.span.text || null,
        captionId: node.caption?.id ?? null,
        rows: node.rows.map((row) =>
          row.map((cell) => ({
            id: cell.id!,
            text: cell.span.text,
            ...(cell.items ? {items: cell.items.map((each) => each.text)} : {}),
            position: position(cell.position)
          }))
        ),
        lang: node.lang ?? 'und',
        position: position(node.position)
      }
    case 'caption':
      return {
        id,
        type: 'caption' as const,
        kind: node.kind,
        label: node.label,
        number: node.number,
        text: node.text,
        credit: node.credit,
        raw: node.span.text,
        imageOnly: node.imageOnly,
        lang: node.lang ?? 'und',
        position: position(node.position)
      }
    case 'note':
      return {id, type: 'note' as const, term: node.term, text: node.span.text, lang: node.lang ?? 'und', position: position(node.position)}
    case 'sources':
      return {
        id,
        type: 'sources' as const,
        items: node.items.map((each) => ({
          id: each.id!,
          number: each.number,
          text: each.span.text,
          url: each.urls[0] ?? null,
          urls: each.urls,
          position: position(each.position)
        })),
        lang: node.lang ?? 'und',
        position: position(node.position)
      }
  }
}

function item(node: ListItem): ListItemJson {
  return {
    id: node.id!,
    marker: node.marker,
    label: node.label,
    text: node.span.text,
    position: position(node.position),
    children: node.children.map(item)
  }
}

export function position(place: Position): PositionJson {
  return {
    start: {line: place.start.line, column: place.start.column, offset: place.start.offset ?? 0},
    end: {line: place.end.line, column: place.end.column, offset: place.end.offset ?? 0}
  }
}

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
