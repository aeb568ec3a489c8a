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

/**
 * Words that never join the Korean side of a Korean(English) pair when reading backwards:
 * time words, adverbs, determiners and quantities, and countries before a name
 * (`4월 리샹원(ONE)`, `곧장 신규 기업공개(IPO)`, `미국 전기차(EV)`). Words with digits or
 * Chinese characters, and words ending a clause, stop it too.
 */
export const KOREAN_ENGLISH_STOP_WORDS = new Set([
  '올해', '작년', '지난해', '내년', '지난', '이번', '오늘', '현재', '최근', '당시', '향후', '앞으로', '이미', '곧', '곧장',
  '바로', '다시', '또', '또한', '특히', '먼저', '즉', '더', '가장', '매우', '아직', '모두', '함께', '새로', '신규', '새',
  '약', '총', '각', '모든', '이', '그', '저', '여러', '일부', '전체', '해당', '자사', '자체', '중국', '미국', '한국',
  '일본', '유럽', '글로벌', '세계', '국내', '해외', '현지', '최대', '최고', '최초', '대표', '대형', '주요', '첫',
  '업체', '기업', '회사', '브랜드', '스타트업', '그룹',
])

/** Last syllables of a sentence-final verb (`…했다`, `…해요`): such a word ends a clause. */
export const CLAUSE_FINAL_SYLLABLES = '다요'

/**
 * What separates the items of a list of names, in Korean before a bracket (`대중창업, 만중혁신(…)`)
 * and in Chinese inside one (`大衆創業, 萬衆創新`): comma, full-width comma, ideographic comma.
 */
export const TERM_LIST_SEPARATORS: ReadonlySet<string> = new Set([',', '，', '、'])

/** Particles that may sit between a bracket and the next word (`(王健)은 회장`). */
export const PARTICLES_AFTER_BRACKET = '은는이가의도와과을를'

/** Label of an editor's note line (`(*양화융합 편집자 주: 两化融合, …)`). */
export const EDITOR_NOTE_LABEL = '편집자 주'

/** Counter after an age in a bracket (`(彭淸華, 61세)`). */
export const AGE_SUFFIX = '세'

/**
 * Labels before the parts of a bracket (`(중국어 간체자: 鸿蒙, 정체자: 鴻蒙, 병음: Hóngméng,
 * 영어: Harmony OS)`, `(鴻蒙·영어명 Harmony)`), by what the part they label is.
 */
export const BRACKET_LABELS: Readonly<Record<'simplified' | 'chinese' | 'pinyin' | 'english', readonly string[]>> = {
  simplified: ['중국어 간체자', '간체자', '간체', '중국어 간체'],
  chinese: ['중국어', '중국명', '중국어명', '한자', '정체자', '번체자', '번체', '원어'],
  pinyin: ['병음', '한어병음'],
  english: ['영어', '영어명', '영문명', '영문', '영어 이름', '영문 이름'],
}

/**
 * Clause endings that also end many names (화웨이, 상하이, 하이난): on a Korean(English) pair
 * whose English has several words, a word ending so may still join the Korean side
 * (`화웨이 개발자 컨퍼런스 (Huawei Developers Conference)`).
 */
export const NAME_LIKE_ENDINGS: readonly string[] = ['이', '가', '도', '서', '만']
