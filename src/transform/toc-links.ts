import type {Article, Section, Toc} from '../tree/types.js'
import type {Report} from '../lines/context.js'
import {clip, normalizeKey, similarity} from '../util/text.js'

/** Below this similarity a ToC title and an article title are different things. */
const minimumSimilarity = 0.5

/**
 * Link each ToC entry to its article: the best title match in the entry's
 * section (by name, else by group order). A link whose titles differ beyond
 * spacing and punctuation is reported, as is an entry with no article.
 */
export function linkToc(toc: Toc, sections: Section[], report: Report): void {
  const named = sections.filter((section) => section.title !== null)
  const groups = [...new Set(toc.entries.map((entry) => entry.group))]
  const taken = new Set<Article>()

  for (const entry of toc.entries) {
    const section =
      named.find((candidate) => entry.section && normalizeKey(candidate.title!) === normalizeKey(entry.section)) ??
      named[groups.indexOf(entry.group)]
    const pool = section ? section.children : sections.flatMap((each) => each.children)
    let best: Article | undefined
    let bestScore = 0
    for (const article of pool) {
      if (!article.title || taken.has(article)) continue
      const score = similarity(entry.title, article.title.text)
      if (score > bestScore) {
        best = article
        bestScore = score
      }
    }
    if (!best || bestScore < minimumSimilarity) {
      report(`table of contents entry \`${clip(entry.title, 80)}\` has no article in the body`, entry.position, 'toc-unlinked')
      continue
    }
    taken.add(best)
    entry.articleId = best.id
    best.page = entry.page
    if (bestScore < 1) {
      report(
        `table of contents title \`${clip(entry.title, 80)}\` differs from the article title \`${clip(best.title!.text, 80)}\` (line ${best.position.start.line})`,
        entry.position,
        'toc-title-mismatch'
      )
    }
  }
  for (const section of sections) {
    for (const article of section.children) {
      if (article.title && !taken.has(article)) {
        report(`article \`${clip(article.title.text, 80)}\` is not in the table of contents`, article.position, 'toc-missing-article')
      }
    }
  }
}
