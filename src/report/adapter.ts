/**
 * kic document → the report's view of an issue (`model.ts`). The only module
 * of the report that reads the document's fields: when the record contract
 * changes, this is the file to adapt. Fields are read loosely, so documents
 * written by an older or newer kic still render what they have.
 */
import type {ArticleView, BlockView, DiagnosticView, FigureView, IssueView, ItemView, SectionView, TermView, TextUnit} from './model.js'
import {placeRecords, type Placeable} from './place.js'

type Point = {line?: number; column?: number; offset?: number}
type Place = {start?: Point; end?: Point} | null | undefined
// The document as JSON: read with care, field by field.
type Json = {[key: string]: any}

export interface AdaptOptions {
  /** Reading of a Chinese term (한자음 / 표기), when the document has none. */
  reading?: (chinese: string) => string | null
}

export function adaptDocument(document: Json, name: string, options: AdaptOptions = {}): IssueView {
  const units: TextUnit[] = []
  const unit = (id: string, text: unknown, place: Place, lang: unknown = 'und'): TextUnit => {
    const made: TextUnit = {id: String(id), text: typeof text === 'string' ? text : '', start: offset(place), end: endOffset(place), line: typeof place?.start?.line === 'number' ? place.start.line : null, lang: String(lang ?? 'und'), marks: []}
    units.push(made)
    return made
  }
  const issue: Json = document.issue ?? {}
  const toc = array(document.toc).map((entry: Json) => ({
    text: unit(entry.id, entry.title, entry.position, 'ko'),
    page: number(entry.page),
    articleId: string(entry.articleId)
  }))
  const sections: SectionView[] = array(document.sections).map((section: Json) => ({
    id: String(section.id),
    title: string(section.title),
    articles: array(section.articles).map((article: Json) => adaptArticle(article, unit))
  }))
  const terms = array(document.terms).map((term: Json) => adaptTerm(term, options))
  const figures = array(document.figures).map(adaptFigure)
  const records: Placeable[] = [
    ...terms.map((term, index): Placeable => ({kind: 'term', index, block: term.block, offset: term.offset, length: term.length, surface: term.korean})),
    ...figures.map((figure, index): Placeable => ({kind: 'figure', index, block: figure.block, offset: figure.offset, length: figure.length, surface: figure.text}))
  ]
  const unplaced = placeRecords(units, records)
  const masthead: Array<[string, string]> = []
  for (const field of ['title', 'number', 'date', 'publisher', 'director', 'phone', 'email', 'web']) {
    if (issue[field] !== null && issue[field] !== undefined) masthead.push([field, String(issue[field])])
  }
  return {
    name,
    number: number(issue.number),
    date: string(issue.date),
    title: string(issue.title),
    path: string(document.source?.path),
    masthead,
    toc,
    sections,
    terms,
    figures,
    diagnostics: array(document.diagnostics).map(adaptDiagnostic),
    unplaced
  }
}

type MakeUnit = (id: string, text: unknown, place: Place, lang?: unknown) => TextUnit

function adaptArticle(article: Json, unit: MakeUnit): ArticleView {
  const id = String(article.id)
  // The title line starts the article; its unit answers for records on the article itself.
  const title = article.title ? unit(id, article.title, article.position, 'ko') : null
  const source = article.source ? unit(id, article.source.text, article.source.position, 'ko') : null
  return {
    id,
    number: number(article.number),
    title,
    category: string(article.category),
    source,
    page: number(article.page),
    line: article.position?.start?.line ?? null,
    blocks: array(article.blocks).map((block: Json) => adaptBlock(block, unit))
  }
}

