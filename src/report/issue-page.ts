/**
 * The issue page: the issue as readable text with its term pairs and figures
 * highlighted (`<mark>`, focusable; hover or focus shows the record), and its
 * diagnostics linked to their place.
 */
import {escape, page, text} from './html.js'
import type {BlockView, DiagnosticView, IssueView, ItemView, Mark, TextUnit} from './model.js'

export interface IssuePageOptions {
  /** Inline style and script (one self-contained file) or link them from `assets`. */
  inline: boolean
  css: string
  script: string
  /** Link back to the archive's index, if any. */
  home?: string
  /** Link to a glossary entry's page, by glossary key. */
  termHref?: (key: string) => string | null
}

/** Anchors for diagnostics: the unit starting nearest before a line. */
interface Anchor {
  line: number
  id: string
}

export function renderIssuePage(issue: IssueView, options: IssuePageOptions): string {
  const anchors: Anchor[] = []
  const used = new Set<string>()
  const render = new Renderer(issue, anchors, used)
  const heading = `${issue.title ?? '주간 중국 창업'}${issue.number !== null ? ` 제 ${issue.number}호` : ''}`
  const parts: string[] = []
  parts.push(`<header class="top"><nav>${options.home ? `<a href="${escape(options.home)}">← 목록 (archive)</a>` : ''}</nav>`)
  parts.push(`<h1>${escape(heading)}</h1>`)
  parts.push(`<p class="meta">${escape(issue.date ?? '')}${issue.path ? ` · <code>${escape(issue.path)}</code>` : ''}</p>`)
  parts.push(
    `<p class="counts"><span class="key term">용어 ${issue.terms.length} term pairs</span> <span class="key fig">수치 ${issue.figures.length} figures</span> ` +
      `<a href="#diagnostics">진단 ${issue.diagnostics.length} diagnostics</a></p></header>`
  )
  parts.push('<main id="main">')
  if (issue.masthead.length > 0) {
    parts.push('<section class="masthead" aria-label="masthead"><dl>')
    for (const [field, value] of issue.masthead) parts.push(`<dt>${escape(field)}</dt><dd>${text(value)}</dd>`)
    parts.push('</dl>')
    if (issue.unplaced.length > 0) {
      // Records whose text the page does not show as such (the masthead's date line …): their own text.
      parts.push('<p class="unplaced"><span class="label">in the masthead</span> ')
      for (const mark of issue.unplaced) parts.push(render.loose(mark) + ' ')
      parts.push('</p>')
    }
    parts.push('</section>')
  } else if (issue.unplaced.length > 0) {
    parts.push(`<p class="unplaced">${issue.unplaced.map((mark) => render.loose(mark)).join(' ')}</p>`)
  }
  if (issue.toc.length > 0) {
    parts.push('<nav class="toc" aria-label="차례 (contents)"><h2>차례</h2><ol>')
    for (const entry of issue.toc) {
      const inner = render.unit(entry.text)
      const link = entry.articleId ? `<a href="#${escape(entry.articleId)}">→</a> ` : ''
      parts.push(`<li${render.anchorAttr(entry.text)}>${link}${inner}${entry.page !== null ? ` <span class="page">${entry.page}</span>` : ''}</li>`)
    }
    parts.push('</ol></nav>')
  }
  for (const section of issue.sections) {
    parts.push(`<section class="section"${render.idAttr(section.id)}>`)
    if (section.title) parts.push(`<h2>${text(section.title)}</h2>`)
    for (const article of section.articles) {
      parts.push(`<article${render.idAttr(article.id)}>`)
      if (article.line !== null && used.has(article.id)) anchors.push({line: article.line, id: article.id})
      const category = article.category ? `<span class="category">【${text(article.category)}】</span> ` : ''
      const number = article.number !== null ? `${article.number}. ` : ''
      parts.push(`<h3>${number}${category}${article.title ? render.unit(article.title) : ''}</h3>`)
      if (article.source) parts.push(`<p class="source">— ${render.unit(article.source)}</p>`)
      if (article.page !== null) parts.push(`<p class="page">p. ${article.page}</p>`)
      for (const block of article.blocks) parts.push(render.block(block))
      parts.push('</article>')
    }
    parts.push('</section>')
  }
  parts.push(renderDiagnostics(issue.diagnostics, anchors))
  parts.push('</main>')
  parts.push(`<div id="tip" role="tooltip" hidden></div>`)
  parts.push(`<script type="application/json" id="records">${recordData(issue, options)}</script>`)
  return page({title: heading, body: parts.join('\n'), css: options.css, script: options.script, inline: options.inline})
}

