import {KicError} from '../errors.js'
import {breakEnd, isLineBreak} from '../util/line-breaks.js'

/**
 * The Markdown reader (micromark) is super-linear on very long documents and
 * lines, on deep nesting and on wide tables: 20,000 lines take ~16 s, one
 * 100 KB line in a GFM table ~2 s, 1,000 indented list levels 32 s, 2,000
 * nested `>` 31 s and 3 GB, a 10,000-column table 23 s. Issues are ~600 lines
 * of ~60 KB, lists three levels deep and tables of a few columns, so inputs
 * far beyond that are refused before remark sees them, with a located error.
 * Lines are limited to 20,000 characters: a dozen 80 KB lines of inline HTML took
 * 10 s (50 s on a loaded machine).
 * Within the limits cost stays linear, but GFM tables cost ~0.3 ms a cell and
 * every opened container a few microseconds per line: the document's table
 * cells and the nesting summed over its lines are bounded too (10,000 cells
 * ≈ 4 s; an issue has a few hundred cells and a few thousand openings).
 */
export const markdownLimits = {lines: 5_000, lineLength: 20_000, depth: 32, columns: 128, cells: 10_000, nesting: 40_000}

const hint = 'read it as plain text with `--from text`, or simplify the Markdown'

/** Throw a `KicError` when Markdown text is beyond what the reader handles in seconds. */
export function checkMarkdownSize(text: string, file: string): void {
  let line = 1
  let start = 0
  const table = {open: false, cells: 0, nesting: 0}
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isLineBreak(text.charCodeAt(index))) continue
    if (index - start > markdownLimits.lineLength) {
      throw new KicError(`Markdown line ${line} is ${index - start} characters long (limit ${markdownLimits.lineLength})`, {
        file,
        ruleId: 'markdown-too-large',
        line,
        column: 1,
        hint: 'read it as plain text with `--from text`, or split the line'
      })
    }
    checkLine(text, start, index, line, file, table)
    if (index < text.length) index = breakEnd(text, index) - 1
    line++
    start = index + 1
  }
  if (line - 1 > markdownLimits.lines) {
    throw new KicError(`Markdown input has ${line - 1} lines (limit ${markdownLimits.lines})`, {
      file,
      ruleId: 'markdown-too-large',
      hint: 'read it as plain text with `--from text`, or split the file'
    })
  }
}

/**
 * Nesting opened on one line: block quote markers (`>`), list markers (`-`,
 * `*`, `+`, `1.`, `1)`) and indentation before a marker (two columns a
 * level), read left to right as micromark opens containers; and the cells
 * of a table delimiter row (`|---|---|`), which fix a table's width.
 */
function checkLine(text: string, start: number, end: number, line: number, file: string, table: {open: boolean; cells: number; nesting: number}): void {
  let depth = 0
  let index = start
  let indent = 0
  let bullet = -1
  let onlyBullets = true
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      indent++
      index++
      continue
    }
    if (code === 9) {
      indent += 4
      index++
      continue
    }
    let next = -1
    if (code === 0x3e) next = index + 1 // `>`
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isGap(text, index + 1, end)) {
      next = index + 1
      if (bullet === -1) bullet = code
      else if (bullet !== code) onlyBullets = false
    } else if (code >= 0x30 && code <= 0x39) {
      let digit = index
      while (digit < end && digit - index < 9 && text.charCodeAt(digit) >= 0x30 && text.charCodeAt(digit) <= 0x39) digit++
      const mark = text.charCodeAt(digit)
      if ((mark === 0x2e || mark === 0x29) && isGap(text, digit + 1, end)) next = digit + 1
    }
    if (next === -1) break
    table.nesting += 1 + Math.floor(indent / 2)
    if (table.nesting > markdownLimits.nesting) {
      throw new KicError(`Markdown opens more than ${markdownLimits.nesting} lists and block quotes in all (line ${line})`, {
        file,
        ruleId: 'markdown-too-deep',
        line,
        column: index - start + 1,
        hint
      })
    }
    if (code !== 0x2d && code !== 0x2a && code !== 0x2b) onlyBullets = false
    depth += 1 + Math.floor(indent / 2)
    indent = 0
    index = next
    if (depth > markdownLimits.depth && !(onlyBullets && rest(text, index, end))) {
      throw new KicError(`Markdown nesting more than ${markdownLimits.depth} levels deep (lists, block quotes) on line ${line}`, {
        file,
        ruleId: 'markdown-too-deep',
        line,
        column: index - start,
        hint
      })
    }
  }
  // A delimiter row opens a table (its cells are the table's width); its rows
  // run to a blank line, and a row's extra cells cost micromark as much as real ones.
  const delimiter = delimiterCells(text, start, end)
  if (delimiter > 0) table.open = true
  else if (isBlankLine(text, start, end)) table.open = false
  // Any line with many pipes costs the GFM table reader as much as a table row, table or not.
  const pipes = countPipes(text, start, end)
  const columns = delimiter > 0 ? delimiter : Math.max(0, pipes - 1)
  if (delimiter > 0 || table.open) table.cells += columns
  if (table.cells > markdownLimits.cells) {
    throw new KicError(`Markdown tables hold more than ${markdownLimits.cells} cells in all (line ${line})`, {
      file,
      ruleId: 'markdown-too-wide',
      line,
      column: 1,
      hint
    })
  }
  if (columns > markdownLimits.columns) {
    throw new KicError(`Markdown table row with ${columns} columns (${pipes} \`|\`) on line ${line} (limit ${markdownLimits.columns})`, {
      file,
      ruleId: 'markdown-too-wide',
      line,
      column: 1,
      hint
    })
  }
}

/** A space, tab or the end of the line: what makes `-` a list marker. */
function isGap(text: string, index: number, end: number): boolean {
  if (index >= end) return true
  const code = text.charCodeAt(index)
  return code === 32 || code === 9
}

/** Only bullets of one kind and blanks up to the end of the line: a thematic break (`- - -`, `* * *`), not nesting. */
function rest(text: string, index: number, end: number): boolean {
  for (; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 0x2d && code !== 0x2a && code !== 0x2b) return false
  }
  return true
}

/** Cells of a GFM table delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function delimiterCells(text: string, start: number, end: number): number {
  let cells = 0
  let pipes = 0
  let inCell = false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2d) {
      if (!inCell) cells++
      inCell = true
    } else if (code === 0x7c) {
      pipes++
      inCell = false
    } else if (code !== 32 && code !== 9 && code !== 0x3a) return 0
  }
  return pipes > 0 ? cells : 0
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

function countPipes(text: string, start: number, end: number): number {
  let pipes = 0
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 0x7c) pipes++
  return pipes
}
