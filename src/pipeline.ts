import {createHash} from 'node:crypto'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {KicError} from './errors.js'
import {decode} from './io/decode.js'
import {readInput} from './io/read-input.js'
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
  /** Input format: `text` (default; `.md`/`.markdown` files are `md`) or `md`. */
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
  const decoded = decode(bytes, path, options.encoding)
  if (isBlank(decoded.text.replace(/[\r\n]/g, ''))) {
    throw new KicError('the file holds only whitespace', {file: path, ruleId: 'input-empty', hint: 'give the text of an issue'})
  }
  const source: SourceInfo = {
    path,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    bom: decoded.bom,
    newline: decoded.newline
  }
  const file = new VFile({path, value: decoded.text, data: {source}})
  const format = inputFormat(path, options.from)
  if (format === 'md') (await import('./markdown/limits.js')).checkMarkdownSize(decoded.text, path)
  const parser = await parserFor(format)
  const processed = await createProcessor(options, parser).process(file)
  return {document: processed.result as KicDocument, file: processed}
}

/** Read (`-` for stdin), decode and process one input. */
export async function processPath(path: string, options: ProcessOptions = {}): Promise<Processed> {
  const input = await readInput(path)
  return processBytes(input.bytes, input.path, options)
}

export type {Root}
