/**
 * Words around a number that qualify it, give its direction of change or the
 * period it is compared with. Sources: 표준국어대사전 entries for the comparison
 * words (이상, 초과, 이하, 미만, 가량 …), the wording of 통계청 / 国家统计局
 * releases for the bases (전년 동기 대비 = 同比, 전월 대비 = 环比 monthly), and
 * the Chinese headline forms (超, 近, 约).
 */
import type { Basis, Change, Qualifier } from '../contract/document.js'

export interface QualifierCue {
  word: string
  qualifier: Qualifier
  /**
   * Only for some figures: ranks (`10위 안`, `20 위권`), calendar figures (`9월부터`,
   * `2008년 이래`) or amounts (`2경 원↑` — after a rate the arrow is a change).
   */
  only?: 'rank' | 'calendar' | 'amount'
  /** A whole word: it must end there (`1위 안` but not `1위에 안착`). */
  whole?: boolean
  /** A change verb right after it makes it the end point of the change, not a bound (`11%까지 높아졌다`). */
  endPoint?: boolean
}

/** After the number and its unit, optionally after a particle (`개가 넘는`, `%를 넘어`). */
export const QUALIFIERS_AFTER: readonly QualifierCue[] = [
  { word: '이상', qualifier: 'gte' },
  { word: '초과', qualifier: 'gt' },
  { word: '넘어', qualifier: 'gt' },
  { word: '넘는', qualifier: 'gt' },
  { word: '넘은', qualifier: 'gt' },
  { word: '넘게', qualifier: 'gt' },
  { word: '넘었', qualifier: 'gt' },
  { word: '넘고', qualifier: 'gt' },
  { word: '넘을', qualifier: 'gt' },
  { word: '넘는다', qualifier: 'gt' },
  { word: '넘으', qualifier: 'gt' },
  { word: '돌파', qualifier: 'gt' },
  { word: '웃돌', qualifier: 'gt' },
  { word: '상회', qualifier: 'gt' },
  { word: '이하', qualifier: 'lte' },
  { word: '이내', qualifier: 'lte' },
  { word: '까지', qualifier: 'lte', endPoint: true },
  { word: '이후', qualifier: 'gte', only: 'calendar', whole: true },
  { word: '이래', qualifier: 'gte', only: 'calendar', whole: true },
  { word: '↑', qualifier: 'gte', only: 'amount' },
  { word: '미만', qualifier: 'lt' },
  { word: '밑돌', qualifier: 'lt' },
  { word: '하회', qualifier: 'lt' },
  { word: '아래', qualifier: 'lt' },
  { word: '정도', qualifier: 'approx' },
  { word: '가량', qualifier: 'approx' },
  { word: '내외', qualifier: 'approx' },
  { word: '안팎', qualifier: 'approx' },
  { word: '남짓', qualifier: 'approx' },
  { word: '가까이', qualifier: 'approx' },
  { word: '가까운', qualifier: 'approx' },
  { word: '가까웠', qualifier: 'approx' },
  { word: '가까워', qualifier: 'approx' },
  { word: '가깝', qualifier: 'approx' },
  { word: '근접', qualifier: 'approx' },
  { word: '육박', qualifier: 'approx' },
  { word: '전후', qualifier: 'approx' },
  { word: '안', qualifier: 'lte', only: 'rank', whole: true },
  { word: '권', qualifier: 'lte', only: 'rank', whole: true },
  { word: '내', qualifier: 'lte', only: 'rank', whole: true },
]

/**
 * `3조원대`, `5%대`: the figure names a bucket (three trillion and some), an
 * approximate value. Only after money, rates and measures — after a count `대`
 * is a counter of its own.
 */
export const BUCKET_SUFFIX = '대'

/** Joins two figures that share a qualifier written after the second (`705만 대와 688만 대에 육박`). */
export const COORDINATORS: readonly string[] = ['와', '과', ',', '、']

/** Most characters of a bracketed conversion skipped to reach a qualifier (`3,000억 위안(약 50조원) 이상`). */
export const CONVERSION_MAX = 40

/** Particles that may stand between a figure and its qualifier. */
export const QUALIFIER_PARTICLES: readonly string[] = ['이', '가', '을', '를', '에', '은', '는']

/** Before the number, as a separate word (`약 3배`, `최대 3만 위안`) or a Chinese prefix. */
export const QUALIFIERS_BEFORE: readonly QualifierCue[] = [
  { word: '약', qualifier: 'approx' },
  { word: '근', qualifier: 'approx' },
  { word: '거의', qualifier: 'approx' },
  { word: '대략', qualifier: 'approx' },
  { word: '대략적으로', qualifier: 'approx' },
  { word: '최소', qualifier: 'gte' },
  { word: '최저', qualifier: 'gte' },
  { word: '최대', qualifier: 'lte' },
  { word: '최고', qualifier: 'lte' },
  { word: '超', qualifier: 'gt' },
  { word: '逾', qualifier: 'gt' },
  { word: '近', qualifier: 'approx' },
  { word: '约', qualifier: 'approx' },
]

