/**
 * Page furniture: what a page prints besides its body — page numbers and
 * running headers or footers. Forms seen in print layouts (Word, HWP,
 * LibreOffice, browsers' print headers) in Korean, Chinese and English.
 * Each pattern is anchored and matches a whole trimmed line; group 1 is the
 * page number.
 */
export interface PageNumberForm {
  /** Name used in reports. */
  name: string
  pattern: RegExp
  /**
   * A bare number is also a heading number, a ToC group (`01`) or a table
   * cell: it counts only next to a page break or in a long increasing run.
   */
  weak: boolean
}

export const pageNumberForms: PageNumberForm[] = [
  {name: '- N -', pattern: /^[-–—−]\s*(\d{1,4})\s*[-–—−]$/, weak: false},
  {name: 'N / M', pattern: /^(\d{1,4})\s*\/\s*\d{1,4}$/, weak: false},
  {name: 'page N', pattern: /^(?:page|p\.|pg\.?)\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i, weak: false},
  {name: 'N 페이지', pattern: /^(?:페이지\s*)?(\d{1,4})\s*(?:페이지|쪽|页)$/, weak: false},
  {name: '第 N 页', pattern: /^第\s*(\d{1,4})\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/, weak: false},
  {name: '[N]', pattern: /^[[(〔]\s*(\d{1,4})\s*[\])〕]$/, weak: false},
  // No leading zero: `01`, `02` are ToC groups and section numbers, not pages.
  {name: 'N', pattern: /^([1-9]\d{0,3})$/, weak: true}
]

/** Longest line (in characters) that can be a running header or footer. */
export const maximumRunningLength = 80

/** Share of page breaks a line must repeat at to be a running header or footer. */
export const runningShare = 0.5
