/**
 * Dot-and-line charts as SVG written by kic: a few kilobytes, no script, no
 * library. Each chart comes with a table of its points as the text
 * alternative (in a <details> right under it).
 */
import {escape, text} from './html.js'

export interface Point {
  /** Issue date (ISO `YYYY-MM-DD`) or null when the issue has none. */
  date: string | null
  /** Issue number, the x value when dates are missing. */
  issue: number | null
  y: number
  /** Shown in the point's tooltip and the table. */
  label: string
  href: string | null
}

export interface Series {
  name: string
  points: Point[]
}

export interface ChartOptions {
  id: string
  title: string
  /** Label of the value axis (the unit). */
  unit: string
  series: Series[]
  /** Draw lines between points (one series over time); dots only otherwise. */
  lines?: boolean
  /** Extra table columns per point. */
  columns?: Array<{head: string; cell: (point: Point) => string}>
}

const width = 720
const height = 280
const margin = {top: 16, right: 44, bottom: 40, left: 64}

export function renderChart(options: ChartOptions): string {
  const all = options.series.flatMap((series) => series.points)
  const byDate = all.length > 0 && all.every((point) => point.date !== null && !Number.isNaN(Date.parse(point.date)))
  // x of each point, computed once (dates parse slowly, and sorting asks often).
  const xs = new Map<Point, number>()
  for (const point of all) xs.set(point, byDate ? Date.parse(point.date!) : (point.issue ?? 0))
  const xOf = (point: Point): number => xs.get(point)!
  let xMin = Infinity
  let xMax = -Infinity
  let yMin = 0
  let yMax = -Infinity
  for (const point of all) {
    const x = xOf(point)
    if (x < xMin) xMin = x
    if (x > xMax) xMax = x
    if (point.y < yMin) yMin = point.y
    if (point.y > yMax) yMax = point.y
  }
  if (all.length === 0) {
    xMin = 0
    xMax = 1
    yMax = 1
  }
  if (xMax === xMin) {
    xMin -= byDate ? 86_400_000 * 7 : 1
    xMax += byDate ? 86_400_000 * 7 : 1
  }
  const yTicks = niceTicks(yMin, yMax <= yMin ? yMin + 1 : yMax, 5)
  yMin = Math.min(yMin, yTicks[0]!)
  yMax = Math.max(yTicks[yTicks.length - 1]!, yMax)
  const plotW = width - margin.left - margin.right
  const plotH = height - margin.top - margin.bottom
  const sx = (x: number) => margin.left + ((x - xMin) / (xMax - xMin)) * plotW
  const sy = (y: number) => margin.top + plotH - ((y - yMin) / (yMax - yMin)) * plotH
  const titleId = `${options.id}-title`
  const descId = `${options.id}-desc`
  const count = all.length
  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${escape(options.title)}</title>`,
    `<desc id="${descId}">${count} points; x: ${byDate ? 'issue date' : 'issue number'}; y: ${escape(options.unit)}. The table below lists every point.</desc>`
  )
  for (const tick of yTicks) {
    const y = round(sy(tick))
    parts.push(`<line class="grid-line" x1="${margin.left}" x2="${width - margin.right}" y1="${y}" y2="${y}"/><text x="${margin.left - 6}" y="${y + 4}" text-anchor="end">${escape(formatNumber(tick))}</text>`)
  }
  for (const tick of xTicks(xMin, xMax, byDate)) {
    const x = round(sx(tick.value))
    parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 4}"/><text x="${x}" y="${margin.top + plotH + 16}" text-anchor="middle">${escape(tick.label)}</text>`)
  }
  parts.push(
    `<line class="axis" x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotH}"/>`,
    `<line class="axis" x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotH}" y2="${margin.top + plotH}"/>`,
    `<text transform="translate(14 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${text(options.unit)}</text>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 4}" text-anchor="middle">${byDate ? '발행일 (issue date)' : '호 (issue number)'}</text>`
  )
  options.series.forEach((series, index) => {
    const points = series.points.slice().sort((a, b) => xOf(a) - xOf(b))
    if (options.lines && points.length > 1) {
      let d = ''
      for (const point of points) d += `${d ? 'L' : 'M'}${round(sx(xOf(point)))} ${round(sy(point.y))}`
      parts.push(`<path class="line s${index % 3}" d="${d}"/>`)
    }
    for (const point of points) {
      parts.push(`<circle class="pt s${index % 3}" cx="${round(sx(xOf(point)))}" cy="${round(sy(point.y))}" r="3.5"><title>${escape(point.label)}</title></circle>`)
    }
  })
  parts.push('</svg>')
  const legend =
    options.series.length > 1
      ? `<p class="legend">${options.series.map((series, index) => `<span><i class="s${index % 3}"></i>${text(series.name)}</span>`).join('')}</p>`
      : ''
  return (
    `<figure class="chart" id="${escape(options.id)}"><figcaption>${text(options.title)}</figcaption>${legend}${parts.join('')}` +
    `<details class="data"><summary>표로 보기 (data table, ${count} points)</summary>${dataTable(options, byDate)}</details></figure>`
  )
}

