/** A rectangle in PDF points, origin at the bottom left of the page (PDF user space). */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** One run of text as a PDF text layer gives it, in PDF points. */
export interface TextItem {
  str: string
  /** Left edge of the run. */
  x: number
  /** Baseline. */
  y: number
  width: number
  /** Font size (height of the em square). */
  size: number
}

/** The text items of one page. */
export interface PageItems {
  /** 1-based page number. */
  number: number
  width: number
  height: number
  items: TextItem[]
  /** Runs of text set at an angle (stamps, margin notes), left out of the body. */
  rotated?: number
}

/** A piece of a visual line: items close enough to be one run of words. */
export interface Fragment {
  text: string
  x0: number
  x1: number
  /** The items it is made of, each with the space before it if any (a table cell boundary may fall between two). */
  pieces: Array<{text: string; x0: number; x1: number}>
}

/** One visual line of a page: items sharing a baseline, left to right. */
export interface VisualLine {
  page: number
  /** Baseline. */
  y: number
  size: number
  x0: number
  x1: number
  /** Runs separated by gaps wider than a column gap; joined with one space in `text`. */
  fragments: Fragment[]
  text: string
}

/** Where a line of the rebuilt text comes from. */
export interface LineSource {
  page: number
  box: Box
}
