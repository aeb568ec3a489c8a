/**
 * Regenerate fixtures/figures/<case>/expected.tsv from the current extractor.
 * Run by hand (`npm run build && node dist/test/scripts/regenerate-figures.js [case…]`) and review
 * the diff; the tests never write fixtures. Each input line is one block; issue date 2022-07-13.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {extractFigures} from '../../src/figures/extract.js'
import {fixtures} from '../support/paths.js'

const dir = join(fixtures, 'figures')
const only = process.argv.slice(2)
for (const name of readdirSync(dir)) {
  if (only.length && !only.includes(name)) continue
  const lines = readFileSync(join(dir, name, 'input.txt'), 'utf8').split('\n')
  const out = ['line\ttext\tkind\tvalue\tunit\tqualifier\tchange\tbasis\tsubject']
  lines.forEach((line, i) => {
    if (!line.trim()) return
    for (const h of extractFigures(line, {issueDate: '2022-07-13'})) {
      out.push([i + 1, h.text, h.kind, h.value, h.unit ?? '', h.qualifier ?? '', h.change ?? '', h.basis ?? '', h.subject ?? ''].join('\t'))
    }
  })
  writeFileSync(join(dir, name, 'expected.tsv'), out.join('\n') + '\n')
  console.log(`${name}: ${out.length - 1} figures`)
}
