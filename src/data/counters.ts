/**
 * Korean counters (단위성 의존 명사) and calendar words written after a number.
 *
 * Source: the counter list of the 표준국어대사전 (국립국어원) restricted to those
 * seen in economic news, plus calendar nouns (년/월/일/분기) and rank words
 * (위, 등). `role` tells the extractor what the number becomes:
 *   count     a quantity of things (`unit` is the counter itself)
 *   ordinal   a rank or order (`제 2 회`, `1 위`, `첫 번째`)
 *   duration  a length of time (`unit` normalised: 년 | 개월 | 일 | 시간)
 *   year | month | day | quarter   calendar parts, assembled into dates
 *   reference a number that names something (`제 287 호`) — not a figure
 */
export type CounterRole =
  | 'count'
  | 'ordinal'
  | 'duration'
  | 'year'
  | 'month'
  | 'day'
  | 'quarter'
  | 'reference'

export interface CounterEntry {
  word: string
  role: CounterRole
  /** Normalised unit; defaults to `word`. */
  unit?: string
  /** Only when written right after the digits, without a space (`1등`, `5스타`). */
  glued?: boolean
  /** With a leading 제 the number is an ordinal (`제 2 회`), without it a count. */
  ordinalWithJe?: boolean
}

export const COUNTERS: readonly CounterEntry[] = [
  // calendar
  { word: '년', role: 'year' },
  { word: '개년', role: 'duration', unit: '년' },
  { word: '개월', role: 'duration', unit: '개월' },
  { word: '달', role: 'duration', unit: '개월' },
  { word: '월', role: 'month' },
  { word: '일', role: 'day' },
  { word: '분기', role: 'quarter' },
  { word: '시간', role: 'duration', unit: '시간' },
  // things
  { word: '개사', role: 'count' },
  { word: '개 사', role: 'count', unit: '개사' },
  { word: '개국', role: 'count' },
  { word: '개소', role: 'count' },
  { word: '개', role: 'count' },
  { word: '명', role: 'count' },
  { word: '인', role: 'count' },
  { word: '대', role: 'count', ordinalWithJe: true },
  { word: '건', role: 'count' },
  { word: '곳', role: 'count' },
  { word: '군데', role: 'count' },
  { word: '가지', role: 'count' },
  { word: '가구', role: 'count' },
  { word: '세대', role: 'count' },
  { word: '부분', role: 'count' },
  { word: '단계', role: 'count' },
  { word: '자', role: 'count' },
  { word: '기', role: 'count', ordinalWithJe: true },
  { word: '척', role: 'count' },
  { word: '편', role: 'count' },
  { word: '종', role: 'count' },
  { word: '채', role: 'count' },
  { word: '마리', role: 'count' },
  { word: '그루', role: 'count' },
  { word: '권', role: 'count' },
  { word: '층', role: 'count' },
  { word: '차례', role: 'count' },
  { word: '번째', role: 'ordinal' },
  { word: '번', role: 'count' },
  { word: '회', role: 'count', ordinalWithJe: true },
  // ranks and orders
  { word: '차', role: 'ordinal' },
  { word: '위', role: 'ordinal' },
  { word: '등상', role: 'ordinal', glued: true },
  { word: '등급', role: 'ordinal', glued: true },
  { word: '등', role: 'ordinal', glued: true },
  { word: '스타', role: 'ordinal', glued: true },
  { word: '성급', role: 'ordinal', glued: true },
  // names, not figures
  { word: '호', role: 'reference' },
  { word: '항', role: 'reference' },
  { word: '절', role: 'reference' },
]

/**
 * What may follow a Hangul unit or counter inside the same word: particles,
 * copulas and the suffixes that keep the number a figure (간, 여, 째 …). A
 * counter followed by any other syllable is part of a longer word (`3 대학`).
 * Source: 표준국어대사전 조사 list, trimmed to the forms seen after numbers.
 */
export const COUNTER_FOLLOWERS: readonly string[] = [
  '이', '가', '을', '를', '은', '는', '의', '에', '로', '으로', '와', '과', '도', '만', '씩',
  '째', '간', '여', '까지', '부터', '보다', '대비', '당', '쯤', '께', '경', '말', '초', '중', '상반', '하반',
  '이상', '이하', '이내', '초과', '미만', '정도', '가량', '내외', '안팎', '남짓', '동안', '짜리', '어치',
  '였', '이었', '이며', '이고', '이다', '인데', '이나', '에서', '권', '내', '안', '연속', '래',
  '으며', '이므로', '며', '라', '다', '인', '임', '에도', '엔', '이란', '이라', '이자', '뿐', '마다',
]

/** Units of a length of time read from a calendar counter (`8 년 연속`, `3일간`). */
export const YEAR_DURATION_UNIT = '년'
export const DAY_DURATION_UNIT = '일'
