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
  type Record as FlatRecord
} from '../emit/records.js'
import type {KicDocument} from '../emit/document.js'

/**
 * The combined CSV files of `kic batch`, each fed by one record generator of
 * `emit/records.ts` so CSV field names are the JSON's. `glossary.csv` is not
 * here: it is an aggregate (see glossary-sink.ts).
 */
export const tables = [
  {name: 'issues.csv', records: (document: KicDocument) => [issueRecord(document)]},
  {name: 'articles.csv', records: articleRecords},
  {name: 'blocks.csv', records: blockRecords},
  {name: 'tables.csv', records: cellRecords},
  {name: 'captions.csv', records: captionRecords},
  {name: 'notes.csv', records: noteRecords},
  {name: 'sources.csv', records: sourceRecords},
  {name: 'terms.csv', records: termRecords},
  {name: 'figures.csv', records: figureRecords},
  {name: 'diagnostics.csv', records: diagnosticRecords}
] as const satisfies ReadonlyArray<{name: string; records: (document: KicDocument) => Iterable<FlatRecord>}>

export type TableName = (typeof tables)[number]['name']

export const diagnosticsTable: TableName = 'diagnostics.csv'
export const glossaryFile = 'glossary.csv'
/** The glossary as a TBX-Basic termbase and as an OmegaT glossary, beside glossary.csv. */
export const glossaryTbxFile = 'glossary.tbx'
export const glossaryOmegatFile = 'glossary-omegat.txt'
export const jsonlFile = 'records.jsonl'
export const manifestFile = 'manifest.json'
export const issuesFolder = 'issues'

/** Every combined file a batch may write. */
export const combinedFiles: string[] = [...tables.map((table) => table.name), glossaryFile, glossaryTbxFile, glossaryOmegatFile, jsonlFile]

/** Header for a table that received no record at all (its fields are unknown). */
export const emptyColumns = ['record', 'issue', 'file']