/** `여` after the digits (`1,200 여 개`, `40여명`) = "-odd". */
export const APPROX_INFIX = '여'

export interface ChangeCue {
  word: string
  change: Change
  /** Applies to the figure that follows (`성장률 11.2%`) instead of the ones before. */
  forward?: boolean
  /**
   * A Sino-Korean noun (증가, 성장 …): a change only when used as a verb or
   * at the end of a phrase (`증가했다`, `12% 증가,`), not as an object
   * (`성장을 지원`) or inside a compound (`성장 채널`).
   */
  noun?: boolean
}

/** What may follow a noun change cue for it to be a verb (하다/되다 forms, 세 = trend). */
export const CHANGE_VERB_SUFFIXES: readonly string[] = ['하', '했', '해', '한', '할', '함', '합', '되', '됐', '돼', '된', '될', '됨', '세']

/** Most characters between a figure and its change verb (`45 조 위안 이상으로 성장`). */
export const CHANGE_MAX_GAP = 6

export const CHANGE_CUES: readonly ChangeCue[] = [
  { word: '성장률', change: 'increase', forward: true },
  { word: '증가율', change: 'increase', forward: true },
  { word: '증가폭', change: 'increase', forward: true },
  { word: '상승률', change: 'increase', forward: true },
  { word: '감소율', change: 'decrease', forward: true },
  { word: '하락률', change: 'decrease', forward: true },
  { word: '감소폭', change: 'decrease', forward: true },
  { word: '증가', change: 'increase', noun: true },
  { word: '상승', change: 'increase', noun: true },
  { word: '늘어', change: 'increase' },
  { word: '늘었', change: 'increase' },
  { word: '늘린', change: 'increase' },
  { word: '늘려', change: 'increase' },
  { word: '늘며', change: 'increase' },
  { word: '늘고', change: 'increase' },
  { word: '늘면서', change: 'increase' },
  { word: '늘 것', change: 'increase' },
  { word: '확대', change: 'increase', noun: true },
  { word: '성장', change: 'increase', noun: true },
  { word: '급증', change: 'increase', noun: true },
  { word: '급등', change: 'increase', noun: true },
  { word: '증대', change: 'increase', noun: true },
  { word: '상향', change: 'increase', noun: true },
  { word: '올랐', change: 'increase' },
  { word: '올라', change: 'increase' },
  { word: '뛰었', change: 'increase' },
  { word: '높아', change: 'increase' },
  { word: '높였', change: 'increase' },
  { word: '커졌', change: 'increase' },
  { word: '커져', change: 'increase' },
  { word: '불어', change: 'increase' },
  { word: '↑', change: 'increase' },
  { word: '▲', change: 'increase' },
  { word: '增长', change: 'increase' },
  { word: '감소', change: 'decrease', noun: true },
  { word: '하락', change: 'decrease', noun: true },
  { word: '줄어', change: 'decrease' },
  { word: '줄었', change: 'decrease' },
  { word: '줄인', change: 'decrease' },
  { word: '줄이', change: 'decrease' },
  { word: '줄일', change: 'decrease' },
  { word: '축소', change: 'decrease', noun: true },
  { word: '급감', change: 'decrease', noun: true },
  { word: '급락', change: 'decrease', noun: true },
  { word: '떨어', change: 'decrease' },
  { word: '낮아', change: 'decrease' },
  { word: '낮췄', change: 'decrease' },
  { word: '작아', change: 'decrease' },
  { word: '하향', change: 'decrease', noun: true },
  { word: '↓', change: 'decrease' },
  { word: '▼', change: 'decrease' },
  { word: '下降', change: 'decrease' },
]

export interface BasisCue {
  word: string
  basis: Basis
}

export const BASIS_CUES: readonly BasisCue[] = [
  { word: '전년 동기 대비', basis: 'yoy' },
  { word: '전년동기 대비', basis: 'yoy' },
  { word: '전년동기대비', basis: 'yoy' },
  { word: '전년 동기보다', basis: 'yoy' },
  { word: '전년 동기比', basis: 'yoy' },
  { word: '전년 같은 기간 대비', basis: 'yoy' },
  { word: '전년 같은 기간보다', basis: 'yoy' },
  { word: '작년 같은 기간보다', basis: 'yoy' },
  { word: '지난해 같은 기간보다', basis: 'yoy' },
  { word: '지난해 같은 기간에 비해', basis: 'yoy' },
  { word: '전년 같은 기간에 비해', basis: 'yoy' },
  { word: '전년에 비해', basis: 'yoy' },
  { word: '지난해에 비해', basis: 'yoy' },
  { word: '작년에 비해', basis: 'yoy' },
  { word: '지난해 같은 기간 대비', basis: 'yoy' },
  { word: '지난해 동기 대비', basis: 'yoy' },
  { word: '작년 동기 대비', basis: 'yoy' },
  { word: '전년 대비', basis: 'yoy' },
  { word: '전년대비', basis: 'yoy' },
  { word: '전년보다', basis: 'yoy' },
  { word: '작년 대비', basis: 'yoy' },
  { word: '작년보다', basis: 'yoy' },
  { word: '동기 대비', basis: 'yoy' },
  { word: '동기대비', basis: 'yoy' },
  { word: '同比', basis: 'yoy' },
  { word: '전월 대비', basis: 'mom' },
  { word: '전월대비', basis: 'mom' },
  { word: '전월보다', basis: 'mom' },
  { word: '전달 대비', basis: 'mom' },
  { word: '전달보다', basis: 'mom' },
  { word: '전분기 대비', basis: 'qoq' },
  { word: '전 분기 대비', basis: 'qoq' },
  { word: '전분기대비', basis: 'qoq' },
  { word: '전분기보다', basis: 'qoq' },
  { word: '직전 분기 대비', basis: 'qoq' },
]

