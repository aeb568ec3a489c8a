import {KicError} from '../errors.js'

/**
 * The Markdown reader (micromark) is super-linear on very long documents and
 * lines: 20,000 lines take ~16 s, 5,000 a few seconds, one 100 KB line in a GFM table ~2 s. Issues
 * are ~600 lines of ~60 KB, so inputs far beyond that are refused with a
 * clear error rather than left to run for minutes.
 */
export const markdownLimits = {lines: 5_000, lineLength: 100_000}

/** Throw a `KicError` when Markdown text is beyond what the reader handles in seconds. */
export function checkMarkdownSize(text: string, file: string): void {
  let lines = 1
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 10) {
      if (index - start > markdownLimits.lineLength) {
        throw new KicError(`Markdown line ${lines} is ${index - start} characters long (limit ${markdownLimits.lineLength})`, {
          file,
          ruleId: 'markdown-too-large',
          line: lines,
          column: 1,
          hint: 'read it as plain text with `--from text`, or split the line'
        })
      }
      lines++
      start = index + 1
    }
  }
  if (lines - 1 > markdownLimits.lines) {
    throw new KicError(`Markdown input has ${lines - 1} lines (limit ${markdownLimits.lines})`, {
      file,
      ruleId: 'markdown-too-large',
      hint: 'read it as plain text with `--from text`, or split the file'
    })
  }
}
