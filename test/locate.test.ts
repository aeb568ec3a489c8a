import {test} from 'node:test'
import assert from 'node:assert/strict'
import {VFile} from 'vfile'
import {spanLocator} from '../src/plugins/locate.js'
import {lineStarts, pointLocator} from '../src/util/line-breaks.js'

test('spanLocator and pointLocator: the line and column of a plain count of line starts, in any order of calls', () => {
  const text = 'ab\ncd\r\nef\rgh\u2028ij\u000ckl\n\nmn'
  const file = new VFile({path: 'x.txt', value: text})
  const locate = spanLocator(file)
  // The plain computation: the line is the last start at or before the (clamped) offset.
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue
    if ('\n\r\u2028\u000c'.includes(text[i]!)) starts.push(i + 1)
  }
  const reference = (offset: number) => {
    const at = Math.max(0, Math.min(offset, text.length))
    const line = starts.filter((start) => start <= at).length
    return {line, column: at - starts[line - 1]! + 1}
  }
  // A span of the whole text (one segment at offset 0) and one starting further in.
  const spans = [{text, map: [{at: 0, offset: 0}]}, {text: text.slice(5), map: [{at: 0, offset: 5}]}]
  // Forward, backward and jumping calls: the line of the last point is only a guess.
  const order: number[] = []
  for (let i = 0; i <= text.length; i++) order.push(i)
  for (let i = text.length; i >= 0; i--) order.push(i)
  for (let i = 0; i <= text.length; i++) order.push((i * 7) % (text.length + 1))
  for (const span of spans) {
    for (const start of order) {
      if (start > span.text.length) continue
      const end = Math.min(span.text.length, start + 3)
      const position = locate(span, start, end)
      const from = span.map[0]!.offset + start
      const to = span.map[0]!.offset + (end <= 0 ? 0 : end - 1) + 1
      assert.deepEqual(position.start, {...reference(from), offset: from})
      assert.deepEqual(position.end, {...reference(to), offset: to})
    }
  }
  // Offsets past the end keep their value; line and column are clamped.
  const past = locate({text: 'zz', map: [{at: 0, offset: text.length}]}, 0, 2)
  assert.deepEqual(past.end, {...reference(text.length), offset: text.length + 2})
  // pointLocator: the same lines in the same orders, offsets clamped.
  const toPoint = pointLocator(text)
  for (const offset of [...order, -3, text.length + 5]) {
    const at = Math.max(0, Math.min(offset, text.length))
    assert.deepEqual(toPoint(offset), {...reference(offset), offset: at})
  }
})

test('lineStarts: a text located again reads the same starts; another text (same length too) gets its own', () => {
  const a = 'ab\ncd\nef'
  const b = 'a\nbcd\r\nf'
  assert.deepEqual(lineStarts(a), [0, 3, 6])
  assert.deepEqual(lineStarts(b), [0, 2, 7])
  assert.deepEqual(lineStarts(a), [0, 3, 6])
  assert.deepEqual(lineStarts(a), [0, 3, 6])
  assert.deepEqual(lineStarts('x\u2028y'), [0, 2])
  assert.deepEqual(pointLocator(b)(3), {line: 2, column: 2, offset: 3})
})