/** Respectively: the values that follow map onto a list of subjects. */
export const RESPECTIVELY_CUES: readonly string[] = ['각각', '각기']

/** `세계 5대 기업` = the world's top five: an ordinal (≤ 5), not a count of five. */
export const TOP_N_SCOPES: readonly string[] = ['세계', '글로벌', '국내', '아시아', '업계', '전세계']
export const TOP_N_HEADS: readonly string[] = ['기업', '강국', '브랜드', '그룹']

/** `1 인당`, `1 인 평균`, `1대당`: a denominator, not a figure. */
export const PER_UNIT_AFTER: readonly string[] = ['당', ' 당', ' 평균', '평균']

/** `제 2 회`: the number is an ordinal or a reference. */
export const ORDINAL_PREFIX = '제'

/** After a `제 N 차`, the words `M 개년 (계획)` are part of the plan's name (`제14차 5개년 계획`). */
export const PLAN_NAME_COUNTER = '개년'
export const PLAN_NAME_HEAD = '계획'

/** `2012년부터 2021년까지`: the words that join two dates into a range; 까지 alone is a deadline (≤). */
export const RANGE_FROM = '부터'
export const RANGE_TO = '까지'

/** The rank counter (`1위`): the only figures `안`/`권`/`내` qualify. */
export const RANK_COUNTER = '위'
/** `제 14 차`: the ordinal counter of a plan's name. */
export const PLAN_ORDINAL_COUNTER = '차'
/** `세계 5대 기업`: the counter of a top-N rank. */
export const TOP_N_COUNTER = '대'

/** Dashes and tildes that join the two ends of a range (`15만~20만`, `2022 - 2025`). */
export const RANGE_CHARS: readonly string[] = ['~', '∼', '〜', '～', '-', '–', '—']

/** The word that introduces a unit in a table header (`(단위: 억 위안)`). */
export const UNIT_HEADER_WORD = '단위'

/** Words before a bare year/number that mark a model or version name (`RTX 4090`). */
export const VERSION_WORDS: readonly string[] = ['버전', '청사진', 'ver', 'Ver', 'v', 'V']

/** A comma after one of these syllables ends a clause (`면제하고,`, `증가했으며,`). */
export const CLAUSE_END_SYLLABLES: readonly string[] = ['고', '며', '나', '만', '데', '서', '여', '해']

/** Date word after a month or year that narrows it (`4월 말`, `2019년 중반`): kept in the span. */
export const DATE_PART_WORDS: readonly string[] = ['초', '말', '중순', '상순', '하순', '중반', '초반', '후반', '말경']

/**
 * What may follow a bare decimal for it to be an index value (`130.9로`,
 * `103.0 이었다`); anything else (`청사진 2.0>`, `4.0 시대`) is a name or version.
 */
export const INDEX_FOLLOWERS: readonly string[] = [
  '로', '으로', '이었', '였', '이다', '이며', '이고', '이나', '을', '를', '이', '가', '은', '는', '에', '에서', '까지', '보다', '수준',
]

/** After a figure, these mark it as the level reached, not the change (`130.9로 … 2.4% 상승`). */
export const LEVEL_PARTICLES: readonly string[] = ['로', '으로']

/** Words that end a sentence-like window for change and basis cues. */
export const WINDOW_BREAKS: readonly string[] = ['.', '!', '?', '。', '•', '▶', '\n', ';']

/** After a day count, these make it a length of time (`30일 이내`, `3일간`), not a date. */
export const DAY_DURATION_AFTER: readonly string[] = [
  '간', ' 동안', '동안', '째', ' 이내', '이내', ' 만에', '만에', ' 이상', '이상', ' 연속', '여', '마다',
  // `3일에 하나꼴로`, `3일에 한 개씩`: one every N days
  '에 하나', '에 한 ',
]

/**
 * Words before a lone magnitude word that make it a number (`근 만 명`, `약 만 명`):
 * elsewhere a lone 만/억/조 starts an ordinary word (만족, 조건).
 */
export const LONE_MAGNITUDE_AFTER: readonly string[] = ['근', '약', '거의', '무려', '최소', '최대']

/** `4분의 1` = one fourth: the word between denominator and numerator. */
export const FRACTION_WORD = '분의'
