import type {FlatNode, Line} from '../tree/types.js'
import type {ParseContext} from './context.js'

/**
 * The body being read, as a line reader's builder sees it (`parse/body.ts`
 * makes it): the lines, the flat blocks read so far, and ways to take
 * more lines.
 */
export interface BodyReader {
  readonly context: ParseContext
  /** The flat blocks read so far: a builder pushes onto it (or extends the last one). */
  readonly nodes: FlatNode[]
  /** Whether a numbered line names an article of the table of contents (then it is a title, not an item). */
  matchesToc(title: string): boolean
  /**
   * Whether line `index` ends the block being built: a blank line, the
   * closing block, or a line another reader's test takes.
   */
  interrupts(index: number): boolean
  /**
   * Keep the block open: every following non-blank line goes to `take`
   * before any line test, until `take` returns false.
   */
  open(take: (line: Line, text: string) => boolean): void
}

/**
 * A line test and its builder. The body tries the readers in order of
 * `precedence` (lowest first); the first whose test matches builds.
 * Block modules have one (`BlockModule.read`); the lines that shape the
 * issue (section names, article titles, article sources) have theirs in
 * `parse/body.ts`.
 */
export interface LineReader<M = unknown> {
  /**
   * Place among the tests, lowest first: section name 10, table 20,
   * caption 30, note 40, sources 50, article title 60, article source 70,
   * heading 80, list 90, paragraph 100 (takes any line). Ties go by
   * registration order.
   */
  readonly precedence: number
  /**
   * The characters a line of this type can start with (the line trimmed of
   * blanks), when they are few: other lines skip the test. Leave it out for
   * a test that can match any first character.
   */
  readonly starts?: string
  /**
   * Does this line start a block of this type? `text` is the line trimmed
   * of blanks. Returns what the builder needs, or null. Anchored tests
   * only: a 1 MB line must cost linear time. No side effects: a test also
   * runs to find where a paragraph ends.
   */
  test(line: Line, text: string): M | null
  /**
   * Build the block from line `index` (where the test matched): push its
   * nodes onto `reader.nodes`, report problems through
   * `reader.context.report`, and return the index of its last line.
   */
  build(match: M, index: number, reader: BodyReader): number
  /**
   * Whether a line starts with the marker that names this type (`1)`,
   * `사진 1`, `(*… 편집자 주:`, `*출처:`): a Markdown heading or one-line
   * quote holding such a line is read as that line, not as an article
   * title or source.
   */
  marks?(text: string): boolean
  /** A pass over the flat blocks once the body is read (an unmarked heading is known only by what follows it). */
  finish?(nodes: FlatNode[]): void
}
