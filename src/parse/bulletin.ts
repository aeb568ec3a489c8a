import type {Root} from '../tree/types.js'
import {sectionNames} from '../data/bulletin.js'
import {isBlank} from '../util/text.js'
import type {Report} from './context.js'
import {splitLines} from './lines.js'
import {pointLocator} from '../util/line-breaks.js'
import {parseMasthead} from './masthead.js'
import {parseToc} from './toc.js'
import {parseBody} from './body.js'
import {pushAll} from '../util/arrays.js'

/**
 * Parse the decoded text of one issue into a flat kic tree: masthead, table
 * of contents, then the body's blocks in order, then the closing block.
 * Never throws on odd input: text without a masthead is read as generic
 * paragraphs with a warning.
 */
export function parseBulletin(text: string, report: Report = () => {}): Root {
  const lines = splitLines(text)
  const toPoint = pointLocator(text)
  const context = {lines, toPoint: (offset: number) => ({...toPoint(offset), offset}), report}

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
      'no-masthead',
      'warning'
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
  pushAll(root.children, body.nodes)
  if (body.colophon) root.children.push(body.colophon)
  return root
}