function adaptBlock(block: Json, unit: MakeUnit): BlockView {
  const id = String(block.id)
  const lang = block.lang
  switch (block.type) {
    case 'heading':
      return {type: 'heading', id, level: number(block.level) ?? 1, marker: string(block.marker), text: unit(id, block.title ?? block.text, block.position, lang)}
    case 'list': {
      const item = (each: Json): ItemView => ({marker: String(each.marker ?? '-'), text: unit(each.id, each.text, each.position, lang), children: array(each.children).map(item)})
      const inline = block.inline && typeof block.text === 'string'
      return {type: 'list', id, inline: inline ? unit(id, block.text, block.position, lang) : null, items: inline ? [] : array(block.items).map(item)}
    }
    case 'table': {
      const caption = block.caption ? unit(block.captionId ?? id + '/caption', block.caption, block.position, lang) : null
      const rows = array(block.rows).map((row: unknown) => array(row).map((cell: Json) => unit(cell.id, cell.text, cell.position, lang)))
      return {type: 'table', id, caption, header: Boolean(block.header), rows}
    }
    case 'caption':
      return {type: 'caption', id, kind: String(block.kind ?? 'photo'), text: unit(id, block.raw ?? block.text, block.position, lang)}
    case 'note':
      // The note's text leaves out the term it explains; the page shows both, as the issue does.
      return {type: 'note', id, term: String(block.term ?? ''), text: unit(id, block.term ? `${block.term}: ${block.text ?? ''}` : block.text, block.position, lang)}
    case 'sources':
      return {
        type: 'sources',
        id,
        items: array(block.items).map((each: Json) => ({text: unit(each.id, each.text, each.position, lang), urls: array(each.urls).map(String)}))
      }
    case 'paragraph':
    default:
      return {type: 'paragraph', id, text: unit(id, block.text ?? block.title ?? '', block.position, lang)}
  }
}

function adaptTerm(term: Json, options: AdaptOptions): TermView {
  const chinese = string(term.chinese)
  const key = chinese ? 'zh:' + (string(term.simplified) ?? chinese) : term.english ? 'en:' + term.english : null
  return {
    id: String(term.id),
    block: String(term.block),
    korean: String(term.korean ?? ''),
    chinese,
    english: string(term.english),
    reading: string(term.reading) ?? (chinese && options.reading ? options.reading(chinese) : null),
    category: String(term.category ?? 'other'),
    kind: String(term.kind ?? ''),
    flags: Array.isArray(term.flags) ? term.flags.map(String) : typeof term.flags === 'string' && term.flags ? term.flags.split(';') : [],
    key,
    offset: offset(term.position),
    length: span(term.position),
    line: term.position?.start?.line ?? term.line ?? null,
    column: term.position?.start?.column ?? term.column ?? null
  }
}

function adaptFigure(figure: Json): FigureView {
  const value = typeof figure.value === 'number' && Number.isFinite(figure.value) ? figure.value : null
  // Dates: `date`, or `start`/`end` for ranges (newer documents); an ISO string in `value` (older).
  const dated = string(figure.date) ?? (figure.start || figure.end ? `${figure.start ?? '…'}/${figure.end ?? '…'}` : null)
  const display = value !== null ? String(value) : (dated ?? (figure.value === null || figure.value === undefined ? '' : String(figure.value)))
  return {
    id: String(figure.id),
    block: String(figure.block),
    text: String(figure.text ?? ''),
    value,
    display,
    unit: string(figure.unit),
    kind: String(figure.kind ?? ''),
    qualifier: string(figure.qualifier),
    change: string(figure.change),
    basis: string(figure.basis),
    subject: string(figure.subject),
    offset: offset(figure.position),
    length: span(figure.position),
    line: figure.position?.start?.line ?? figure.line ?? null,
    column: figure.position?.start?.column ?? figure.column ?? null
  }
}

function adaptDiagnostic(diagnostic: Json): DiagnosticView {
  return {
    severity: String(diagnostic.severity ?? 'info'),
    ruleId: String(diagnostic.ruleId ?? ''),
    message: String(diagnostic.message ?? ''),
    line: number(diagnostic.line),
    column: number(diagnostic.column)
  }
}

function array(value: unknown): any[] {
  return Array.isArray(value) ? value : []
}

function string(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function offset(place: Place): number | null {
  return typeof place?.start?.offset === 'number' ? place.start.offset : null
}

function endOffset(place: Place): number | null {
  return typeof place?.end?.offset === 'number' ? place.end.offset : null
}

function span(place: Place): number {
  const start = place?.start?.offset
  const end = place?.end?.offset
  return typeof start === 'number' && typeof end === 'number' && end > start ? end - start : 0
}
