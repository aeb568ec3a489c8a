/**
 * `npm run bench`: every benchmark of kic, measured in one run so that the
 * ratios compare like with like on a noisy machine. Benchmarks that another
 * part of the project has not written yet are skipped.
 */
import {existsSync} from 'node:fs'

const benches: Array<[string, string, string]> = [
  ['parse', './parse.js', 'benchParse'],
  ['render (CSV, JSON)', './render.js', 'benchRender'],
  ['terms', './terms.js', 'benchTerms'],
  ['figures', './figures.js', 'benchFigures'],
  ['figures (with peer)', './figures-peer.js', 'benchFiguresPeer'],
  ['batch', './batch.js', 'benchBatch'],
  ['report', './report.js', 'benchReport'],
  ['pdf', './pdf.js', 'benchPdf'],
  ['archive', './archive.js', 'benchArchive'],
  ['scaling', './scaling.js', 'benchScaling'],
  ['glossary memory', './glossary.js', 'benchGlossary']
]

const only = process.argv.slice(2)
for (const [name, path, exported] of benches) {
  if (only.length > 0 && !only.some((wanted) => name.startsWith(wanted))) continue
  const url = new URL(path, import.meta.url)
  if (!existsSync(url)) continue
  console.log(`\n== ${name}`)
  const module = (await import(url.href)) as Record<string, () => Promise<void>>
  await module[exported]()
}
