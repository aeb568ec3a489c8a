import {
  articleRecords,
  blockRecords,
  captionRecords,
  cellRecords,
  diagnosticRecords,
  figureRecords,
  issueRecord,
  noteRecords,
  sourceRecords,
  termRecords,
} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'
import * as definitions from '../contract/records.js'
import type {TableFormat} from '../emit/csv.js'

/**
 * The combined CSV files of `kic batch`, each fed by one record generator of
 * `emit/records.ts` and headed by the columns of its definition in
 * `contract/records.ts`, so every command writes the same columns.
 * `glossary.csv` is not here: it is an aggregate (see glossary-sink.ts).
 */
export const tables = [
  {name: 'issues.csv', columns: definitions.issueRecord.columns, records: (document: KicDocument) => [issueRecord(document)]},
  {name: 'articles.csv', columns: definitions.articleRecord.columns, records: articleRecords},
  {name: 'blocks.csv', columns: definitions.blockRecord.columns, records: blockRecords},
  {name: 'tables.csv', columns: definitions.cellRecord.columns, records: cellRecords},
  {name: 'captions.csv', columns: definitions.captionRecord.columns, records: captionRecords},
  {name: 'notes.csv', columns: definitions.noteRecord.columns, records: noteRecords},
  {name: 'sources.csv', columns: definitions.sourceRecord.columns, records: sourceRecords},
  {name: 'terms.csv', columns: definitions.termRecord.columns, records: termRecords},
  {name: 'figures.csv', columns: definitions.figureRecord.columns, records: figureRecords},
  {name: 'diagnostics.csv', columns: definitions.diagnosticRecord.columns, records: diagnosticRecords}
] as const satisfies ReadonlyArray<{name: string; columns: readonly string[]; records: (document: KicDocument) => Iterable<object>}>

export type TableName = (typeof tables)[number]['name']

export const diagnosticsTable: TableName = 'diagnostics.csv'
export const glossaryFile = 'glossary.csv'
export const jsonlFile = 'records.jsonl'
export const manifestFile = 'manifest.json'
export const issuesFolder = 'issues'

/** Columns of every combined table, by name. */
export const tableColumns: {[table: string]: readonly string[]} = {
  ...Object.fromEntries(tables.map((table) => [table.name, table.columns])),
  [glossaryFile]: definitions.glossaryRecord.columns
}

/** The file a table is written to: `terms.csv`, or `terms.tsv` with `--format tsv`. */
export function tableFile(name: string, format: TableFormat): string {
  return format === 'tsv' ? name.replace(/\.csv$/, '.tsv') : name
}

/** Every combined file a batch may write (in either format). */
export const combinedFiles: string[] = [
  ...[...tables.map((table) => table.name), glossaryFile].flatMap((name) => [name, tableFile(name, 'tsv')]),
  jsonlFile
]
