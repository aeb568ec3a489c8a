/**
 * kic's own syntax tree: unist nodes, each with a position into the decoded
 * text. The parser builds a flat list of blocks under the root; the structure
 * transform nests them into sections and articles.
 */
import type {Position} from 'unist'
import type {FigureJson, TermJson} from '../contract/document.js'

/** Text index `at` maps to source `offset`, up to the next segment. */
export interface Segment {
  at: number
  offset: number
}

/** A physical line of the decoded text, without its line ending. */
export interface Line {
  /** 1-based line number. */
  number: number
  /** Offset of the first character. */
  start: number
  text: string
  /**
   * Where the text's characters come from, when they are not one run of the
   * source from `start` (lines built from Markdown: escapes and markup removed).
   */
  map?: Segment[]
  /** The line ends in a form feed: a page of the PDF ends here. */
  pageBreak?: boolean
}

/** Text of a node with the map back to the source. */
export interface Span {
  text: string
  map: Segment[]
}

export type Lang = 'ko' | 'zh' | 'en' | 'und'

/** One piece of text the extractors read, with the record it belongs to. */
export interface TextUnit {
  span: Span
  /** Id of the block (or title, ToC entry, masthead) the text belongs to. */
  block: string
  blockType: string
  /** For table cells: row and column headers. */
  subject?: string | null
  /** For editor's notes: the term explained. */
  noteTerm?: string
}


interface Base {
  position: Position
  /** Stable record id, set by the structure transform. */
  id?: string
  lang?: Lang
}

export interface Masthead extends Base {
  type: 'masthead'
  title: string | null
  number: number | null
  date: string | null
  publisher: string | null
  director: string | null
  phone: string | null
  email: string | null
  web: string | null
  notices: string[]
  /** The date line, for figure extraction. */
  dateSpan: Span | null
}

export interface TocEntry extends Base {
  type: 'tocEntry'
  span: Span
  group: string | null
  section: string | null
  title: string
  category: string | null
  page: number | null
  articleId: string | null
}

export interface Toc extends Base {
  type: 'toc'
  entries: TocEntry[]
}

export interface SectionHeading extends Base {
  type: 'sectionHeading'
  title: string
}

export interface ArticleTitle extends Base {
  type: 'articleTitle'
  number: number
  title: Span
  category: string | null
  /** Source trailing the title after ` — `. */
  source: Span | null
  /** Marked as an article by the layout (a Markdown `#`/`##` heading): an article even out of sequence. */
  explicit?: boolean
}

export interface ArticleSource extends Base {
  type: 'articleSource'
  span: Span
}

export interface Heading extends Base {
  type: 'heading'
  marker: string | null
  /** Kind of marker: `paren`, `circled`, `roman`, `arrow`, `plain`. */
  markerKind: string
  /** Number the marker stands for (`3)` → 3, `④` → 4, `ii.` → 2). */
  ordinal: number | null
  level: number
  span: Span
}

export interface Paragraph extends Base {
  type: 'paragraph'
  span: Span
}

export interface ListItem extends Base {
  type: 'listItem'
  marker: string
  /** Enumerator inside the item text (`- ① …` → `①`). */
  label: string | null
  span: Span
  children: ListItem[]
}

export interface List extends Base {
  type: 'list'
  /** True for `○ a ○ b` runs inside a sentence; `span` is then the whole sentence. */
  inline: boolean
  span: Span | null
  lead: string | null
  items: ListItem[]
}

export interface Cell extends Base {
  type: 'cell'
  span: Span
  items: Span[] | null
}

export interface Table extends Base {
  type: 'table'
  rows: Cell[][]
  header: boolean
  caption: Caption | null
}

export interface Caption extends Base {
  type: 'caption'
  kind: 'photo' | 'table' | 'figure'
  number: number | null
  label: string
  span: Span
  text: string
  credit: string | null
  /** True for a table caption with no table above: the table was an image. */
  imageOnly: boolean
}

export interface Note extends Base {
  type: 'note'
  term: string
  span: Span
}

export interface SourceItem extends Base {
  type: 'sourceItem'
  number: number | null
  span: Span
  urls: string[]
}

export interface Sources extends Base {
  type: 'sources'
  items: SourceItem[]
}

export interface Colophon extends Base {
  type: 'colophon'
  lines: string[]
}

export type Block = Heading | Paragraph | List | Table | Caption | Note | Sources

export interface Article extends Base {
  type: 'article'
  number: number | null
  title: Span | null
  category: string | null
  source: {span: Span; name: string; chinese: string | null; position: Position} | null
  page: number | null
  children: Block[]
}

export interface Section extends Base {
  type: 'section'
  title: string | null
  children: Article[]
}

export type FlatNode = SectionHeading | ArticleTitle | ArticleSource | Block

/** A term pair found in the tree: the document's term with a unist position. */
export type TermRecord = Omit<TermJson, 'position'> & {position: Position}

/** A figure found in the tree: the document's figure with a unist position. */
export type FigureRecord = Omit<FigureJson, 'position'> & {position: Position}

export interface Root {
  type: 'root'
  position: Position
  children: Array<Masthead | Toc | FlatNode | Section | Colophon>
  data?: {
    /** Issue key used in ids: the issue number, or the file stem. */
    key?: string
    terms?: TermRecord[]
    figures?: FigureRecord[]
  }
}

export type AnyNode = Root | Masthead | Toc | TocEntry | FlatNode | Section | Article | Colophon | ListItem | Cell | SourceItem
