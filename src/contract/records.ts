/**
 * The flat records of JSON Lines and CSV, defined once. Every command that
 * writes a record (`parse --format jsonl`, `terms`, `figures`, `glossary`,
 * `batch`) lays it out on these fields, in this order: `record, issue, file,
 * article, …`, then the place in the input (`line, column, endLine,
 * endColumn`, and for PDF input `pdfPage, pdfBox`). Lists are arrays in JSON and `;`-joined in CSV.
 */
import {t, type Fields, type ObjectOf, type Type} from './define.js'
import {figureFields, issue, lang, termFields, severities} from './document.js'

const head = <N extends string>(record: N) => ({
  record: t.const(record, {description: `always \`${record}\``}),
  issue: t.nullable(t.integer({description: 'issue number'})),
  file: t.nullable(t.string({description: 'the input, relative to the folder given to `kic batch` (as given otherwise)'}))
})

const article = t.nullable(t.string({description: 'id of the article (`287/2.1`)'}))
const articleTitle = t.nullable(t.string({description: 'title of the article'}))

const place = {
  line: t.nullable(t.integer({description: 'start line in the input'})),
  column: t.nullable(t.integer({description: 'start column in the input'})),
  endLine: t.nullable(t.integer({description: 'end line in the input'})),
  endColumn: t.nullable(t.integer({description: 'end column in the input'})),
  pdfPage: t.nullable(t.integer({description: 'PDF input: the page the record starts on, from 1 (line and column refer to the text rebuilt from the pages)'})),
  pdfBox: t.nullable(t.array(t.number(), {description: 'PDF input: `x;y;width;height` of the record on its page, PDF points from the bottom left'}))
}

function define<N extends string, F extends Fields>(name: N, description: string, fields: F) {
  const all = {...head(name), ...fields}
  return {name, description, type: t.object(all), columns: Object.keys(all) as Array<keyof typeof all & string>}
}

/** The masthead fields, as the document defines them (its `position` becomes the place columns). */
const {position: _issuePosition, ...mastheadFields} = issue.fields

export const issueRecord = define('issue', 'one issue', {
  ...mastheadFields,
  sha256: t.nullable(t.string()),
  bytes: t.nullable(t.integer()),
  encoding: t.nullable(t.string()),
  sections: t.integer({description: 'number of sections'}),
  articles: t.integer({description: 'number of articles'}),
  terms: t.integer({description: 'number of term pairs'}),
  figures: t.integer({description: 'number of figures'}),
  diagnostics: t.integer({description: 'number of diagnostics'}),
  ...place
})

export const articleRecord = define('article', 'one article', {
  article,
  section: t.string({description: 'section id'}),
  sectionTitle: t.nullable(t.string()),
  number: t.nullable(t.integer()),
  title: t.nullable(t.string()),
  category: t.nullable(t.string({description: '`【산업분석】` …'})),
  sourceText: t.nullable(t.string()),
  sourceName: t.nullable(t.string()),
  sourceChinese: t.nullable(t.string()),
  page: t.nullable(t.integer()),
  blocks: t.integer({description: 'number of blocks'}),
  ...place
})

export const blockRecord = define('block', 'one block (heading, paragraph, list, table, caption, note, sources)', {
  article,
  id: t.string({description: 'block id (`287/2.1/p3`)'}),
  type: t.string({description: 'block type'}),
  marker: t.nullable(t.string({description: 'heading marker'})),
  level: t.nullable(t.integer({description: 'heading level'})),
  text: t.string({description: 'plain text of the block'}),
  lang,
  ...place
})

export const cellRecord = define('cell', 'one table cell', {
  article,
  id: t.string(),
  table: t.string({description: 'id of the table block'}),
  row: t.integer({minimum: 1, description: 'row in the table, from 1'}),
  col: t.integer({minimum: 1, description: 'column in the table, from 1'}),
  header: t.boolean({description: 'the cell is in the header row'}),
  text: t.string(),
  items: t.array(t.string(), {description: 'bullet items of the cell'}),
  ...place
})

export const captionRecord = define('caption', 'one photo, table or figure caption', {
  article,
  id: t.string(),
  kind: t.enum(['photo', 'table', 'figure']),
  label: t.string(),
  number: t.nullable(t.integer()),
  text: t.string(),
  credit: t.nullable(t.string()),
  raw: t.string({description: 'the caption line as written'}),
  imageOnly: t.boolean({description: 'a table caption whose table was an image'}),
  lang,
  ...place
})

