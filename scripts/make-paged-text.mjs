#!/usr/bin/env node
// Make a text extraction of an issue the way a PDF-to-text program lays it
// out: a page-number footer `- N -` and a running header at every page
// break (one of them inside the table of contents, one cutting a word),
// a UTF-8 BOM and CRLF line endings. Run by hand; the output is committed.
//
//   node scripts/make-paged-text.mjs corpus/287.txt fixtures/furniture/287-paged.txt
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

const [from = 'corpus/287.txt', to = 'fixtures/furniture/287-paged.txt'] = process.argv.slice(2)
const lines = readFileSync(from, 'utf8').replace(/\r\n?/g, '\n').split('\n')
const header = 'KIC China | Weekly China Startup'

// Page breaks come after these 1-based lines: inside the ToC (between two
// entries of one group), where a word is cut (`현` / `실`), and then every
// ~24 lines at the next blank line, as a printed page would fall.
const forced = new Set([20, 134])
const breaks = new Set(forced)
let last = 0
for (let number = 1; number <= lines.length; number++) {
  if (breaks.has(number)) last = number
  else if (number - last >= 24 && lines[number - 1] === '' && number > 36) {
    breaks.add(number)
    last = number
  }
}

const out = []
let page = 1
lines.forEach((line, index) => {
  out.push(line)
  if (breaks.has(index + 1) && index + 1 < lines.length - 1) {
    page++
    out.push(`- ${page - 1} -`, '', header)
  }
})
mkdirSync(dirname(to), {recursive: true})
writeFileSync(to, '\ufeff' + out.join('\r\n'))
console.log(`${to}: ${page} pages, ${out.length} lines`)
