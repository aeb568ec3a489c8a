/** The archive's index: issues by date, with a chart of term and figure counts per issue. */
import {renderChart} from './chart.js'
import {escape, page, text} from './html.js'
import {header} from './nav.js'

export interface IssueSummary {
  name: string
  number: number | null
  date: string | null
  title: string | null
  path: string | null
  articles: number
  terms: number
  figures: number
  diagnostics: number
  firstArticle: string | null
}

export function renderIndexPage(
  issues: IssueSummary[],
  failed: Array<{path: string; message: string}>,
  options: {css: string; script: string; glossary: number; subjects: number}
): string {
  const sorted = issues.slice().sort(byDate)
  const href = (issue: IssueSummary) => `issues/${issue.name}.html`
  const label = (issue: IssueSummary) => (issue.number !== null ? `제 ${issue.number}호` : issue.name)
  const chart = renderChart({
    id: 'counts',
    title: '호별 용어·수치 수 (term pairs and figures per issue)',
    unit: '건 (count)',
    lines: true,
    series: [
      {name: '용어 term pairs', points: sorted.map((issue) => ({date: issue.date, issue: issue.number, y: issue.terms, label: `${label(issue)} ${issue.date ?? ''}: ${issue.terms} term pairs`, href: href(issue)}))},
      {name: '수치 figures', points: sorted.map((issue) => ({date: issue.date, issue: issue.number, y: issue.figures, label: `${label(issue)} ${issue.date ?? ''}: ${issue.figures} figures`, href: href(issue)}))}
    ]
  })
  const rows = sorted.map(
    (issue) =>
      `<tr><td>${escape(issue.date ?? '')}</td><td><a href="${escape(href(issue))}">${escape(label(issue))}</a></td><td>${text(issue.firstArticle ?? issue.path ?? '')}</td>` +
      `<td class="n">${issue.articles}</td><td class="n">${issue.terms}</td><td class="n">${issue.figures}</td><td class="n">${issue.diagnostics}</td></tr>`
  )
  const failures =
    failed.length > 0
      ? `<section><h2>변환 실패 (inputs that failed)</h2><ul>${failed.map((each) => `<li><code>${escape(each.path)}</code>: ${text(each.message)}</li>`).join('')}</ul></section>`
      : ''
  const body =
    header('', '주간 중국 창업 — archive', `${issues.length} issues · ${options.glossary} glossary entries · ${options.subjects} charted subjects`) +
    `<main id="main">${chart}<h2>호 목록 (issues by date)</h2><table class="grid" id="issues"><thead><tr><th scope="col">발행일 date</th><th scope="col">호 issue</th>` +
    `<th scope="col">첫 기사 first article</th><th scope="col" class="n">기사 articles</th><th scope="col" class="n">용어 terms</th><th scope="col" class="n">수치 figures</th>` +
    `<th scope="col" class="n">진단 diagnostics</th></tr></thead><tbody>${rows.join('')}</tbody></table>${failures}</main>`
  return page({title: '주간 중국 창업 — archive', body, css: options.css, script: options.script, inline: false})
}

/** By date, then number; issues without a date last. */
function byDate(a: IssueSummary, b: IssueSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? -1 : 1
  }
  return (a.number ?? Infinity) - (b.number ?? Infinity) || a.name.localeCompare(b.name)
}
