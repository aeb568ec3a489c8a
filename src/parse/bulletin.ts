import type {FlatRoot} from '../tree/types.js'
import {sectionNames} from '../data/bulletin.js'
import {isBlank, nonBlankEnd, normalizeKey, trimBlank} from '../util/text.js'
import {endsAsMastheadTitle, patterns} from './patterns.js'
import type {ParseContext} from '../lines/context.js'
import type {Draft, Masthead} from '../tree/types.js'
import type {Report} from '../lines/context.js'
import {splitLines} from '../lines/split.js'
import {offsetLocator} from '../util/line-breaks.js'
import {parseMasthead} from './masthead.js'
import {parseToc} from './toc.js'
import {parseBody} from './body.js'
import {describeFurniture, findTextFurniture, removeTextFurniture} from './furniture.js'
import {pushAll} from '../util/arrays.js'

/**
 * Parse the decoded text of one issue into a flat kic tree: masthead, table
 * of contents, then the body's blocks in order, then the closing block.
 * Never throws on odd input: text without a masthead is read as generic
 * paragraphs with a warning. Page furniture (page numbers, running headers
 * and footers, form feeds) is blanked first and reported once per kind.
 */
export function parseBulletin(text: string, report: Report = () => {}): FlatRoot {
  const lines = splitLines(text)
  const context = {lines, toPoint: offsetLocator(text), report}

  const furniture = findTextFurniture(lines)
  for (const group of furniture.groups) {
    const first = lines[group.lines[0]]
    report(describeFurniture(group, lines), context.toPoint(first.start), 'page-furniture')
  }
  removeTextFurniture(lines, furniture)

  const root: FlatRoot = {
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

  if (masthead) reportMoreIssues(context, masthead.node, next)

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

/** Longest line that can be a masthead title (`주간 중국 창업 제 287호` with spacing). */
const mastheadLineLength = 80

/**
 * A file of several issues run together (`cat *.txt > all.txt`) reads as
 * one issue whose closing block swallows the others: say so, at the second
 * masthead — a line with the first masthead's title and another number.
 */
function reportMoreIssues(context: ParseContext, masthead: Masthead<Draft>, from: number): void {
  if (!masthead.title) return
  const title = normalizeKey(masthead.title)
  for (let index = from; index < context.lines.length; index++) {
    const line = context.lines[index]
    // The title ends in `호`: one character test spares most lines the trimming and the pattern.
    if (line.text.length > mastheadLineLength || !endsAsMastheadTitle(line.text, nonBlankEnd(line.text))) continue
    const text = trimBlank(line.text)
    const match = patterns.mastheadTitle.exec(text)
    if (!match || normalizeKey(match[1]) !== title) continue
    context.report(
      `another masthead (\`${text}\`): this file seems to hold more than one issue, read here as one; give one issue per file`,
      context.toPoint(line.start),
      'several-issues'
    )
    return
  }
}
