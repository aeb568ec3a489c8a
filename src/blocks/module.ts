import type {Position} from 'unist'
import type {Type} from '../contract/define.js'
import type {PositionJson} from '../contract/document.js'
import type {Lang, TextUnit} from '../tree/types.js'

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
 * Everything about one block type that the steps after parsing need, in one
 * module: its id letter, the ids of its parts, the texts the extractors
 * read, its JSON shape (the contract definition, from which the schema
 * comes) and JSON, and the plain text of its block record. The registry
 * (`blocks/index.ts`) lists the modules in order; ids, texts, the document
 * and the records loop over it. `N` is the node of the structured tree
 * (ids assigned), `D` the same node before ids.
 */
export interface BlockModule<
  N extends BlockNode = BlockNode,
  J extends {type: string} = {type: string},
  D extends DraftBlockNode = DraftBlockNode
> {
  readonly type: N['type']
  /** Letter of its ids: `287/2.1/p3` is the third paragraph. */
  readonly letter: string
  /** JSON shape (a `contract/document.ts` definition). */
  readonly json: Type<J>
  /**
   * Ids of the parts below the block (list items, cells, source items), set
   * on the node as parsed (`D`, e.g. `Table<Draft>`); called by `transform/ids.ts`.
   */
  childIds?(node: D, id: string): void
  /** The texts term and figure extraction read. */
  units(node: N, id: string): TextUnit[]
  /** The block in the document. */
  toJson(node: N, id: string): J
  /** Plain text of the block record. */
  text(json: J): string
}

/** A unist position as the document writes it. */
export function positionJson(place: Position): PositionJson {
  return {
    start: {line: place.start.line, column: place.start.column, offset: place.start.offset ?? 0},
    end: {line: place.end.line, column: place.end.column, offset: place.end.offset ?? 0}
  }
}
