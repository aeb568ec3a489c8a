/**
 * kic's own syntax tree: unist nodes, each with a position into the decoded
 * text, in two shapes that are distinct types:
 *
 * - the **flat tree** (`FlatRoot`): what the parser builds — masthead, ToC,
 *   section headings, article titles and a flat run of blocks, no ids yet;
 * - the **structured tree** (`Root`): what `transform/structure.ts` returns —
 *   sections → articles → blocks, every node with its id.
 *
 * A node type that lives in both takes its stage as a parameter: `Draft`
 * (ids not assigned yet; the parser and the nesting build these) or
 * `Identified` (the default: ids assigned by `transform/ids.ts`). So
 * `Table<Draft>` is a table as parsed and `Table` one of the structured tree,
 * whose `id` and the ids of its cells are plain strings.
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


/** Ids not assigned yet: nodes as the parser builds them and the structure transform nests them. */
export interface Draft {
  id?: string
}

/** Ids assigned (`transform/ids.ts`): every node of the structured tree. */
export interface Identified {
  /** Stable record id: `287/2.1/p3`. */
  id: string
}

export type Stage = Draft | Identified

/** What every node with an id has, at a stage. */
type Node<S extends Stage> = S & {
  position: Position
  lang?: Lang
}

export type Masthead<S extends Stage = Identified> = Node<S> & {
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

export type TocEntry<S extends Stage = Identified> = Node<S> & {
  type: 'tocEntry'
  span: Span
  group: string | null
  section: string | null
  title: string
  category: string | null
  page: number | null
  articleId: string | null
}

export type Toc<S extends Stage = Identified> = Node<S> & {
  type: 'toc'
  entries: Array<TocEntry<S>>
}

/** A section name line: only in the flat tree (the structure transform opens a section at it). */
export interface SectionHeading {
  type: 'sectionHeading'
  position: Position
  title: string
}

/** An article title line: only in the flat tree (an article, or a heading when out of sequence). */
export interface ArticleTitle {
  type: 'articleTitle'
  position: Position
  number: number
  title: Span
  category: string | null
  /** Source trailing the title after ` — `. */
  source: Span | null
  /** Marked as an article by the layout (a Markdown `#`/`##` heading): an article even out of sequence. */
  explicit?: boolean
}

/** A source line under an article title: only in the flat tree (it becomes the article's source). */
export interface ArticleSource {
  type: 'articleSource'
  position: Position
  span: Span
}

export type Heading<S extends Stage = Identified> = Node<S> & {
  type: 'heading'
  marker: string | null
  /** Kind of marker: `paren`, `circled`, `roman`, `arrow`, `plain`. */
  markerKind: string
  /** Number the marker stands for (`3)` → 3, `④` → 4, `ii.` → 2). */
  ordinal: number | null
  level: number
  span: Span
}

export type Paragraph<S extends Stage = Identified> = Node<S> & {
  type: 'paragraph'
  span: Span
}

export type ListItem<S extends Stage = Identified> = Node<S> & {
  type: 'listItem'
  marker: string
  /** Enumerator inside the item text (`- ① …` → `①`). */
  label: string | null
  span: Span
  children: Array<ListItem<S>>
}

export type List<S extends Stage = Identified> = Node<S> & {
  type: 'list'
  /** True for `○ a ○ b` runs inside a sentence; `span` is then the whole sentence. */
  inline: boolean
  span: Span | null
  lead: string | null
  items: Array<ListItem<S>>
}

export type Cell<S extends Stage = Identified> = Node<S> & {
  type: 'cell'
  span: Span
  items: Span[] | null
}

export type Table<S extends Stage = Identified> = Node<S> & {
  type: 'table'
  rows: Array<Array<Cell<S>>>
  header: boolean
  caption: Caption<S> | null
}

export type Caption<S extends Stage = Identified> = Node<S> & {
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

export type Note<S extends Stage = Identified> = Node<S> & {
  type: 'note'
  term: string
  span: Span
}

export type SourceItem<S extends Stage = Identified> = Node<S> & {
  type: 'sourceItem'
  number: number | null
  span: Span
  urls: string[]
}

export type Sources<S extends Stage = Identified> = Node<S> & {
  type: 'sources'
  items: Array<SourceItem<S>>
}

export type Colophon<S extends Stage = Identified> = Node<S> & {
  type: 'colophon'
  lines: string[]
}

export type Block<S extends Stage = Identified> =
  | Heading<S>
  | Paragraph<S>
  | List<S>
  | Table<S>
  | Caption<S>
  | Note<S>
  | Sources<S>

export type Article<S extends Stage = Identified> = Node<S> & {
  type: 'article'
  number: number | null
  title: Span | null
  category: string | null
  source: {span: Span; name: string; chinese: string | null; position: Position} | null
  page: number | null
  children: Array<Block<S>>
}

export type Section<S extends Stage = Identified> = Node<S> & {
  type: 'section'
  title: string | null
  children: Array<Article<S>>
}

/** A block as the parser builds it. */
export type FlatBlock = Block<Draft>

/** A node of the flat tree's body: the lines that open sections and articles, and the blocks. */
export type FlatNode = SectionHeading | ArticleTitle | ArticleSource | FlatBlock

/** A term pair found in the tree: the document's term with a unist position. */
export type TermRecord = Omit<TermJson, 'position'> & {position: Position}

/** A figure found in the tree: the document's figure with a unist position. */
export type FigureRecord = Omit<FigureJson, 'position'> & {position: Position}

export interface RootData {
  /** Issue key used in ids: the issue number, or the file stem. */
  key?: string
  terms?: TermRecord[]
  figures?: FigureRecord[]
}

/** The flat tree: what the parser returns and page-break repair works on. */
export interface FlatRoot {
  type: 'root'
  position: Position
  children: Array<Masthead<Draft> | Toc<Draft> | FlatNode | Colophon<Draft>>
  data?: RootData
}

/**
 * The structured tree: sections → articles → blocks. `Root` (ids assigned)
 * is what the structure transform returns and every later step reads;
 * `Root<Draft>` exists only inside that transform, before ids.
 */
export interface Root<S extends Stage = Identified> {
  type: 'root'
  position: Position
  children: Array<Masthead<S> | Toc<S> | Section<S> | Colophon<S>>
  data?: RootData
}
