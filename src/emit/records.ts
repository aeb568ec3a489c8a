import type {KicDocument} from '../contract/document.js'
import type {
  AnyRecord,
  ArticleRecord,
  BlockRecord,
  CaptionRecord,
  CellRecord,
  DiagnosticRecord,
  FigureRecord,
  IssueRecord,
  NoteRecord,
  SourceRecord,
  TermRecord
} from '../contract/records.js'

/**
 * Flat records of a document, laid out on the definitions of
 * `contract/records.ts`: `record, issue, file, article, …`, the place in the
 * input last. Fields are written as literals in definition order (a test
 * checks the order against the definitions).
 *
 * Do not factor the head into a leading spread (`{...base(), id}`): V8 builds
 * an object literal that starts with a spread ~100× slower, and that alone
 * cost more than parsing in `kic batch`.
 */
export type Record = AnyRecord

type Place = {start: {line: number; column: number}; end: {line: number; column: number}}
type Block = KicDocument['sections'][number]['articles'][number]['blocks'][number]
type Article = KicDocument['sections'][number]['articles'][number]

function issueOf(document: KicDocument): number | null {
  return document.issue.number
}

function fileOf(document: KicDocument): string | null {
  return document.source?.path ?? null
}

export function issueRecord(document: KicDocument): IssueRecord {
  const issue = document.issue
  const position = issue.position
  return {
    record: 'issue',
    issue: issueOf(document),
    file: fileOf(document),
    title: issue.title,
    number: issue.number,
    date: issue.date,
    publisher: issue.publisher,
    director: issue.director,
    phone: issue.phone,
    email: issue.email,
    web: issue.web,
    notices: issue.notices,
    sha256: document.source?.sha256 ?? null,
    bytes: document.source?.bytes ?? null,
    encoding: document.source?.encoding ?? null,
    sections: document.sections.length,
    articles: document.sections.reduce((sum, section) => sum + section.articles.length, 0),
    terms: document.terms.length,
    figures: document.figures.length,
    diagnostics: document.diagnostics.length,
    line: position ? position.start.line : null,
    column: position ? position.start.column : null,
    endLine: position ? position.end.line : null,
    endColumn: position ? position.end.column : null
  }
}

export function* articleRecords(document: KicDocument): Generator<ArticleRecord> {
  for (const section of document.sections) {
    for (const article of section.articles) {
      const position: Place = article.position
      yield {
        record: 'article',
        issue: issueOf(document),
        file: fileOf(document),
        article: article.id,
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
        line: position.start.line,
        column: position.start.column,
        endLine: position.end.line,
        endColumn: position.end.column
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

export function* blockRecords(document: KicDocument): Generator<BlockRecord> {
  for (const {block, article} of blocks(document)) {
    const position: Place = block.position
    yield {
      record: 'block',
      issue: issueOf(document),
      file: fileOf(document),
      article: article.id,
      id: block.id,
      type: block.type,
      marker: block.type === 'heading' ? block.marker : null,
      level: block.type === 'heading' ? block.level : null,
      text: blockText(block),
      lang: block.lang,
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column
    }
  }
}

export function* cellRecords(document: KicDocument): Generator<CellRecord> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'table') continue
    for (const [r, row] of block.rows.entries()) {
      for (const [c, cell] of row.entries()) {
        const position: Place = cell.position
        yield {
          record: 'cell',
          issue: issueOf(document),
          file: fileOf(document),
          article: article.id,
          id: cell.id,
          table: block.id,
          row: r + 1,
          col: c + 1,
          header: block.header && r === 0,
          text: cell.text,
          items: cell.items ?? [],
          line: position.start.line,
          column: position.start.column,
          endLine: position.end.line,
          endColumn: position.end.column
        }
      }
    }
  }
}

export function* captionRecords(document: KicDocument): Generator<CaptionRecord> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'caption') continue
    const position: Place = block.position
    yield {
      record: 'caption',
      issue: issueOf(document),
      file: fileOf(document),
      article: article.id,
      id: block.id,
      kind: block.kind,
      label: block.label,
      number: block.number,
      text: block.text,
      credit: block.credit,
      raw: block.raw,
      imageOnly: block.imageOnly,
      lang: block.lang,
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column
    }
  }
}

