/**
 * Line patterns of the bulletin's frame: masthead, ToC, article titles and
 * article sources (each block type keeps its own in its module,
 * `src/blocks/`). Every expression is anchored and has no nested quantifier
 * over an unbounded run, so a 1 MB line costs linear time.
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
  chineseAfterName: /^(.*?\S)\s*[(（]([^()（）]{1,80})[)）]$/
}

/**
 * Whether a trimmed line is a masthead title (`…제 287호`). The pattern ends in `호`: a line
 * that does not is rejected with one character test, not a run of the pattern (its `.{0,60}`
 * backtracks over every line it is tried on).
 */
export function isMastheadTitle(text: string): boolean {
  return endsAsMastheadTitle(text, text.length) && patterns.mastheadTitle.test(text)
}

/** Whether the character before `end` is the `호` a masthead title ends in (the one test that rules most lines out). */
export function endsAsMastheadTitle(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0xd638
}
