import {location} from 'vfile-location'
import type {Root} from '../tree/types.js'
import {sectionNames} from '../data/bulletin.js'
import {isBlank} from '../util/text.js'
import type {Report} from './context.js'
import {splitLines} from './lines.js'
import {parseMasthead} from './masthead.js'
import {parseToc} from './toc.js'
import {parseBody} from './body.js'
import {describeFurniture, findTextFurniture, removeTextFurniture} from './furniture.js'

/**
 * Parse the decoded text of one issue into a flat kic tree: masthead, table
 * of contents, then the body's blocks in order, then the closing block.
 * Never throws on odd input: text without a masthead is read as generic
 * paragraphs with a warning. Page furniture (page numbers, running headers
 * and footers, form feeds) is blanked first and reported once per kind.
 */
export function parseBulletin(text: string, report: Report = () => {}): Root {
  const lines = splitLines(text)
  const place = location(text)
  const toPoint = (offset: number) => {
    const point = place.toPoint(Math.min(offset, text.length))
    return point ?? {line: lines.length, column: lines[lines.length - 1].text.length + 1, offset: text.length}
  }
  const context = {lines, toPoint: (offset: number) => ({...toPoint(offset), offset}), report}

  const furniture = findTextFurniture(lines)
  for (const group of furniture.groups) {
    const first = lines[group.lines[0]]
    report(describeFurniture(group, lines), context.toPoint(first.start), 'page-furniture')
  }
  removeTextFurniture(lines, furniture)

  const root: Root = {
    type: 'root',
    children: [],
    position: {start: context.toPoint(0), end: context.toPoint(text.length)}
  }

  const masthead = parseMasthead(context)
  let next = 0
  if (masthead) {
    root.children.push(masthead.node)
    next = masthead.next
  } else {
    const first = lines.find((line) => !isBlank(line.text)) ?? lines[0]
    report(
      'no bulletin masthead (`주간 중국 창업 제 N호`): read as generic text',
      context.toPoint(first.start),
      'no-masthead'
    )
  }

  const toc = parseToc(context, next)
  if (toc) {
    root.children.push(toc.node)
    next = toc.next
  }

  const names = new Set(sectionNames)
  for (const entry of toc?.node.entries ?? []) if (entry.section) names.add(entry.section)
  const body = parseBody(context, next, {
    sectionNames: [...names],
    tocTitles: toc ? toc.node.entries.map((entry) => entry.title) : [],
    masthead: masthead ? masthead.node : null
  })
  root.children.push(...body.nodes)
  if (body.colophon) root.children.push(body.colophon)
  return root
}
