import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {stringify} from 'csv-stringify/sync'
import {processBytes} from '../../src/pipeline.js'
import {csvRows} from '../../src/emit/csv.js'
import {tables} from '../../src/batch/tables.js'
import {renderDocument} from '../../src/batch/render.js'
import {corpus} from '../support/paths.js'
import {median} from './timing.js'

const WARM = 40
const ROUNDS = 60

/** csv-stringify's generic path, as kic used it before: object records, cast callbacks, a quoting expression. */
function generic(records: readonly object[], columns: readonly string[]): string {
  return stringify(records as object[], {
    escape_formulas: true,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
    columns: columns.slice(),
    header: false,
    cast: {
      boolean: (value: boolean) => (value ? 'true' : 'false'),
      number: (value: number) => String(value),
      object: (value: object) => (Array.isArray(value) ? value.join(';') : JSON.stringify(value))
    }
  })
}

function cpu(run: () => unknown): number {
  const started = process.cpuUsage()
  run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

/**
 * What `kic batch` does per issue besides the pipeline, on corpus/287.txt,
 * warm, CPU ms per issue (median): the CSV rows of every table (kic's
 * rendering vs csv-stringify's generic path, same bytes), all rows and
 * records of one issue, and the per-issue JSON compact vs indented.
 */
export async function benchRender(): Promise<void> {
  const path = join(corpus, '287.txt')
  const {document} = await processBytes(await readFile(path), path)
  const sets = tables.map((table) => [[...table.records(document)], table.columns] as const).filter(([records]) => records.length > 0)
  const cells = sets.reduce((sum, [records, columns]) => sum + records.length * columns.length, 0)
  for (const [records, columns] of sets) {
    if (csvRows(records, columns) !== generic(records, columns)) throw new Error(`CSV bytes differ for ${columns.join(',')}`)
  }
  const cases: Array<[string, () => unknown]> = [
    ['CSV rows, csv-stringify generic path (before)', () => sets.map(([records, columns]) => generic(records, columns))],
    ['CSV rows, kic csvRows (after, same bytes)', () => sets.map(([records, columns]) => csvRows(records, columns))],
    ['records + CSV + terms of one issue (renderDocument)', () => renderDocument(document, {format: 'csv', raw: false, jsonl: false})],
    ['JSON indented (kic parse, batch --pretty)', () => JSON.stringify(document, null, 2)],
    ['JSON compact (batch default)', () => JSON.stringify(document)]
  ]
  const times = new Map<string, number[]>(cases.map(([label]) => [label, []]))
  for (let round = 0; round < WARM + ROUNDS; round++) {
    for (const [label, run] of cases) {
      const ms = cpu(run)
      if (round >= WARM) times.get(label)!.push(ms)
    }
  }
  const before = median(times.get(cases[0]![0])!)
  console.log(`${sets.length} tables, ${cells} cells per issue; CPU ms/issue, median of ${ROUNDS} after ${WARM} warm-up rounds`)
  for (const [label] of cases) {
    const ms = median(times.get(label)!)
    console.log(`  ${label.padEnd(52)} ${ms.toFixed(2).padStart(6)} ms  (${(ms / before).toFixed(2)}× the generic CSV path)`)
  }
  console.log('target: CSV rendering ≤ 1.5 ms/issue')
}
