/**
 * Geometry thresholds for rebuilding text from PDF positions, in multiples
 * of the font size (em) unless said otherwise. Chosen from print layouts of
 * Korean documents (browsers, LibreOffice, HWP/Word exports): word spaces
 * are 0.2–0.35 em, table cells at least ~1 em apart (padding on both sides), line pitch 1.2–1.8 em.
 */
export const layout = {
  /** Items whose baselines differ by less than this share one line. */
  baselineTolerance: 0.35,
  /** A gap at least this wide between items is a space. */
  spaceGap: 0.12,
  /** A gap at least this wide separates two columns (table cells, ToC columns). */
  columnGap: 1.0,
  /** A baseline gap this many times the usual pitch ends a paragraph. */
  paragraphGap: 1.3,
  /** Font sizes differing by this share are different kinds of text. */
  sizeChange: 0.12,
  /** Page bands (share of the page height) where running headers and footers sit. */
  furnitureBand: 0.12,
  /** Share of pages a line must repeat on (same place, digits aside) to be furniture. */
  furnitureShare: 0.5,
  /** Furniture lines at the same place differ by at most this many points vertically. */
  furnitureDrift: 4,
  /** Column edges closer than this (points) are one column. */
  columnTolerance: 6
} as const

/**
 * A visual line opening with one of these starts a new block even when it
 * follows the line before at the usual pitch: bullets, enumerators
 * (`①`, `1)`, `1.`, `가.`), notes (`*`), arrows.
 */
export const blockStart = /^(?:[-–•·▶▷►◆◇■□○●※*]\s|[\u2460-\u2473\u3260-\u327b]|\d{1,2}[.)]\s|[가-하][.)]\s|\(\d{1,2}\)\s)/u

/**
 * A list marker set apart from its text by a tab stop (hanging indent):
 * one fragment that is only this is joined to the text after it, never
 * read as a table cell.
 */
export const markerFragment = /^(?:[-–•·▪■□◦○●◆◇▶▷►※*]|[\u2460-\u2473\u3260-\u327b]|\(?\d{1,2}[.)]|[가-하][.)]|[a-zA-Z][.)])$/u
