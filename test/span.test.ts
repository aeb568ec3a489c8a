import assert from 'node:assert/strict'
import test from 'node:test'
import {concatSpans, lineSpan, linesSpan} from '../src/tree/span.js'
import {spanPosition, trimmedLinePosition, type ParseContext} from '../src/lines/context.js'
import {offsetLocator} from '../src/util/line-breaks.js'
import {firstNonBlank, nonBlankEnd} from '../src/util/text.js'
import type {Line} from '../src/tree/types.js'
import {seededRandom as random} from './support/random.js'


// Blanks of `isSpaceCode` (space, tab, no-break, ideographic, zero-width spaces, BOM), letters, Hangul, punctuation.
const alphabet = [' ', ' ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', 'a', 'Z', '7', '한', '국', '.', '·', '(']

function lines(next: () => number, count: number): {text: string; lines: Line[]} {
  const made: Line[] = []
  let text = ''
  for (let number = 1; number <= count; number++) {
    let line = ''
    for (let length = Math.floor(next() * 12); length > 0; length--) line += alphabet[Math.floor(next() * alphabet.length)]
    const start = text.length
    text += line + '\n'
    const each: Line = {number, start, text: line}
    // A third of the lines as the Markdown reader makes them: a map of several runs (markup taken out).
    if (next() < 0.33 && line.length > 2) {
      const cut = 1 + Math.floor(next() * (line.length - 1))
      each.map = [{at: 0, offset: start}, {at: cut, offset: start + cut + 2}]
    }
    made.push(each)
  }
  return {text, lines: made}
}

test('span: linesSpan is concatSpans of the lines\' lineSpans, and trimmedLinePosition is spanPosition of a lineSpan', () => {
  const next = random(13)
  for (let round = 0; round < 400; round++) {
    const {text, lines: made} = lines(next, 1 + Math.floor(next() * 6))
    const context: ParseContext = {lines: made, toPoint: offsetLocator(text), report: () => {}}
    const first = Math.floor(next() * made.length)
    const last = first + Math.floor(next() * (made.length - first))
    for (const glue of [' ', '']) {
      assert.deepEqual(linesSpan(made, first, last, glue), concatSpans(made.slice(first, last + 1).map((line) => lineSpan(line)), glue))
    }
    for (const line of made) assert.deepEqual(trimmedLinePosition(context, line), spanPosition(context, lineSpan(line)))
  }
})

/** The alphabet's blanks trimmed off one by one. */
function trimmed(text: string): string {
  const blank = new Set([' ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff'])
  while (text.length > 0 && blank.has(text[0]!)) text = text.slice(1)
  while (text.length > 0 && blank.has(text[text.length - 1]!)) text = text.slice(0, -1)
  return text
}

test('text: firstNonBlank and nonBlankEnd bound the text trimmed of blanks, within a range too', () => {
  const next = random(7)
  for (let round = 0; round < 400; round++) {
    let text = ''
    for (let length = Math.floor(next() * 10); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)]
    const from = firstNonBlank(text)
    const to = nonBlankEnd(text, from)
    assert.equal(text.slice(from, to), trimmed(text))
    const a = Math.floor(next() * (text.length + 1))
    const b = a + Math.floor(next() * (text.length - a + 1))
    const inner = firstNonBlank(text, a, b)
    assert.equal(text.slice(inner, nonBlankEnd(text, inner, b)), trimmed(text.slice(a, b)))
  }
})
