import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {extname} from 'node:path'
import {KicError} from '../errors.js'
import type {TermCategory} from '../terms/types.js'
import {lexiconActions, termCategories, type Lexicon, type LexiconAction, type LexiconRow} from './types.js'
import {pushAll} from '../util/arrays.js'

const columns = ['chinese', 'korean', 'category', 'english', 'note', 'action'] as const
type Column = (typeof columns)[number]

/** Read lexicon files (CSV or TSV, a header row naming the columns) into one lexicon. */
export async function readLexicon(paths: readonly string[]): Promise<Lexicon> {
  const rows: LexiconRow[] = []
  for (const path of paths) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new KicError(`cannot read the lexicon: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
        file: path,
        ruleId: 'lexicon-unreadable',
        hint: 'give the path of a CSV or TSV file with the columns chinese, korean, category, english, note, action'
      })
    }
    pushAll(rows, parseLexicon(text, path))
  }
  return {rows, hash: lexiconHash(rows), files: [...paths]}
}

/** Hash of what the rows say, in order; places and file names do not count. */
export function lexiconHash(rows: readonly LexiconRow[]): string {
  const content = rows.map((row) => [row.action, row.chinese, row.korean, row.category, row.english, row.note])
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}

/** Parse the text of one lexicon file; every bad row is a located error. */
export function parseLexicon(text: string, file: string): LexiconRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const records = splitRecords(source, delimiterOf(source, file))
  const header = records.find((record) => !isSkipped(record.fields))
  if (!header) {
    throw new KicError('the lexicon is empty', {file, ruleId: 'lexicon-header', line: 1, hint: `start with a header row: ${columns.join(',')}`})
  }
  const index = new Map<Column, number>()
  for (const [position, raw] of header.fields.entries()) {
    const name = raw.trim().toLowerCase()
    if (name === '') continue
    if (!(columns as readonly string[]).includes(name)) {
      throw new KicError(`unknown lexicon column \`${raw.trim()}\``, {
        file, ruleId: 'lexicon-header', line: header.line, column: header.columns[position],
        hint: `the columns are ${columns.join(', ')}`
      })
    }
    index.set(name as Column, position)
  }
  if (!index.has('action')) {
    throw new KicError('the lexicon header has no `action` column', {file, ruleId: 'lexicon-header', line: header.line, column: 1, hint: `the columns are ${columns.join(', ')}`})
  }
  if (!index.has('chinese') && !index.has('korean')) {
    throw new KicError('the lexicon header has neither `chinese` nor `korean`', {file, ruleId: 'lexicon-header', line: header.line, column: 1, hint: `the columns are ${columns.join(', ')}`})
  }

  const rows: LexiconRow[] = []
  for (const record of records) {
    if (record === header || record.line < header.line || isSkipped(record.fields)) continue
    const cell = (name: Column): string | null => {
      const position = index.get(name)
      const value = position === undefined ? '' : (record.fields[position] ?? '').trim()
      return value === '' ? null : value
    }
    const place = (name: Column) => ({file, line: record.line, column: record.columns[index.get(name) ?? 0] ?? 1})
    const action = cell('action')?.toLowerCase() ?? null
    if (!action || !(lexiconActions as readonly string[]).includes(action)) {
      throw new KicError(action ? `unknown action \`${cell('action')}\`` : 'the row has no action', {
        ...place('action'), ruleId: 'lexicon-action', hint: `the action is one of ${lexiconActions.join(', ')}`
      })
    }
    const category = cell('category')?.toLowerCase() ?? null
    if (category !== null && !(termCategories as readonly string[]).includes(category)) {
      throw new KicError(`unknown category \`${cell('category')}\``, {...place('category'), ruleId: 'lexicon-category', hint: `the category is one of ${termCategories.join(', ')}, or empty`})
    }
    const row: LexiconRow = {
      chinese: cell('chinese'),
      korean: cell('korean'),
      category: category as TermCategory | null,
      english: cell('english'),
      note: cell('note'),
      action: action as LexiconAction,
      file,
      line: record.line
    }
    if (!row.chinese && !row.korean) {
      throw new KicError('the row has neither Chinese nor Korean', {...place('chinese'), ruleId: 'lexicon-row', hint: 'fill in the term the row is about'})
    }
    if ((row.action === 'prefer' || row.action === 'add') && !(row.chinese && row.korean)) {
      throw new KicError(`\`${row.action}\` needs both Chinese and Korean`, {...place(row.chinese ? 'korean' : 'chinese'), ruleId: 'lexicon-row', hint: 'fill in both sides of the pair'})
    }
    rows.push(row)
  }
  return rows
}

function isSkipped(fields: string[]): boolean {
  return fields.every((field) => field.trim() === '') || (fields[0] ?? '').trimStart().startsWith('#')
}

function delimiterOf(text: string, file: string): string {
  const extension = extname(file).toLowerCase()
  if (extension === '.tsv' || extension === '.tab') return '\t'
  if (extension === '.csv') return ','
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  return first.includes('\t') ? '\t' : ','
}

interface RawRecord {
  fields: string[]
  /** 1-based line where the record starts. */
  line: number
  /** 1-based column where each field starts. */
  columns: number[]
}

/** RFC 4180 records (quoted fields may hold delimiters, quotes `""` and line breaks), one pass. */
function splitRecords(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = []
  let fields: string[] = []
  let starts: number[] = []
  let field = ''
  let line = 1
  let lineStart = 0
  let recordLine = 1
  let fieldStart = 1
  let quoted = false
  let i = 0
  const endField = () => {
    fields.push(field)
    starts.push(fieldStart)
    field = ''
  }
  while (i < text.length) {
    const char = text[i]!
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (char === '\n') {
          line++
          lineStart = i + 1
        }
        field += char
      }
      i++
      continue
    }
    if (char === '"' && field.trim() === '') {
      quoted = true
      field = ''
    } else if (char === delimiter) {
      endField()
      fieldStart = i + 1 - lineStart + 1
    } else if (char === '\n' || char === '\r') {
      endField()
      records.push({fields, line: recordLine, columns: starts})
      if (char === '\r' && text[i + 1] === '\n') i++
      line++
      lineStart = i + 1
      recordLine = line
      fields = []
      starts = []
      fieldStart = 1
    } else {
      field += char
    }
    i++
  }
  if (field !== '' || fields.length > 0) {
    endField()
    records.push({fields, line: recordLine, columns: starts})
  }
  return records
}
