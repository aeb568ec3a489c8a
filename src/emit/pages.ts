import type {LineSource} from '../pdf/types.js'

/**
 * For input read from a PDF: give every position in the document the page
 * and box (PDF points, origin bottom left) of the line it starts on. Line
 * and column keep referring to the rebuilt text.
 */
export function attachPages(value: unknown, sources: Array<LineSource | null>): void {
  if (Array.isArray(value)) {
    for (const child of value) attachPages(child, sources)
    return
  }
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'position' && child && typeof child === 'object' && 'start' in child) {
      const position = child as {start: {line: number}; end: {line: number}; page?: number; box?: unknown}
      const source = sourceOf(sources, position.start.line, position.end.line)
      if (source) {
        position.page = source.page
        position.box = source.box
      }
    } else if (key !== 'diagnostics' && key !== 'source') attachPages(child, sources)
  }
}

/** The page of the first non-blank line from `first` to `last` (1-based), and the box around those lines on that page. */
function sourceOf(sources: Array<LineSource | null>, first: number, last: number): LineSource | null {
  let found: LineSource | null = null
  let x1 = 0
  let y1 = 0
  for (let line = first; line <= Math.max(first, last); line++) {
    const source = sources[line - 1]
    if (!source) continue
    const {x, y, width, height} = source.box
    if (!found) {
      found = {page: source.page, box: {x, y, width, height}}
      x1 = x + width
      y1 = y + height
    } else if (source.page === found.page) {
      found.box.x = Math.min(found.box.x, x)
      found.box.y = Math.min(found.box.y, y)
      x1 = Math.max(x1, x + width)
      y1 = Math.max(y1, y + height)
    }
  }
  if (found) {
    found.box.width = Math.round((x1 - found.box.x) * 10) / 10
    found.box.height = Math.round((y1 - found.box.y) * 10) / 10
  }
  return found
}
