import type {Position} from 'unist'
import type {Article, ArticleTitle, Draft, FlatRoot, Heading, Root, Section, Toc} from '../tree/types.js'
import type {Report} from '../lines/context.js'
import {patterns} from '../parse/patterns.js'
import {similarity} from '../util/text.js'
import {levelHeadings} from './headings.js'
import {attachCaptions} from './captions.js'
import {assignIds} from './ids.js'
import {linkToc} from './toc-links.js'
import {hasHan} from '../util/chars.js'

/** Minimum similarity for a numbered line out of sequence to still be a ToC article. */
const tocMatch = 0.6

/**
 * Nest the flat tree's blocks into sections and articles, then settle what
 * needs the whole article: heading levels, captions, ids and the ToC links.
 * Returns the structured tree (a new root; the flat one is not changed
 * apart from the nodes it hands over).
 */
export function structure(flat: FlatRoot, report: Report, key: string): Root {
  const toc = flat.children.find((node): node is Toc<Draft> => node.type === 'toc')
  const out: Root<Draft>['children'] = []
  const sections: Array<Section<Draft>> = []
  let section: Section<Draft> | null = null
  let article: Article<Draft> | null = null

  const openSection = (title: string | null, position: Position) => {
    section = {type: 'section', title, children: [], position: {start: position.start, end: position.end}}
    sections.push(section)
    out.push(section)
    article = null
    return section
  }
  const currentArticle = (position: Position): Article<Draft> => {
    if (article) return article
    const parent = section ?? openSection(null, position)
    article = emptyArticle(null, position)
    parent.children.push(article)
    return article
  }

  for (const node of flat.children) {
    switch (node.type) {
      case 'masthead':
      case 'toc':
      case 'colophon': {
        out.push(node)
        break
      }
      case 'sectionHeading': {
        openSection(node.title, node.position)
        break
      }
      case 'articleTitle': {
        const parent: Section<Draft> = section ?? openSection(null, node.position)
        const expected = lastNumber(parent) + 1
        // The ToC is asked only for a number out of sequence (a title against every entry costs).
        const inToc = () => toc?.entries.some((entry) => similarity(entry.title, node.title.text) >= tocMatch) ?? false
        if (node.number === expected || node.explicit || inToc()) {
          if (node.number !== expected) {
            report(
              `article number ${node.number} where ${expected} was expected`,
              node.position,
              'article-sequence'
            )
          }
          article = fromTitle(node)
          parent.children.push(article)
        } else {
          currentArticle(node.position).children.push(asHeading(node))
        }
        break
      }
      case 'articleSource': {
        const current = currentArticle(node.position)
        if (current.source === null && current.children.length === 0 && current.title) {
          current.source = {span: node.span, ...splitName(node.span.text), position: node.position}
        } else {
          current.children.push({type: 'paragraph', span: node.span, position: node.position})
        }
        break
      }
      default: {
        currentArticle(node.position).children.push(node)
      }
    }
    if (article) extend(article, node.position)
    if (section) extend(section, node.position)
  }

  for (const each of sections) {
    for (const child of each.children) {
      levelHeadings(child, report)
      attachCaptions(child, report)
    }
  }
  const root = assignIds({type: 'root', position: flat.position, children: out, data: {...flat.data, key}}, key)
  const linked = root.children.find((node): node is Toc => node.type === 'toc')
  if (linked) linkToc(linked, root.children.filter((node): node is Section => node.type === 'section'), report)
  return root
}

/** The number of the section's last numbered article; 0 when none is. */
function lastNumber(section: Section<Draft>): number {
  for (let index = section.children.length - 1; index >= 0; index--) {
    const number = section.children[index].number
    if (number !== null) return number
  }
  return 0
}

function emptyArticle(number: number | null, position: Position): Article<Draft> {
  return {
    type: 'article',
    number,
    title: null,
    category: null,
    source: null,
    page: null,
    children: [],
    position: {start: position.start, end: position.end}
  }
}

function fromTitle(node: ArticleTitle): Article<Draft> {
  const article = emptyArticle(node.number, node.position)
  article.title = node.title
  article.category = node.category
  if (node.source) {
    article.source = {span: node.source, ...splitName(node.source.text), position: node.position}
  }
  return article
}

/** A numbered line that is not the next article: a heading `N.` inside the article. */
function asHeading(node: ArticleTitle): Heading<Draft> {
  return {
    type: 'heading',
    marker: `${node.number}.`,
    markerKind: 'dot',
    ordinal: node.number,
    level: 1,
    span: node.title,
    position: node.position
  }
}

/** `산업정보화부(工业和信息化部)` → name and Chinese. */
export function splitName(text: string): {name: string; chinese: string | null} {
  const match = patterns.chineseAfterName.exec(text)
  if (match && hasHan(match[2])) return {name: match[1].trim(), chinese: match[2].trim()}
  return {name: text, chinese: null}
}

function extend(node: Section<Draft> | Article<Draft>, position: Position) {
  if (position.end.offset! > node.position.end.offset!) node.position.end = position.end
}

