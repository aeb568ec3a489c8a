/**
 * The `kic/2` JSON document of one issue, defined once: the TypeScript types
 * below, `kic schema` and the README tables all come from these definitions.
 */
import {t, type Static} from './define.js'

export const schemaId = 'kic/2'

export const point = t.object({
  line: t.integer({minimum: 1, description: 'line in the input, from 1'}),
  column: t.integer({minimum: 1, description: 'column in the input, from 1 (UTF-16 units)'}),
  offset: t.integer({minimum: 0, description: 'offset in the decoded text, from 0'})
})

export const position = t.object({start: t.ref<Static<typeof point>>('point'), end: t.ref<Static<typeof point>>('point')})
export type PositionJson = Static<typeof position>
const place = t.ref<PositionJson>('position', {description: 'start and end in the input'})

export const lang = t.enum(['ko', 'zh', 'en', 'und'], {description: 'language by counting scripts'})

export const source = t.object({
  path: t.string({description: 'the input as given (relative to the folder given to `kic batch`)'}),
  bytes: t.integer({description: 'size of the input in bytes'}),
  sha256: t.string({pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the input bytes'}),
  encoding: t.enum(['utf-8', 'utf-16le', 'utf-16be', 'euc-kr']),
  bom: t.boolean(),
  newline: t.enum(['lf', 'crlf', 'cr', 'mixed', 'none'])
})
export type SourceInfo = Static<typeof source>

export const issue = t.object({
  title: t.nullable(t.string()),
  number: t.nullable(t.integer({description: 'issue number'})),
  date: t.nullable(t.string({pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'issue date, ISO 8601'})),
  publisher: t.nullable(t.string()),
  director: t.nullable(t.string()),
  phone: t.nullable(t.string()),
  email: t.nullable(t.string()),
  web: t.nullable(t.string()),
  notices: t.array(t.string()),
  position: t.nullable(place)
})

export const tocEntry = t.object({
  id: t.string(),
  group: t.nullable(t.string()),
  section: t.nullable(t.string()),
  title: t.string(),
  category: t.nullable(t.string()),
  page: t.nullable(t.integer()),
  articleId: t.nullable(t.string()),
  position: place
})

export interface ListItemJson {
  id: string
  marker: string
  label: string | null
  text: string
  position: PositionJson
  children: ListItemJson[]
}

export const listItem = t.object({
  id: t.string(),
  marker: t.string(),
  label: t.nullable(t.string()),
  text: t.string(),
  position: place,
  children: t.array(t.ref<ListItemJson>('listItem'))
})

export const cell = t.object({
  id: t.string(),
  text: t.string(),
  items: t.optional(t.array(t.string(), {description: 'bullet items of the cell'})),
  position: place
})

export const sourceItem = t.object({
  id: t.string(),
  number: t.nullable(t.integer()),
  text: t.string(),
  url: t.nullable(t.string()),
  urls: t.array(t.string()),
  position: place
})

const blockOf = <F extends {readonly [name: string]: import('./define.js').Type}, N extends string>(type: N, fields: F) =>
  t.object({id: t.string(), type: t.const(type), ...fields, lang, position: place})

export const heading = blockOf('heading', {marker: t.nullable(t.string()), level: t.integer({minimum: 1}), title: t.string()})
export const paragraph = blockOf('paragraph', {text: t.string()})
export const list = blockOf('list', {
  inline: t.boolean(),
  text: t.nullable(t.string()),
  lead: t.nullable(t.string()),
  items: t.array(t.ref<ListItemJson>('listItem'))
})
export const table = blockOf('table', {
  header: t.boolean(),
  caption: t.nullable(t.string()),
  captionId: t.nullable(t.string()),
  rows: t.array(t.array(t.ref<Static<typeof cell>>('cell')))
})
export const caption = blockOf('caption', {
  kind: t.enum(['photo', 'table', 'figure']),
  label: t.string(),
  number: t.nullable(t.integer()),
  text: t.string(),
  credit: t.nullable(t.string()),
  raw: t.string(),
  imageOnly: t.boolean()
})
export const note = blockOf('note', {term: t.string(), text: t.string()})
export const sources = blockOf('sources', {items: t.array(t.ref<Static<typeof sourceItem>>('sourceItem'))})

export const block = t.union('type', [heading, paragraph, list, table, caption, note, sources])
export type BlockJson = Static<typeof block>

export const article = t.object({
  id: t.string({description: 'article id (`287/2.1`)'}),
  number: t.nullable(t.integer()),
  title: t.nullable(t.string()),
  category: t.nullable(t.string()),
  source: t.nullable(t.object({text: t.string(), name: t.string(), chinese: t.nullable(t.string()), position: place})),
  page: t.nullable(t.integer()),
  position: place,
  blocks: t.array(t.ref<BlockJson>('block'))
})
export type ArticleJson = Static<typeof article>

export const section = t.object({id: t.string(), title: t.nullable(t.string()), position: place, articles: t.array(t.ref<ArticleJson>('article'))})

export const termKinds = ['transliteration', 'sino-korean', 'translation', 'mixed'] as const
export const termCategories = ['person', 'organization', 'place', 'media', 'product', 'policy', 'other'] as const

/** Fields of a term pair shared by the document and the term record. */
export const termFields = {
  korean: t.string({description: 'Korean side'}),
  chinese: t.nullable(t.string({description: 'Chinese side as written'})),
  english: t.nullable(t.string()),
  gloss: t.nullable(t.string({description: 'Korean gloss inside the brackets, or the editor’s explanation'})),
  role: t.nullable(t.string({description: 'job title in `이름[中文, 직함]`'})),
  kind: t.enum(termKinds),
  category: t.enum(termCategories),
  confidence: t.number({minimum: 0, maximum: 1}),
  flags: t.array(t.string(), {description: 'rule ids (`reading-mismatch`, `nonstandard-spelling` …)'}),
  standard: t.nullable(t.string({description: 'official spelling when `nonstandard-spelling` is flagged'})),
  source: t.enum(['inline', 'note'], {description: 'inline brackets or an editor’s note'}),
  simplified: t.nullable(t.string({description: 'simplified form of `chinese` (the glossary key)'})),
  footnote: t.boolean({description: 'a footnote marker `*` follows the bracket'})
} as const

export const figureKinds = [
  'money', 'count', 'percent', 'percentage_point', 'ratio', 'measure', 'index', 'date', 'date_range', 'year', 'period', 'duration', 'ordinal'
] as const

/** Fields of a figure shared by the document and the figure record. */
export const figureFields = {
  text: t.string({description: 'the figure as written'}),
  value: t.nullable(t.number({description: 'the number (empty for dates and periods)'})),
  unit: t.nullable(t.string()),
  kind: t.enum(figureKinds),
  date: t.nullable(t.string({description: 'ISO 8601 date, month (`2022-07`), quarter (`2022-Q3`), year, `XXXX-06-24` without year; `start/end` for ranges'})),
  start: t.nullable(t.string({description: 'first date of a range'})),
  end: t.nullable(t.string({description: 'last date of a range'})),
  yearInferred: t.boolean({description: 'the year was taken from the issue date'}),
  qualifier: t.nullable(t.enum(['gte', 'gt', 'lte', 'lt', 'approx'])),
  change: t.nullable(t.enum(['increase', 'decrease'])),
  basis: t.nullable(t.enum(['yoy', 'mom', 'qoq'])),
  subject: t.nullable(t.string({description: 'what the figure measures'}))
} as const

export const term = t.object({id: t.string(), block: t.string({description: 'id of the block the pair is in'}), ...termFields, position: place})
export type TermJson = Static<typeof term>

export const figure = t.object({id: t.string(), block: t.string({description: 'id of the block the figure is in'}), ...figureFields, position: place})
export type FigureJson = Static<typeof figure>

export const severities = ['error', 'warning', 'info'] as const

export const diagnostic = t.object({
  severity: t.enum(severities),
  ruleId: t.string({description: 'rule id (see `src/contract/rules.ts`)'}),
  message: t.string(),
  line: t.nullable(t.integer()),
  column: t.nullable(t.integer()),
  endLine: t.nullable(t.integer()),
  endColumn: t.nullable(t.integer())
})
export type Diagnostic = Static<typeof diagnostic>

export const document = t.object({
  schema: t.const(schemaId),
  tool: t.object({name: t.const('kic'), version: t.string()}),
  source: t.nullable(source),
  issue,
  toc: t.array(tocEntry),
  sections: t.array(section),
  colophon: t.nullable(t.object({id: t.string(), lines: t.array(t.string()), position: place})),
  terms: t.array(t.ref<TermJson>('term')),
  figures: t.array(t.ref<FigureJson>('figure')),
  diagnostics: t.array(t.ref<Diagnostic>('diagnostic'))
})

/** Named parts of the document (`$defs` of its JSON Schema). */
export const documentDefinitions = {point, position, article, block, listItem, cell, sourceItem, term, figure, diagnostic}

export type KicDocument = Static<typeof document>