function dataTable(options: ChartOptions, byDate: boolean): string {
  const columns = options.columns ?? []
  const head = `<tr><th scope="col">${byDate ? '발행일' : '호'}</th><th scope="col">호</th>${options.series.length > 1 ? '<th scope="col">series</th>' : ''}<th scope="col" class="n">${text(options.unit)}</th>${columns.map((column) => `<th scope="col">${escape(column.head)}</th>`).join('')}</tr>`
  const rows: string[] = []
  for (const series of options.series) {
    for (const point of series.points) {
      const issue = point.issue !== null ? String(point.issue) : ''
      const link = point.href ? `<a href="${escape(point.href)}">${escape(issue || 'issue')}</a>` : escape(issue)
      rows.push(
        `<tr><td>${escape(point.date ?? '')}</td><td>${link}</td>${options.series.length > 1 ? `<td>${text(series.name)}</td>` : ''}<td class="n">${escape(formatNumber(point.y))}</td>` +
          `${columns.map((column) => `<td>${column.cell(point)}</td>`).join('')}</tr>`
      )
    }
  }
  return `<table class="grid"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`
}

/** Round numbers for the axis: 1, 2 or 5 × 10^k steps. */
export function niceTicks(min: number, max: number, count: number): number[] {
  const span = max - min
  const raw = span / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((each) => each * power).find((each) => span / each <= count) ?? 10 * power
  const ticks: number[] = []
  for (let value = Math.floor(min / step) * step; value <= max + step * 1e-9; value += step) ticks.push(Number(value.toPrecision(12)))
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)))
  return ticks
}

function xTicks(min: number, max: number, byDate: boolean): Array<{value: number; label: string}> {
  if (!byDate) return niceTicks(min, max, 6).filter((value) => value >= min && value <= max).map((value) => ({value, label: String(value)}))
  const first = new Date(min).getUTCFullYear()
  const last = new Date(max).getUTCFullYear()
  const years = last - first
  if (years >= 1) {
    const every = Math.max(1, Math.ceil((years + 1) / 8))
    const ticks: Array<{value: number; label: string}> = []
    for (let year = first; year <= last + 1; year += every) {
      const value = Date.UTC(year, 0, 1)
      if (value >= min && value <= max) ticks.push({value, label: String(year)})
    }
    if (ticks.length >= 2) return ticks
  }
  // Within a year or so: a few dates across the span.
  return [0, 1, 2, 3, 4].map((index) => {
    const value = min + ((max - min) * index) / 4
    return {value, label: new Date(value).toISOString().slice(0, 10)}
  })
}

/** `12,345.67`: thousands grouped, at most two decimals past 10,000, six significant digits below. */
export function formatNumber(value: number): string {
  if (Math.abs(value) < 1e4) return String(Number(value.toPrecision(6)))
  const [whole, fraction] = (Math.round(value * 100) / 100).toString().split('.')
  if (whole!.includes('e')) return String(value)
  const sign = whole!.startsWith('-') ? '-' : ''
  const digits = sign ? whole!.slice(1) : whole!
  let grouped = ''
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? ',' + grouped : '')
  return sign + grouped + (fraction ? '.' + fraction : '')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
