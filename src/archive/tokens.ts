/**
 * Search tokens, made by kic rather than by SQLite so any SQLite (Python's,
 * DuckDB's, the command line's) can use the index: runs of Han, Hangul and
 * kana become overlapping bigrams (`텐센트의` → `텐센 센트 트의`; a lone
 * character stays itself), other runs of letters and digits become lower-case
 * words. A query is tokenised the same way and matched as a phrase, so
 * `텐센트` finds `텐센트의` and `腾讯` finds `腾讯控股`.
 */
import {isAsciiAlphanumeric, isHan, isHangul, isKana} from '../util/chars.js'
import {isLetterOrNumber} from '../util/unicode-class.js'

/** Han (with extensions and compatibility), Hangul syllables and jamo, kana (code points). */
function isCjk(code: number): boolean {
  return isHangul(code) || isHan(code) || isKana(code)
}

function isWord(code: number): boolean {
  return code < 0x80 ? isAsciiAlphanumeric(code) : isLetterOrNumber(code)
}

/** Text as search compares it: NFKC (full-width Latin → ASCII), lower case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

export function searchTokens(text: string): string[] {
  const tokens: string[] = []
  const normalized = normalizeForSearch(text)
  let previous = '' // the last CJK character of the current run ('' outside a run)
  let runLength = 0
  let word = ''
  const endRun = () => {
    if (runLength === 1) tokens.push(previous)
    previous = ''
    runLength = 0
  }
  for (let i = 0; i < normalized.length; ) {
    const code = normalized.codePointAt(i)!
    const char = code > 0xffff ? normalized.slice(i, i + 2) : normalized[i]!
    i += char.length
    if (isCjk(code)) {
      if (word) {
        tokens.push(word)
        word = ''
      }
      if (runLength > 0) tokens.push(previous + char)
      previous = char
      runLength++
    } else {
      if (runLength > 0) endRun()
      if (isWord(code)) word += char
      else if (word) {
        tokens.push(word)
        word = ''
      }
    }
  }
  if (runLength > 0) endRun()
  if (word) tokens.push(word)
  return tokens
}

/** The index column's text: tokens separated by spaces (SQLite's `ascii` tokenizer splits on them). */
export function indexText(text: string): string {
  return searchTokens(text).join(' ')
}

/**
 * An FTS5 query for a search: every token of the query (the index keeps no
 * positions, so the caller checks each candidate's text), or null when the
 * query has no token that can use the index (a single Han or Hangul
 * character, which only a scan finds). A final Latin word is a prefix
 * (`AI` finds `AIGC`); a Latin word is found from its start, not inside
 * another word (`AI` in `OpenAI`).
 */
export function matchQuery(query: string): string | null {
  const tokens = [...new Set(searchTokens(query))]
  if (tokens.length === 0) return null
  const cjkToken = (token: string) => isCjk(token.codePointAt(0)!)
  if (tokens.some((token) => cjkToken(token) && [...token].length === 1)) return null
  const last = tokens[tokens.length - 1]!
  return tokens.map((token) => '"' + token.replace(/"/g, '""') + '"' + (token === last && !cjkToken(last) ? '*' : '')).join(' AND ')
}
