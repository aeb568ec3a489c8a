import {layout, markerFragment} from '../data/pdf-layout.js'
import type {Fragment, PageItems, TextItem, VisualLine} from './types.js'
import {maxOf} from '../util/arrays.js'

/**
 * The visual lines of one page: items grouped by baseline, read top to
 * bottom, left to right. Items of a line are joined with a space when the
 * gap between them is a word space and without one when they touch (a PDF
 * writer often cuts a Korean or Chinese word into runs at font changes);
 * a gap as wide as a column starts a new fragment (a table cell).
 */
export function visualLines(page: PageItems): VisualLine[] {
  const items = page.items.filter((item) => item.str.length > 0 && item.size > 0 && Number.isFinite(item.x) && Number.isFinite(item.y))
  items.sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: TextItem[][] = []
  let current: TextItem[] = []
  let baseline = Number.NaN
  let size = 0
  for (const item of items) {
    const blank = item.str.trim() === ''
    if (current.length > 0 && Math.abs(item.y - baseline) <= layout.baselineTolerance * Math.max(size, item.size)) {
      current.push(item)
      if (!blank && item.size > size) size = item.size
      continue
    }
    if (blank) continue // a space alone on its own baseline
    if (current.length > 0) groups.push(current)
    current = [item]
    baseline = item.y
    size = item.size
  }
  if (current.length > 0) groups.push(current)

  const lines: VisualLine[] = []
  for (const group of groups) {
    const line = toLine(page.number, group)
    if (line) lines.push(line)
  }
  return lines
}

function toLine(page: number, group: TextItem[]): VisualLine | undefined {
  group.sort((a, b) => a.x - b.x)
  const fragments: Fragment[] = []
  let text = ''
  let pieces: Fragment['pieces'] = []
  let x0 = Number.NaN
  let inkEnd = Number.NaN
  let pendingSpace = false
  let size = 0
  let baseline = 0
  let weight = 0
  const close = () => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean) fragments.push({text: clean, x0, x1: inkEnd, pieces})
    text = ''
    pieces = []
    pendingSpace = false
  }
  for (const item of group) {
    if (item.str.trim() === '') {
      if (text) pendingSpace = true
      continue
    }
    const em = Math.max(item.size, size || item.size)
    let space = ''
    if (text) {
      const gap = item.x - inkEnd
      if (gap >= layout.columnGap * em) close()
      else if (pendingSpace || gap >= layout.spaceGap * em) space = ' '
    }
    if (!text) x0 = item.x
    text += space + item.str
    pieces.push({text: space + item.str, x0: item.x, x1: item.x + item.width})
    pendingSpace = false
    inkEnd = Number.isNaN(inkEnd) || pieces.length === 1 ? item.x + item.width : Math.max(inkEnd, item.x + item.width)
    size = Math.max(size, item.size)
    baseline += item.y * item.str.length
    weight += item.str.length
  }
  close()
  if (fragments.length === 0) return undefined
  mergeMarkers(fragments)
  return {
    page,
    y: baseline / weight,
    size,
    x0: fragments[0].x0,
    x1: maxOf(fragments.map((fragment) => fragment.x1)),
    fragments,
    text: fragments.map((fragment) => fragment.text).join(' ')
  }
}

/** Join a list marker standing alone (`•`, `1.`, `①` before a tab stop) to the fragment after it. */
function mergeMarkers(fragments: Fragment[]): void {
  for (let index = fragments.length - 2; index >= 0; index--) {
    const marker = fragments[index]
    if (!markerFragment.test(marker.text)) continue
    const next = fragments[index + 1]
    fragments.splice(index, 2, {
      text: `${marker.text} ${next.text}`,
      x0: marker.x0,
      x1: next.x1,
      pieces: [...marker.pieces, {...next.pieces[0], text: ' ' + next.pieces[0].text.trimStart()}, ...next.pieces.slice(1)]
    })
  }
}
