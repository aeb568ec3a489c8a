/**
 * Characters that end the Korean side of a pair when reading backwards from the bracket, and
 * limits of the window. Spaces, hyphens inside words and `&` do not end it.
 */

/** A Korean side never crosses these (sentence and list punctuation, brackets, quotes). */
export const TERM_LEFT_DELIMITERS = new Set([
  ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '<', '>', '《', '》', '〈', '〉', '「', '」', '『', '』',
  '【', '】', "'", '"', '‘', '’', '“', '”', '/', '•', '·', '…', '—', '–', '=', '*', '|', '\t', '\n', '\r', '，', '。',
  '、', '：', '；', '（', '）', '［', '］', '○', '●', '▶', '▷', '■', '□', '◆', '※', '~', '→', '・',
])

/** Opening marks of quotes and titles; a closing one right before the bracket delimits the Korean side. */
export const TERM_QUOTE_PAIRS: Readonly<Record<string, string>> = {
  "'": "'", '"': '"', '’': '‘', '”': '“', '>': '<', '》': '《', '〉': '〈', '」': '「', '』': '『',
}

/** Most words a Korean side may span, and most characters of the window. */
export const TERM_MAX_WORDS = 8
export const TERM_MAX_WINDOW = 64

/** Units in a Korean(English) pair: a short lower-case token in brackets is one of these, not a pair. */
export const NON_TERM_ENGLISH = new Set([
  'kg', 'km', 'cm', 'mm', 'g', 'm', 'ha', 'mg', 'ml', 'l', 'kwh', 'mw', 'gw', 'ton', 'usd', 'rmb', 'cny', 'krw',
  'p', 'pp', 'etc', 'e.g', 'i.e', 'vs',
])

/** Words that end a Korean(English) side read backwards: they close a clause (은/는/을/를 …). */
export const KOREAN_CLAUSE_ENDINGS: readonly string[] = [
  '은', '는', '을', '를', '이', '가', '의', '에', '에서', '에게', '와', '과', '도', '로', '으로', '고', '며', '면',
  '지만', '하여', '해', '한', '된', '던', '인', '적', '등', '다', '서', '까지', '부터', '만', '께',
]
