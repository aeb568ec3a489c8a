import type {Draft, Masthead} from '../tree/types.js'
import {mastheadLabels} from '../data/bulletin.js'
import {isBlank} from '../util/text.js'
import {lineSpan} from '../tree/span.js'
import {linesPosition, type ParseContext} from '../lines/context.js'
import {isMastheadTitle, patterns} from './patterns.js'

/** How far into the file the masthead title may appear. */
const titleWindow = 12

/**
 * Read the masthead: `주간 중국 창업 제 287호`, the date, labelled lines
 * (발행처, 센터장, 전화, 메일) and notices, up to the table of contents.
 * Returns the masthead and the index of the first line after it, or
 * undefined when the text has no bulletin masthead.
 */
export function parseMasthead(
  context: ParseContext
): {node: Masthead<Draft>; next: number} | undefined {
  const {lines} = context
  let index = 0
  let seen = 0
  while (index < lines.length && seen < titleWindow) {
    if (!isBlank(lines[index].text)) {
      if (isMastheadTitle(lines[index].text.trim())) break
      seen++
    }
    index++
  }
  if (index >= lines.length || seen >= titleWindow) return undefined

  const titleLine = lines[index]
  const match = patterns.mastheadTitle.exec(titleLine.text.trim())!
  const node = emptyMasthead(linesPosition(context, titleLine, titleLine))
  node.title = match[1].trim()
  node.number = Number(match[2])
  let last = titleLine
  index++

  for (; index < lines.length; index++) {
    const line = lines[index]
    const text = line.text.trim()
    if (isBlank(text)) continue
    if (line.text.includes('\t') || patterns.tocGroup.test(text)) break
    const date = patterns.date.exec(text)
    if (date && !node.date) {
      node.date = isoDate(date[1], date[2], date[3])
      node.dateSpan = lineSpan(line)
      if (!node.date) {
        context.report(`masthead date \`${text}\` is not a calendar date`, context.toPoint(line.start), 'masthead-date')
      }
    } else if (!applyLabel(node, text)) {
      node.notices.push(text)
    }
    last = line
  }

  node.position = linesPosition(context, titleLine, last)
  if (!node.date) {
    context.report('masthead has no issue date (`YYYY.MM.DD`)', node.position.start, 'masthead-date')
  }
  return {node, next: index}
}

/** Apply a `label: value` line to the masthead; false when it is not one. */
export function applyLabel(node: Masthead<Draft>, text: string): boolean {
  const match = patterns.label.exec(text)
  if (!match) return false
  const field = mastheadLabels[match[1].trim()]
  if (!field) return false
  if (node[field] === null) node[field] = match[2].trim()
  return true
}

export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A masthead with every field unknown, to be filled in. */
export function emptyMasthead(position: Masthead<Draft>['position']): Masthead<Draft> {
  return {
    type: 'masthead',
    title: null,
    number: null,
    date: null,
    publisher: null,
    director: null,
    phone: null,
    email: null,
    web: null,
    notices: [],
    dateSpan: null,
    position
  }
}
