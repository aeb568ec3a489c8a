import type {Position} from 'unist'
import type {PhrasingContent, RootContent} from 'mdast'
import type {Type} from '../contract/define.js'
import type {PositionJson} from '../contract/document.js'
import type {Lang, Span, TextUnit} from '../tree/types.js'
import type {LineReader} from '../lines/reader.js'

/** What every block node of the structured tree has. */
export interface BlockNode {
  type: string
  id: string
  lang?: Lang
  position: Position
}

/** What every block node has before ids are assigned (`Block<Draft>`). */
export interface DraftBlockNode {
  type: string
  id?: string
  lang?: Lang
  position: Position
}

/**
 * Everything about one block type, in one module: how its lines are told
 * and built (`read`), its id letter and the ids of its parts, the texts the
 * extractors read, its JSON shape (the contract definition, from which the
 * schema comes) and JSON, the plain text of its block record, and its
 * Markdown both ways. The registry (`blocks/index.ts`) lists the modules in
 * order; the body parser, ids, texts, the document, the records, the schema
 * and the Markdown writer and reader loop over it.
 * `N` is the node of the structured tree (ids assigned), `D` the same node
 * before ids (as the builder makes it).
 */
export interface BlockModule<
  N extends BlockNode = BlockNode,
  J extends {type: string} = {type: string},
  D extends DraftBlockNode = DraftBlockNode
> {
  readonly type: N['type']
  /** Letter of its ids: `287/2.1/p3` is the third paragraph. */
  readonly letter: string
  /** Its line test and builder: which lines start it, and the node they make. */
  readonly read: LineReader
  /** JSON shape (a `contract/document.ts` definition). */
  readonly json: Type<J>
  /**
   * Ids of the parts below the block (list items, cells, source items), set
   * on the node as parsed (`D`, e.g. `Table<Draft>`); called by `transform/ids.ts`.
   */
  childIds?(node: D, id: string): void
  /** The texts term and figure extraction read. */
  units(node: N): TextUnit[]
  /** The block in the document. */
  toJson(node: N): J
  /** Plain text of the block record. */
  text(json: J): string
  /** The block as Markdown (mdast), written so that its Markdown reads back to the same block. */
  toMdast(json: J): RootContent[]
  /**
   * Read a Markdown block that is not just lines of text (a GFM table, a
   * quote) as this type's lines: lay it out with `layout` and return true,
   * or return false to leave it to the next module and the general layout
   * (paragraphs and headings as their lines, lists as `-` lines).
   */
  fromMdast?(node: RootContent, layout: MarkdownLayout): boolean
}

/**
 * How a Markdown reader hook lays a block out as text lines, each character
 * mapped to its offset in the Markdown source (`markdown/from-mdast.ts`).
 */
export interface MarkdownLayout {
  /** Plain text of inline content; `cell` keeps `<br>` and turns `<li>` into `•`. */
  phrasing(nodes: PhrasingContent[], cell?: boolean): Span
  /** A span as one line of text (tabs kept); `start`: the source offset where the line starts. */
  pushLine(span: Span, start: number): void
  /** A span as lines (split at line breaks, tabs made spaces). */
  pushText(span: Span, start?: number): void
}

/** A unist position as the document writes it. */
export function positionJson(place: Position): PositionJson {
  return {
    start: {line: place.start.line, column: place.start.column, offset: place.start.offset ?? 0},
    end: {line: place.end.line, column: place.end.column, offset: place.end.offset ?? 0}
  }
}