export const noteRecord = define('note', 'one editor’s note', {
  article,
  id: t.string(),
  term: t.string({description: 'the term explained'}),
  text: t.string(),
  lang,
  ...place
})

export const sourceRecord = define('source', 'one item of a source list', {
  article,
  id: t.string(),
  sources: t.string({description: 'id of the source list block'}),
  number: t.nullable(t.integer()),
  text: t.string(),
  url: t.nullable(t.string({description: 'first URL'})),
  urls: t.array(t.string()),
  ...place
})

export const termRecord = define('term', 'one occurrence of a Chinese/Korean term pair', {
  article,
  articleTitle,
  id: t.string({description: 'term id (`287/2.1/p3/term1`)'}),
  block: t.string({description: 'id of the block'}),
  ...termFields,
  ...place
})

export const figureRecord = define('figure', 'one figure (amount, count, percentage, date …)', {
  article,
  articleTitle,
  id: t.string({description: 'figure id (`287/2.1/p3/fig1`)'}),
  block: t.string({description: 'id of the block'}),
  ...figureFields,
  ...place
})

export const glossaryRecord = define('glossary', 'one term across issues (issue, file and place: its first occurrence)', {
  source: t.string({description: 'the source term in the glossary\'s direction (Chinese for zh-ko, Korean for ko-zh); first column of glossary tables'}),
  target: t.string({description: 'the target term in the glossary\'s direction'}),
  key: t.string({description: 'simplified Chinese, or the English of Korean(English) pairs'}),
  korean: t.string({description: 'most frequent Korean form'}),
  koreanVariants: t.array(t.string(), {description: 'Korean forms as `form×count`'}),
  chinese: t.nullable(t.string()),
  chineseForms: t.array(t.string()),
  english: t.nullable(t.string()),
  kind: t.nullable(t.string({description: 'null for a pair only the lexicon knows'})),
  category: t.string(),
  count: t.integer({description: 'occurrences (0: a pair only the lexicon knows)'}),
  issues: t.array(t.integer(), {description: 'issue numbers it occurs in'}),
  flags: t.array(t.string()),
  homographs: t.array(t.string()),
  explanation: t.nullable(t.string()),
  standard: t.nullable(t.string()),
  line: t.nullable(t.integer()),
  column: t.nullable(t.integer())
})

export const diagnosticRecord = define('diagnostic', 'a warning, a note, or an input that failed (`severity` = `error`)', {
  severity: t.enum(severities),
  ruleId: t.string(),
  message: t.string(),
  ...place
})

/** Every record kind, in the order of JSON Lines. */
export const recordDefinitions = [
  issueRecord,
  articleRecord,
  blockRecord,
  cellRecord,
  captionRecord,
  noteRecord,
  sourceRecord,
  termRecord,
  figureRecord,
  glossaryRecord,
  diagnosticRecord
] as const

export type RecordOf<D extends {type: {fields: Fields}}> = ObjectOf<D['type']['fields']>

export type IssueRecord = RecordOf<typeof issueRecord>
export type ArticleRecord = RecordOf<typeof articleRecord>
export type BlockRecord = RecordOf<typeof blockRecord>
export type CellRecord = RecordOf<typeof cellRecord>
export type CaptionRecord = RecordOf<typeof captionRecord>
export type NoteRecord = RecordOf<typeof noteRecord>
export type SourceRecord = RecordOf<typeof sourceRecord>
export type TermRecord = RecordOf<typeof termRecord>
export type FigureRecord = RecordOf<typeof figureRecord>
export type GlossaryRecord = RecordOf<typeof glossaryRecord>
export type DiagnosticRecord = RecordOf<typeof diagnosticRecord>

export type AnyRecord =
  | IssueRecord
  | ArticleRecord
  | BlockRecord
  | CellRecord
  | CaptionRecord
  | NoteRecord
  | SourceRecord
  | TermRecord
  | FigureRecord
  | GlossaryRecord
  | DiagnosticRecord

export type RecordName = AnyRecord['record']

/** The definition of a record kind by name. */
export function recordDefinition(name: string): {name: string; description: string; type: {fields: Fields}; columns: string[]} | undefined {
  return recordDefinitions.find((each) => each.name === name) as never
}

/** Fields of a record kind whose values are lists. */
export function listFields(name: string): string[] {
  const definition = recordDefinition(name)
  if (!definition) return []
  return Object.entries(definition.type.fields)
    .filter(([, type]) => (type as Type).kind === 'array')
    .map(([field]) => field)
}
