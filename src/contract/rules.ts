/**
 * Every rule id kic reports, with its severity and what it means: one list
 * for the code (`RuleId` is the type of every `ruleId`), the README and the
 * tests. A new rule is a line here.
 */
export type Severity = 'error' | 'warning' | 'info'

export const rules = {
  // Input that cannot be processed (exit 1; `failed` in a batch).
  'input-missing': {severity: 'error', description: 'the input does not exist'},
  'input-directory': {severity: 'error', description: 'the input is a directory, not a file'},
  'input-unreadable': {severity: 'error', description: 'the input cannot be read'},
  'input-empty': {severity: 'error', description: 'the input is empty or holds only whitespace'},
  'input-binary': {severity: 'error', description: 'the input is binary data, not text'},
  'input-json': {severity: 'error', description: '`kic export` was given JSON that is not a kic document'},
  'pdf-not-pdf': {severity: 'error', description: 'a file named or given as PDF that is not one'},
  'pdf-truncated': {severity: 'error', description: 'a PDF cut short (no end-of-file marker or cross-reference table)'},
  'pdf-damaged': {severity: 'error', description: 'a PDF whose structure PDF.js cannot read'},
  'pdf-encrypted': {severity: 'error', description: 'a PDF protected by a password'},
  'pdf-no-text': {severity: 'error', description: 'a PDF with no text layer in its body (an image: run OCR first)'},
  'config-unreadable': {severity: 'error', description: 'the configuration file (`kic.config.json` or `--config`) cannot be read'},
  'config-json': {severity: 'error', description: 'the configuration file is not valid JSON'},
  'config-lexicon': {severity: 'error', description: 'the configuration names a lexicon in a form kic does not read'},
  'lexicon-unreadable': {severity: 'error', description: 'the lexicon file cannot be read'},
  'lexicon-header': {severity: 'error', description: 'the lexicon header lacks a needed column or has an unknown one'},
  'lexicon-action': {severity: 'error', description: 'a lexicon row with an action other than prefer, add, reject, keep-form'},
  'lexicon-category': {severity: 'error', description: 'a lexicon row with a category kic does not know'},
  'lexicon-row': {severity: 'error', description: 'a lexicon row missing what its action needs'},
  'search-database': {severity: 'error', description: '`kic search` was given no archive database, or one it cannot read'},
  'encoding-unknown': {severity: 'error', description: 'the encoding asked for is not one kic reads'},
  'encoding-invalid': {severity: 'error', description: 'the bytes are not valid in the encoding'},
  'markdown-too-large': {severity: 'error', description: 'a Markdown input beyond what the Markdown reader handles in bounded time'},
  'input-too-large': {severity: 'error', description: 'an input that needs more memory than a batch worker may use'},
  'input-report': {severity: 'error', description: '`kic report` was given a folder that is not a `kic batch` output'},
  'markdown-too-deep': {severity: 'error', description: 'Markdown nested deeper (lists, quotes) than the Markdown reader handles in bounded time'},
  'markdown-too-wide': {severity: 'error', description: 'a Markdown table or line wider than the Markdown reader handles in bounded time'},
  'output-unwritable': {severity: 'error', description: 'an output file cannot be written'},
  'output-report': {severity: 'error', description: 'the `kic report` output is a file, or a non-empty folder that is not a kic report'},
  'internal-error': {severity: 'error', description: 'a defect in kic (please report the input)'},
  // Found odd or repaired while parsing.
  'no-masthead': {severity: 'warning', description: 'no masthead: read as generic sections and paragraphs'},
  'masthead-date': {severity: 'warning', description: 'the masthead date is missing or not a calendar date'},
  'page-furniture': {severity: 'info', description: 'running headers, footers or page numbers removed from the body'},
  'pdf-rotated-text': {severity: 'warning', description: 'text set at an angle in a PDF, left out of the body'},
  'cjk-compatibility': {severity: 'info', description: 'Kangxi radicals or compatibility ideographs normalised to unified ideographs'},
  'several-issues': {severity: 'warning', description: 'a second masthead: the file seems to hold more than one issue'},
  'page-break-join': {severity: 'info', description: 'a word split across a page break was rejoined'},
  'heading-sequence': {severity: 'warning', description: 'a heading number out of sequence'},
  'article-sequence': {severity: 'warning', description: 'an article number out of sequence'},
  'caption-duplicate': {severity: 'warning', description: 'a caption number used twice'},
  'caption-format': {severity: 'info', description: 'a caption written irregularly (`사진 1` without `)`)'},
  'toc-unlinked': {severity: 'warning', description: 'a table of contents entry with no article in the body'},
  'toc-title-mismatch': {severity: 'warning', description: 'a table of contents title that differs from the article title'},
  'toc-missing-article': {severity: 'info', description: 'an article that is not in the table of contents'},
  'figure-out-of-range': {severity: 'warning', description: 'a figure whose number is out of range (not recorded)'}
} as const satisfies {[id: string]: {severity: Severity; description: string}}

export type RuleId = keyof typeof rules

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(rules, value)
}