export function* noteRecords(document: KicDocument): Generator<NoteRecord> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'note') continue
    const position: Place = block.position
    yield {
      record: 'note',
      issue: issueOf(document),
      file: fileOf(document),
      article: article.id,
      id: block.id,
      term: block.term,
      text: block.text,
      lang: block.lang,
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column
    }
  }
}

export function* sourceRecords(document: KicDocument): Generator<SourceRecord> {
  for (const {block, article} of blocks(document)) {
    if (block.type !== 'sources') continue
    for (const item of block.items) {
      const position: Place = item.position
      yield {
        record: 'source',
        issue: issueOf(document),
        file: fileOf(document),
        article: article.id,
        id: item.id,
        sources: block.id,
        number: item.number,
        text: item.text,
        url: item.url,
        urls: item.urls,
        line: position.start.line,
        column: position.start.column,
        endLine: position.end.line,
        endColumn: position.end.column
      }
    }
  }
}

/** Block id (and article id itself) → its article, for term and figure rows. */
function articlesByBlock(document: KicDocument): Map<string, Article> {
  const map = new Map<string, Article>()
  for (const section of document.sections) {
    for (const article of section.articles) {
      map.set(article.id, article)
      for (const block of article.blocks) map.set(block.id, article)
    }
  }
  return map
}

export function* termRecords(document: KicDocument): Generator<TermRecord> {
  const articles = articlesByBlock(document)
  for (const term of document.terms) {
    const article = articles.get(term.block)
    const position: Place = term.position
    yield {
      record: 'term',
      issue: issueOf(document),
      file: fileOf(document),
      article: article?.id ?? null,
      articleTitle: article?.title ?? null,
      id: term.id,
      block: term.block,
      korean: term.korean,
      chinese: term.chinese,
      english: term.english,
      gloss: term.gloss,
      role: term.role,
      kind: term.kind,
      category: term.category,
      confidence: term.confidence,
      flags: term.flags,
      standard: term.standard,
      source: term.source,
      simplified: term.simplified,
      footnote: term.footnote,
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column
    }
  }
}

export function* figureRecords(document: KicDocument): Generator<FigureRecord> {
  const articles = articlesByBlock(document)
  for (const figure of document.figures) {
    const article = articles.get(figure.block)
    const position: Place = figure.position
    yield {
      record: 'figure',
      issue: issueOf(document),
      file: fileOf(document),
      article: article?.id ?? null,
      articleTitle: article?.title ?? null,
      id: figure.id,
      block: figure.block,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      kind: figure.kind,
      date: figure.date,
      start: figure.start,
      end: figure.end,
      yearInferred: figure.yearInferred,
      qualifier: figure.qualifier,
      change: figure.change,
      basis: figure.basis,
      subject: figure.subject,
      line: position.start.line,
      column: position.start.column,
      endLine: position.end.line,
      endColumn: position.end.column
    }
  }
}

export function* diagnosticRecords(document: KicDocument): Generator<DiagnosticRecord> {
  for (const diagnostic of document.diagnostics) {
    yield {
      record: 'diagnostic',
      issue: issueOf(document),
      file: fileOf(document),
      severity: diagnostic.severity,
      ruleId: diagnostic.ruleId,
      message: diagnostic.message,
      line: diagnostic.line,
      column: diagnostic.column,
      endLine: diagnostic.endLine,
      endColumn: diagnostic.endColumn
    }
  }
}

/** All records of one document for JSON Lines: issue, articles, blocks, cells, captions, notes, sources, terms, figures, diagnostics. */
export function* documentRecords(document: KicDocument): Generator<AnyRecord> {
  yield issueRecord(document)
  yield* articleRecords(document)
  yield* blockRecords(document)
  yield* cellRecords(document)
  yield* captionRecords(document)
  yield* noteRecords(document)
  yield* sourceRecords(document)
  yield* termRecords(document)
  yield* figureRecords(document)
  yield* diagnosticRecords(document)
}

/**
 * A diagnostic record for an input that could not be processed at all (empty,
 * binary, unreadable): same fields as `diagnosticRecords`, severity `error`.
 */
export function inputErrorRecord(error: {file: string; message: string; ruleId: string; line: number | null; column: number | null}): DiagnosticRecord {
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
