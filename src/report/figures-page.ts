/** Figure charts: for a subject, its figures by issue date, one chart per unit. */
import {renderChart} from './chart.js'
import {escape, page, text} from './html.js'
import {header} from './nav.js'

export interface FigurePoint {
  issue: number | null
  date: string | null
  /** Issue page name. */
  page: string
  /** Figure record id: the anchor of its highlight on the issue page. */
  id: string
  value: number
  /** The unit, or the figure's kind when it has none. */
  unit: string
  text: string
  qualifier: string | null
}

export interface Topic {
  subject: string
  points: FigurePoint[]
}

/** Charts of a subject's figures, one per unit; `prefix` leads to the site folder. */
export function topicCharts(topic: Topic, id: string, prefix: string): string {
  const byUnit = new Map<string, FigurePoint[]>()
  for (const point of topic.points) {
    const list = byUnit.get(point.unit)
    if (list) list.push(point)
    else byUnit.set(point.unit, [point])
  }
  let index = 0
  let out = ''
  for (const [unit, points] of byUnit) {
    out += renderChart({
      id: `${id}-${++index}`,
      title: `${topic.subject} (${unit})`,
      unit,
      lines: true,
      series: [
        {
          name: topic.subject,
          points: points.map((point) => ({
            date: point.date,
            issue: point.issue,
            y: point.value,
            label: `${point.issue !== null ? `제 ${point.issue}호` : point.page} ${point.date ?? ''}: ${point.text}`,
            href: `${prefix}issues/${point.page}.html#${point.id}`
          }))
        }
      ],
      columns: [{head: 'text', cell: (point) => text(point.label.slice(point.label.indexOf(': ') + 2))}]
    })
  }
  return out
}

/** On a term's page: the charts of the subjects that name it (the first five; the rest linked). */
export function renderTopicCharts(topics: Topic[], href: (topic: Topic) => string): string {
  const shown = topics.slice(0, 5)
  const rest = topics.slice(5)
  return (
    shown.map((topic, index) => `<h3><a href="${escape(href(topic))}">${text(topic.subject)}</a></h3>${topicCharts(topic, `topic${index + 1}`, '../')}`).join('') +
    (rest.length > 0 ? `<p>More subjects: ${rest.map((topic) => `<a href="${escape(href(topic))}">${text(topic.subject)}</a>`).join(', ')}</p>` : '')
  )
}

export function renderSubjectsPage(topics: Topic[], options: {css: string; script: string; href: (topic: Topic) => string}): string {
  const rows = topics.map((topic) => {
    const units = [...new Set(topic.points.map((point) => point.unit))]
    const issues = new Set(topic.points.map((point) => point.page)).size
    return `<tr><td lang="ko"><a href="${escape(options.href(topic))}">${text(topic.subject)}</a></td><td lang="ko">${escape(units.join(', '))}</td><td class="n">${topic.points.length}</td><td class="n">${issues}</td></tr>`
  })
  const body =
    header('', '수치 (figures by subject)', `${topics.length} subjects with two amounts or more (dates, years and ordinals are not charted)`) +
    `<main id="main"><table class="grid" id="subjects"><thead><tr><th scope="col">주제 subject</th><th scope="col">단위 units</th><th scope="col" class="n">figures</th>` +
    `<th scope="col" class="n">issues</th></tr></thead><tbody>${rows.join('')}</tbody></table></main>`
  return page({title: '수치 — kic report', body, css: options.css, script: options.script, inline: false})
}

export function renderSubjectPage(topic: Topic, options: {css: string; script: string}): string {
  const body = header('../', topic.subject, `${topic.points.length} figures`) + `<main id="main" lang="ko">${topicCharts(topic, 'chart', '../')}</main>`
  return page({title: `${topic.subject} — 수치`, body, css: options.css, script: options.script, inline: false})
}
