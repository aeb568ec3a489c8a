import type {KicDocument} from './document.js'

/**
 * Flat records of a document, one naming scheme for JSON Lines and CSV:
 * every record has `record` (its kind), `issue` (the issue number, or null)
 * and `file`; positions become `line`, `column`, `endLine`, `endColumn`.
 */
export type Record = {record: string; issue: number | null; file: string | null; [field: string]: unknown}

type Place = {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}

function place(position: Place | null | undefined) {
  return position
    ? {line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column}
    : {line: null, column: null, endLine: null, endColumn: null}
}

type Block = KicDocument['sections'][number]['articles'][number]['blocks'][number]
type Article = KicDocument['sections'][number]['articles'][number]

/**
 * Every record starts with `record`, `issue`, `file` written as literal
 * properties. Do not factor them into a leading spread (`{...base(), id}`):
 * V8 builds an object literal that starts with a spread ~100× slower, and
 * that alone cost more than parsing in `kic batch`.
 */
function issueOf(document: KicDocument): number | null {
  return document.issue.number
}

function fileOf(document: KicDocument): string | null {
  return document.source?.path ?? null
}

export function issueRecord(document: KicDocument): Record {
  const {position, notices, ...issue} = document.issue
  return {
    record: 'issue', issue: issueOf(document), file: fileOf(document),
    ...issue,
    notices: notices.join('\n'),
    sha256: document.source?.sha256 ?? null,
    bytes: document.source?.bytes ?? null,
    encoding: document.source?.encoding ?? null,
    sections: document.sections.length,
    articles: document.sections.reduce((sum, section) => sum + section.articles.length, 0),
    terms: document.terms.length,
    figures: document.figures.length,
    diagnostics: document.diagnostics.length,
    ...place(position)
  }
}

export function* articleRecords(document: KicDocument): Generator<Record> {
  for (const section of document.sections) {
    for (const article of section.articles) {
      yield {
        record: 'article', issue: issueOf(document), file: fileOf(document),
        id: article.id,
        section: section.id,
        sectionTitle: section.title,
        number: article.number,
        title: article.title,
        category: article.category,
        sourceText: article.source?.text ?? null,
        sourceName: article.source?.name ?? null,
        sourceChinese: article.source?.chinese ?? null,
        page: article.page,
        blocks: article.blocks.length,
        ...place(article.position)
      }
    }
  }
}

function* blocks(document: KicDocument): Generator<{block: Block; article: Article}> {
  for (const section of document.sections) {
    for (const article of section.articles) {
      for (const block of article.blocks) yield {block, article}
    }
  }
}

/** Plain text of a block, for the block record. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.title
    case 'paragraph':
    case 'note':
      return block.text
    case 'caption':
      return block.raw
    case 'list': {
      if (block.text) return block.text
      type Item = (typeof block.items)[number]
      const lines: string[] = []
      const walk = (items: Item[], depth: number) => {
        for (const item of items) {
          lines.push(`${'  '.repeat(depth)}${item.marker} ${item.text}`)
          walk(item.children, depth + 1)
        }
      }
      walk(block.items, 0)
      return lines.join('\n')
    }
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, ' · ')).join('\t')).join('\n')
    case 'sources':
      return block.items.map((item) => item.text).join('\n')
  }
}

export function* blockRecords(document: KicDocument): Generator<Record> {
  for (const {block, article} of blocks(document)) {
    yield {
      record: 'block', issue: issueOf(document), file: fileOf(document),
      id: block.id,
      article: article.id,
      type: block.type,
      marker: block.type === 'heading' ? block.marker : null,
      level: block.type === 'heading' ? block.level : null,
      text: blockText(block),
      lang: block.lang,
      ...place(block.position)
    }
  }
}

export function* cellRecords(document: KicDocument): Generator<Record> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'table') continue
    for (const [r, row] of block.rows.entries()) {
      for (const [c, cell] of row.entries()) {
        yield {
          record: 'cell', issue: issueOf(document), file: fileOf(document),
          id: cell.id,
          table: block.id,
          article: article.id,
          row: r + 1,
          column: c + 1,
          header: block.header && r === 0,
          text: cell.text,
          items: 'items' in cell && cell.items ? cell.items.join('\n') : null,
          ...{line: cell.position.start.line, endLine: cell.position.end.line}
        }
      }
    }
  }
}

export function* captionRecords(document: KicDocument): Generator<Record> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'caption') continue
    const {type, position, lang, ...caption} = block
    yield {record: 'caption', issue: issueOf(document), file: fileOf(document), ...caption, article: article.id, lang, ...place(position)}
  }
}

export function* noteRecords(document: KicDocument): Generator<Record> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'note') continue
    yield {record: 'note', issue: issueOf(document), file: fileOf(document), id: block.id, article: article.id, term: block.term, text: block.text, ...place(block.position)}
  }
}

export function* sourceRecords(document: KicDocument): Generator<Record> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'sources') continue
    for (const item of block.items) {
      yield {
        record: 'source', issue: issueOf(document), file: fileOf(document),
        id: item.id,
        sources: block.id,
        article: article.id,
        number: item.number,
        text: item.text,
        url: item.url,
        urls: item.urls.join(' '),
        ...place(item.position)
      }
    }
  }
}

export function* termRecords(document: KicDocument): Generator<Record> {
  for (const term of document.terms) {
    const {position, flags, ...rest} = term
    yield {record: 'term', issue: issueOf(document), file: fileOf(document), ...rest, flags: flags.join(';'), ...place(position)}
  }
}

export function* figureRecords(document: KicDocument): Generator<Record> {
  for (const figure of document.figures) {
    const {position, ...rest} = figure
    yield {record: 'figure', issue: issueOf(document), file: fileOf(document), ...rest, value: rest.value, ...place(position)}
  }
}

export function* diagnosticRecords(document: KicDocument): Generator<Record> {
  for (const diagnostic of document.diagnostics) yield {record: 'diagnostic', issue: issueOf(document), file: fileOf(document), ...diagnostic}
}

/** All records of one document for JSON Lines: issue, articles, blocks, cells, terms, figures, diagnostics. */
export function* documentRecords(document: KicDocument): Generator<Record> {
  yield issueRecord(document)
  yield* articleRecords(document)
  yield* blockRecords(document)
  yield* cellRecords(document)
  yield* termRecords(document)
  yield* figureRecords(document)
  yield* diagnosticRecords(document)
}

/**
 * A diagnostic record for an input that could not be processed at all (empty,
 * binary, unreadable): same fields as `diagnosticRecords`, severity `error`.
 */
export function inputErrorRecord(error: {file: string; message: string; ruleId: string; line: number | null; column: number | null}): Record {
  return {
    record: 'diagnostic',
    issue: null,
    file: error.file,
    severity: 'error',
    ruleId: error.ruleId,
    message: error.message,
    line: error.line,
    column: error.column,
    endLine: null,
    endColumn: null
  }
}
