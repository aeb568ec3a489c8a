/**
 * Line patterns of the bulletin. Every expression is anchored and has no
 * nested quantifier over an unbounded run, so a 1 MB line costs linear time.
 */
export const patterns = {
  mastheadTitle: /^(\S(?:.{0,60}\S)?)\s*제\s*(\d{1,5})\s*호$/,
  date: /^(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?$/,
  label: /^([^:：]{1,12}?)\s*[:：]\s*(\S.*)$/,
  tocGroup: /^\d{1,2}$/,
  page: /^P\.?\s*(\d{1,4})$/i,
  category: /^【([^】]{1,30})】\s*/,
  articleTitle: /^(\d{1,2})\.\s+(?!\d)(\S.*)$/,
  /** `N. text`, whatever the text starts with: an article title where the layout says so (Markdown headings). */
  numberedLine: /^(\d{1,2})\.\s+(\S.*)$/,
  articleSource: /^[—–―]\s*(\S.*)$/,
  trailingSource: / [—–―] /,
  parenHeading: /^(\d{1,2})\)\s*(\S.*)$/,
  circledHeading: /^([\u2460-\u2473\u24eb-\u24f4])\s*(\S.*)$/,
  romanHeading: /^(i{1,3}|iv|vi{0,3}|ix|x)\.\s+(\S.*)$/,
  upperRomanHeading: /^([\u2160-\u2169])[.)]?\s+(\S.*)$/,
  arrowHeading: /^([▶►▷■□◆◇])\s*(\S.*)$/,
  listItem: /^([ \t\u00a0\u3000]*)([-•◦▪‣○●])[ \t\u00a0]*(\S.*)$/,
  caption: /^(사진|표|그림|도표|차트)\s*(\d{1,3})\s*(\))?\s*(\S.*)?$/,
  note: /^\(\*\s*([^:：]{1,80}?)\s*편집자\s*주\s*[:：]\s*(.*)$/,
  bareNote: /^\*\s*([^:：]{1,80}?)\s*편집자\s*주\s*[:：]\s*(.*)$/,
  sources: /^\*\s*(?:출처|자료\s*출처|참고\s*자료)\s*[:：]\s*(.*)$/,
  sourceItem: /^(\d{1,2})\.\s+(\S.*)$/,
  continuation: /^(?:및|and|&)\s+(\S.*)$/,
  url: /<?(https?:\/\/[^\s<>]{1,2000}|www\.[^\s<>]{1,2000})>?/g,
  chineseAfterName: /^(.*?\S)\s*[(（]([^()（）]{1,80})[)）]$/
}

/** Circled digits ①–⑳ and ⓫–⓴ → their number. */
export function circledNumber(mark: string): number {
  const code = mark.codePointAt(0) ?? 0
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1
  if (code >= 0x24eb && code <= 0x24f4) return code - 0x24eb + 11
  return 0
}

const romans: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10}

export function romanNumber(mark: string): number {
  const code = mark.codePointAt(0) ?? 0
  if (code >= 0x2160 && code <= 0x2169) return code - 0x2160 + 1
  return romans[mark.toLowerCase()] ?? 0
}
