import {createHash} from 'node:crypto'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {KicError} from './errors.js'
import {decode} from './io/decode.js'
import {readInput} from './io/read-input.js'
import {normaliseIdeographs} from './io/ideographs.js'
import {isPdf, isPdfName} from './io/pdf-magic.js'
import {isBlank} from './util/text.js'
import type {KicDocument, SourceInfo} from './emit/document.js'
import type {Root} from './tree/types.js'
import type {LexiconRow} from './lexicon/types.js'
import kicParse from './plugins/parse.js'
import kicRepair from './plugins/repair.js'
import kicStructure from './plugins/structure.js'
import kicLang from './plugins/lang.js'
import kicTerms from './plugins/terms.js'
import kicFigures from './plugins/figures.js'
import kicDocument from './plugins/document.js'

export interface ProcessOptions {
  /** `auto`, `utf-8`, `utf-16le`, `utf-16be`, `euc-kr`, `cp949`. */
  encoding?: string
  /** Run term extraction (default true). */
  terms?: boolean
  /** Run figure extraction (default true). */
  figures?: boolean
  /** Input format: `text` (default; `.md`/`.markdown` files are `md`) or `md`. PDFs are known by their bytes. */
  from?: InputFormat
  /** The user's corrections to term pairs (see src/lexicon). */
  lexicon?: readonly LexiconRow[] | null
}

export type InputFormat = 'text' | 'md'

/** The format of an input: `options.from` if given, else by extension. */
export function inputFormat(path: string, from?: string): InputFormat {
  if (from === 'md' || from === 'markdown') return 'md'
  if (from === 'text' || from === 'txt') return 'text'
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path) ? 'md' : 'text'
}

/** The parser plugin for a format; remark loads only for Markdown. */
async function parserFor(format: InputFormat): Promise<typeof kicParse> {
  if (format === 'md') return (await import('./plugins/parse-markdown.js')).default
  return kicParse
}

export interface Processed {
  document: KicDocument
  file: VFile
}

/** The processor: parse → repair → structure → language → terms → figures → document. */
export function createProcessor(options: ProcessOptions = {}, parser: typeof kicParse = kicParse) {
  return unified()
    .use(parser)
    .use(kicRepair)
    .use(kicStructure)
    .use(kicLang)
    .use(kicTerms, {enabled: options.terms !== false, lexicon: options.lexicon})
    .use(kicFigures, {enabled: options.figures !== false})
    .use(kicDocument)
}

/** Decode and process the bytes of one input. Throws `KicError` for input that cannot be a bulletin. */
export async function processBytes(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<Processed> {
  if (bytes.length === 0) {
    throw new KicError('the file is empty', {file: path, ruleId: 'input-empty', hint: 'give the text of an issue'})
  }
  if (isPdf(bytes)) return processPdf(bytes, path, options)
  if (isPdfName(path) && !options.from) {
    throw new KicError('named .pdf but is not a PDF: it does not start with `%PDF-`', {
      file: path,
      ruleId: 'pdf-not-pdf',
      line: 1,
      column: 1,
      hint: 'give the PDF itself; if this is text extracted from it, name it .txt (or pass --from text)'
    })
  }
  const decoded = decode(bytes, path, options.encoding)
  if (onlyWhitespace(decoded.text)) {
    throw new KicError('the file holds only whitespace', {file: path, ruleId: 'input-empty', hint: 'give the text of an issue'})
  }
  const source: SourceInfo = {
    path,
    bytes: bytes.length,
    sha256: sha256(bytes),
    encoding: decoded.encoding,
    bom: decoded.bom,
    newline: decoded.newline
  }
  const format = inputFormat(path, options.from)
  if (format === 'md') (await import('./markdown/limits.js')).checkMarkdownSize(decoded.text, path)
  const file = textFile(decoded.text, path, source)
  const parser = await parserFor(format)
  const processed = await createProcessor(options, parser).process(file)
  return {document: processed.result as KicDocument, file: processed}
}

/** Blank apart from line ends (stops at the first other character, so it costs nothing on a real issue). */
function onlyWhitespace(text: string): boolean {
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    if (!isBlank(text.slice(start, index))) return false
    start = index + 1
  }
  return true
}

/** A PDF: text rebuilt from positions (PDF.js loads here only), then the same pipeline; records get page and box. */
async function processPdf(bytes: Uint8Array, path: string, options: ProcessOptions): Promise<Processed> {
  const {extractPdf} = await import('./pdf/extract.js')
  const pdf = await extractPdf(bytes, path)
  if (isBlank(pdf.text.replace(/\n/g, ''))) {
    throw new KicError('the PDF has text only in its page headers and footers', {
      file: path,
      ruleId: 'pdf-no-text',
      hint: 'the body is an image: run OCR first (e.g. `ocrmypdf in.pdf out.pdf`), or give the extracted text'
    })
  }
  const source: SourceInfo = {path, bytes: bytes.length, sha256: sha256(bytes), encoding: 'utf-8', bom: false, newline: 'lf', format: 'pdf', pages: pdf.pages}
  const file = textFile(pdf.text, path, source)
  const {describePdfFurniture, describeRotated} = await import('./pdf/report.js')
  for (const group of pdf.furniture) file.info(describePdfFurniture(group), {ruleId: 'page-furniture', source: 'kic'})
  if (pdf.rotated.length > 0) file.message(describeRotated(pdf.rotated), {ruleId: 'pdf-rotated-text', source: 'kic'})
  const processed = await createProcessor(options, kicParse).process(file)
  const document = processed.result as KicDocument
  const {attachPages} = await import('./emit/pages.js')
  attachPages(document, pdf.sources)
  return {document, file: processed}
}

/** The vfile of a decoded text, its compatibility ideographs normalised (and reported). */
function textFile(text: string, path: string, source: SourceInfo): VFile {
  const ideographs = normaliseIdeographs(text)
  const file = new VFile({path, value: ideographs.text, data: {source}})
  if (ideographs.count > 0) {
    const place = location(ideographs.text).toPoint(ideographs.first)
    file.info(
      `normalised ${ideographs.count} Kangxi radical${ideographs.count === 1 ? '' : 's'} or compatibility ideograph${ideographs.count === 1 ? '' : 's'} to unified ideographs (${ideographs.examples.join(', ')})`,
      {place, ruleId: 'cjk-compatibility', source: 'kic'}
    )
  }
  return file
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Read (`-` for stdin), decode and process one input. */
export async function processPath(path: string, options: ProcessOptions = {}): Promise<Processed> {
  const input = await readInput(path)
  return processBytes(input.bytes, input.path, options)
}

export type {Root}
