import {test} from 'node:test'
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {processPath} from '../src/pipeline.js'
import {splitLines} from '../src/lines/split.js'
import {findTextFurniture, removeTextFurniture} from '../src/parse/furniture.js'
import type {KicDocument} from '../src/emit/document.js'
import {shape} from './support/outline.js'
import {corpus, fixtures} from './support/paths.js'

function furniture(text: string) {
  const lines = splitLines(text)
  const found = findTextFurniture(lines)
  removeTextFurniture(lines, found)
  return {groups: found.groups.map((group) => [group.kind, group.label, group.lines.map((index) => index + 1)]), lines: lines.map((line) => line.text)}
}

/** Structure without furniture reports, with numbers in messages masked (lines differ). */
function structure(document: KicDocument) {
  const value = shape(document)
  value.diagnostics = value.diagnostics.filter((line) => !line.includes('page-furniture')).map((line) => line.replace(/\d+/g, '#'))
  return value
}

test('page footers `- N -`, a running header, BOM and CRLF give the structure of the clean text', async () => {
  const clean = (await processPath(join(corpus, '287.txt'))).document
  const paged = (await processPath(join(fixtures, 'furniture', '287-paged.txt'))).document
  assert.deepEqual(structure(paged), structure(clean))
  const reports = paged.diagnostics.filter((d) => d.ruleId === 'page-furniture')
  assert.deepEqual(reports.map((d) => [d.severity, d.line]), [['info', 21], ['info', 23]])
  assert.match(reports[0].message, /removed 21 page numbers `- N -`/)
  assert.ok(paged.diagnostics.some((d) => d.ruleId === 'page-break-join' && d.message.includes('`현실`')))
  assert.equal(clean.diagnostics.filter((d) => d.ruleId === 'page-furniture').length, 0)
})

test('form feeds with bare page numbers and a repeated footer line', () => {
  // A form feed ends a line like LF (`\n\f` leaves an empty line that closes the page).
  const text = ['본문 첫 줄', '', 'KIC 중국 주간', '1', '\f둘째 쪽 본문', '', 'KIC 중국 주간', '2', '\f셋째 쪽 본문', '', 'KIC 중국 주간', '3'].join('\n')
  const result = furniture(text)
  assert.deepEqual(result.groups, [
    ['page-number', 'N', [4, 9, 14]],
    ['running', 'KIC 중국 주간', [3, 8, 13]]
  ])
  assert.deepEqual(result.lines, ['본문 첫 줄', '', '', '', '', '둘째 쪽 본문', '', '', '', '', '셋째 쪽 본문', '', '', ''])
})

test('`N / M` and `page N` forms; a lone form is not furniture', () => {
  assert.deepEqual(furniture('a\n\n1 / 3\n\nb\n\n2 / 3\n\nc\n\n3 / 3').groups, [['page-number', 'N / M', [3, 7, 11]]])
  assert.deepEqual(furniture('a\nPage 7\nb\nPage 8\n').groups, [['page-number', 'page N', [2, 4]]])
  assert.deepEqual(furniture('a\n\n- 3 -\n\nb').groups, [])
})

test('ToC group numbers with a leading zero, and short runs of bare numbers, stay', () => {
  assert.deepEqual(furniture('01\n\nWEEKLY\t제목\tP1\n\n02\n\nCHINA\t제목\tP10\n\n03\n\nKIC\t제목\tP28').groups, [])
  assert.deepEqual(furniture('가\n\n4\n\n나\n\n5\n\n다').groups, [])
  assert.deepEqual(furniture('가\n\n4\n\n나\n\n5\n\n다\n\n6\n\n라').groups, [['page-number', 'N', [3, 7, 11]]])
})