class Renderer {
  constructor(
    private readonly issue: IssueView,
    private readonly anchors: Anchor[],
    private readonly used: Set<string>
  ) {}

  /** ` id="…"` the first time an id is used (the title and source of an article share its id). */
  idAttr(id: string): string {
    if (this.used.has(id)) return ''
    this.used.add(id)
    return ` id="${escape(id)}"`
  }

  /** Id attribute for a unit's element; records it as an anchor for diagnostics. */
  anchorAttr(unit: TextUnit): string {
    const attr = this.idAttr(unit.id)
    if (attr && unit.line !== null) this.anchors.push({line: unit.line, id: unit.id})
    return attr
  }

  block(block: BlockView): string {
    const lang = (unit: TextUnit) => (unit.lang === 'ko' || unit.lang === 'zh' || unit.lang === 'en' ? ` lang="${unit.lang}"` : '')
    switch (block.type) {
      case 'heading': {
        const level = Math.min(6, 3 + Math.max(1, block.level))
        const marker = block.marker ? `<span class="marker">${escape(block.marker)}</span> ` : ''
        return `<h${level}${this.anchorAttr(block.text)}${lang(block.text)}>${marker}${this.unit(block.text)}</h${level}>`
      }
      case 'paragraph':
        return `<p${this.anchorAttr(block.text)}${lang(block.text)}>${this.unit(block.text)}</p>`
      case 'list':
        if (block.inline) return `<p class="inline-list"${this.anchorAttr(block.inline)}${lang(block.inline)}>${this.unit(block.inline)}</p>`
        return `<ul class="list"${this.idAttr(block.id)}>${block.items.map((item) => this.item(item)).join('')}</ul>`
      case 'table': {
        const rows = block.rows.map((row, r) => {
          const tag = block.header && r === 0 ? 'th' : 'td'
          const scope = tag === 'th' ? ' scope="col"' : ''
          return `<tr>${row.map((cell) => `<${tag}${scope}${this.anchorAttr(cell)}>${this.unit(cell).replace(/\n/g, '<br>')}</${tag}>`).join('')}</tr>`
        })
        const caption = block.caption ? `<caption>${this.unit(block.caption)}</caption>` : ''
        return `<div class="table-wrap"${this.idAttr(block.id)}><table>${caption}${rows.join('')}</table></div>`
      }
      case 'caption':
        return `<p class="caption ${escape(block.kind)}"${this.anchorAttr(block.text)}${lang(block.text)}>${this.unit(block.text)}</p>`
      case 'note':
        return `<aside class="note"${this.anchorAttr(block.text)}${lang(block.text)}><span class="label">편집자 주 · note</span> *${this.unit(block.text)}</aside>`
      case 'sources':
        return (
          `<div class="sources"${this.idAttr(block.id)}><p class="label">출처 · sources</p><ol>` +
          block.items
            .map((item) => `<li${this.anchorAttr(item.text)}>${this.unit(item.text)}${item.urls.map((url) => ` <a class="url" href="${escape(safeUrl(url))}" rel="noreferrer">↗</a>`).join('')}</li>`)
            .join('') +
          '</ol></div>'
        )
    }
  }

