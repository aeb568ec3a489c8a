/**
 * The report's own view of an issue. Pages are rendered from these types only;
 * `adapter.ts` is the one place that reads a kic document into them, so a
 * change of the document contract is a change there.
 */

/** A run of text as the page shows it, with the source offset it starts at. */
export interface TextUnit {
  /** Record id of the block, cell, item … the text belongs to. */
  id: string
  text: string
  /** Source offset of the unit's first character (for placing records). */
  start: number | null
  /** Source offset just past the unit (null when unknown). */
  end: number | null
  /** Source line it starts on (for linking diagnostics). */
  line: number | null
  lang: string
  marks: Mark[]
}

export interface Mark {
  kind: 'term' | 'figure'
  /** Index into `terms` or `figures` of the issue. */
  index: number
  /** UTF-16 range in the unit's text. */
  start: number
  end: number
}

export interface TermView {
  id: string
  block: string
  korean: string
  chinese: string | null
  english: string | null
  reading: string | null
  category: string
  kind: string
  flags: string[]
  key: string | null
  offset: number | null
  length: number
  line: number | null
  column: number | null
}

export interface FigureView {
  id: string
  block: string
  text: string
  /** Number, or null for dates and ranges (see `display`). */
  value: number | null
  /** The value as shown: the number, an ISO date or a range. */
  display: string
  unit: string | null
  kind: string
  qualifier: string | null
  change: string | null
  basis: string | null
  subject: string | null
  offset: number | null
  length: number
  line: number | null
  column: number | null
}

export interface DiagnosticView {
  severity: string
  ruleId: string
  message: string
  line: number | null
  column: number | null
}

export type BlockView =
  | {type: 'heading'; id: string; level: number; marker: string | null; text: TextUnit}
  | {type: 'paragraph'; id: string; text: TextUnit}
  | {type: 'list'; id: string; inline: TextUnit | null; items: ItemView[]}
  | {type: 'table'; id: string; caption: TextUnit | null; header: boolean; rows: TextUnit[][]}
  | {type: 'caption'; id: string; kind: string; text: TextUnit}
  | {type: 'note'; id: string; term: string; text: TextUnit}
  | {type: 'sources'; id: string; items: Array<{text: TextUnit; urls: string[]}>}

export interface ItemView {
  marker: string
  text: TextUnit
  children: ItemView[]
}

export interface ArticleView {
  id: string
  number: number | null
  title: TextUnit | null
  category: string | null
  source: TextUnit | null
  page: number | null
  line: number | null
  blocks: BlockView[]
}

export interface SectionView {
  id: string
  title: string | null
  articles: ArticleView[]
}

export interface IssueView {
  /** File-safe name of the issue page (`287`). */
  name: string
  number: number | null
  date: string | null
  title: string | null
  path: string | null
  masthead: Array<[string, string]>
  toc: Array<{text: TextUnit; page: number | null; articleId: string | null}>
  sections: SectionView[]
  terms: TermView[]
  figures: FigureView[]
  diagnostics: DiagnosticView[]
  /** Records whose text unit is not shown (e.g. the masthead's date line). */
  unplaced: Mark[]
}
