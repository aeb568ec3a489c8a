/**
 * Search tokens, made by kic rather than by SQLite so any SQLite (Python's,
 * DuckDB's, the command line's) can use the index: runs of Han, Hangul and
 * kana become overlapping bigrams (`텐센트의` → `텐센 센트 트의`; a lone
 * character stays itself), other runs of letters and digits become lower-case
 * words. A query is tokenised the same way and matched as a phrase, so
 * `텐센트` finds `텐센트의` and `腾讯` finds `腾讯控股`.
 */

/** Han (with extensions and compatibility), Hangul syllables and jamo, kana. */
const cjk = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u
const word = /[\p{L}\p{N}]/u

/** Text as search compares it: NFKC (full-width Latin → ASCII), lower case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

export function searchTokens(text: string): string[] {
  const tokens: string[] = []
  const chars = [...normalizeForSearch(text)]
  let i = 0
  while (i < chars.length) {
    const char = chars[i]!
    if (cjk.test(char)) {
      let j = i + 1
      while (j < chars.length && cjk.test(chars[j]!)) j++
      if (j - i === 1) tokens.push(char)
      else for (let k = i; k < j - 1; k++) tokens.push(chars[k]! + chars[k + 1]!)
      i = j
    } else if (word.test(char)) {
      let j = i + 1
      while (j < chars.length && word.test(chars[j]!) && !cjk.test(chars[j]!)) j++
      tokens.push(chars.slice(i, j).join(''))
      i = j
    } else {
      i++
    }
  }
  return tokens
}

/** The index column's text: tokens separated by spaces (SQLite's `ascii` tokenizer splits on them). */
export function indexText(text: string): string {
  return searchTokens(text).join(' ')
}

/**
 * An FTS5 query for a search: the tokens as one phrase, or null when the
 * query has no token that can use the index (a single Han or Hangul
 * character, which only a scan finds). A final Latin word is a prefix
 * (`AI` finds `AIGC`); a Latin word is found from its start, not inside
 * another word (`AI` in `OpenAI`).
 */
export function matchQuery(query: string): string | null {
  const tokens = searchTokens(query)
  if (tokens.length === 0) return null
  if (tokens.some((token) => [...token].length === 1 && cjk.test(token))) return null
  const last = tokens[tokens.length - 1]!
  return '"' + tokens.map((token) => token.replace(/"/g, '""')).join(' ') + '"' + (cjk.test(last) ? '' : ' *')
}