  item(item: ItemView): string {
    const children = item.children.length > 0 ? `<ul>${item.children.map((child) => this.item(child)).join('')}</ul>` : ''
    return `<li${this.anchorAttr(item.text)}><span class="marker">${escape(item.marker)}</span> ${this.unit(item.text)}${children}</li>`
  }

  /** A unit's text with its marks, nested when one record lies inside another. */
  unit(unit: TextUnit): string {
    const source = unit.text
    if (unit.marks.length === 0) return text(source, unit.lang)
    const marks = unit.marks.slice().sort((a, b) => a.start - b.start || b.end - a.end)
    let out = ''
    let at = 0
    const open: number[] = []
    for (const mark of marks) {
      while (open.length > 0 && open[open.length - 1]! <= mark.start) {
        const end = open.pop()!
        out += text(source.slice(at, end), unit.lang) + '</mark>'
        at = end
      }
      out += text(source.slice(at, mark.start), unit.lang)
      at = Math.max(at, mark.start)
      // A record overlapping the one it starts in is cut at that one's end.
      const end = open.length > 0 ? Math.min(mark.end, open[open.length - 1]!) : mark.end
      out += this.open(mark)
      open.push(Math.max(end, at))
    }
    while (open.length > 0) {
      const end = open.pop()!
      out += text(source.slice(at, end), unit.lang) + '</mark>'
      at = end
    }
    return out + text(source.slice(at), unit.lang)
  }

  /** A record with no unit on the page, shown with its own text. */
  loose(mark: Mark): string {
    const surface = mark.kind === 'term' ? this.issue.terms[mark.index]!.korean : this.issue.figures[mark.index]!.text
    return `${this.open(mark)}${text(surface)}</mark>`
  }

  private open(mark: Mark): string {
    if (mark.kind === 'term') {
      const term = this.issue.terms[mark.index]!
      const flags = term.flags.length > 0 ? ' flagged' : ''
      return `<mark class="term${flags}" id="${escape(term.id)}" tabindex="0" data-t="${mark.index}">`
    }
    const figure = this.issue.figures[mark.index]!
    return `<mark class="fig" id="${escape(figure.id)}" tabindex="0" data-f="${mark.index}">`
  }
}

function renderDiagnostics(diagnostics: DiagnosticView[], anchors: Anchor[]): string {
  const sorted = anchors.slice().sort((a, b) => a.line - b.line)
  const target = (line: number | null): string | null => {
    if (line === null) return null
    let found: string | null = null
    for (const anchor of sorted) {
      if (anchor.line > line) break
      found = anchor.id
    }
    return found
  }
  const items = diagnostics.map((diagnostic) => {
    const place = diagnostic.line !== null ? `${diagnostic.line}:${diagnostic.column ?? 1}` : '—'
    const id = target(diagnostic.line)
    const link = id ? `<a href="#${escape(id)}">${place}</a>` : place
    return `<li class="${escape(diagnostic.severity)}">${link} <span class="severity">${escape(diagnostic.severity)}</span> ${text(diagnostic.message)} <code>${escape(diagnostic.ruleId)}</code></li>`
  })
  return `<section id="diagnostics" class="diagnostics"><h2>진단 (diagnostics)</h2>${items.length > 0 ? `<ol>${items.join('')}</ol>` : '<p>none</p>'}</section>`
}

/** Terms and figures for the tooltip, as compact arrays. `<` is escaped so the JSON cannot end the script. */
function recordData(issue: IssueView, options: IssuePageOptions): string {
  const terms = issue.terms.map((term) => [
    term.korean,
    term.chinese,
    term.reading,
    term.flags.join(' '),
    term.category,
    term.english,
    term.key && options.termHref ? options.termHref(term.key) : null
  ])
  const figures = issue.figures.map((figure) => [figure.display, figure.unit, figure.qualifier, figure.change, figure.subject, figure.kind, figure.text, figure.basis])
  return JSON.stringify({t: terms, f: figures}).replace(/</g, '\\u003c')
}

/** Only web links leave the page; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#'
}
