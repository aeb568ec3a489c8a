import {layout} from '../data/pdf-layout.js'
import {pageNumberForms} from '../data/page-furniture.js'
import type {VisualLine} from './types.js'

/** One running header, footer or page-number line, found on several pages. */
export interface PdfFurniture {
  kind: 'page-number' | 'running'
  /** Text of its first occurrence. */
  label: string
  lines: VisualLine[]
}

/**
 * Running headers, footers and page numbers of a PDF: lines in the top or
 * bottom band of the page that repeat, digits aside, at the same height on
 * most pages. Found by repetition and position only, never by wording.
 */
export function findPdfFurniture(pages: Array<{height: number; lines: VisualLine[]}>): PdfFurniture[] {
  if (pages.length < 2) return []
  const candidates = new Map<string, VisualLine[]>()
  for (const page of pages) {
    const band = page.height * layout.furnitureBand
    for (const line of page.lines) {
      if (line.y < page.height - band && line.y > band) continue
      const key = `${line.y > page.height / 2 ? 'top' : 'bottom'} ${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`
      const list = candidates.get(key) ?? []
      list.push(line)
      candidates.set(key, list)
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * layout.furnitureShare))
  const found: PdfFurniture[] = []
  for (const lines of candidates.values()) {
    if (lines.length < needed) continue
    const heights = lines.map((line) => line.y).sort((a, b) => a - b)
    const median = heights[Math.floor(heights.length / 2)]
    const kept = lines.filter((line) => Math.abs(line.y - median) <= layout.furnitureDrift)
    if (new Set(kept.map((line) => line.page)).size < needed) continue
    const label = kept[0].text
    const number = pageNumberForms.some((form) => form.pattern.test(label.replace(/\s+/g, ' ')))
    found.push({kind: number || /^\P{L}*$/u.test(label) ? 'page-number' : 'running', label, lines: kept})
  }
  return found
}
