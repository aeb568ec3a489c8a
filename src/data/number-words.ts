/**
 * Korean (and Chinese) number words.
 *
 * Source: 표준국어대사전 수사 entries (고유어 하나…열, 한자어 일…조) and the
 * Chinese numerals 十百千万亿 used in quoted Chinese headlines.
 */

/** Multipliers that group digits by four (만 = 10⁴). Consecutive ones multiply (`万亿` = 10¹²). */
export const BIG_MULTIPLIERS: Readonly<Record<string, number>> = {
  만: 1e4,
  억: 1e8,
  조: 1e12,
  경: 1e16,
  万: 1e4,
  亿: 1e8,
  萬: 1e4,
  億: 1e8,
}

/** Multipliers inside a four-digit group (`2천억`, `5천 명`). */
export const SMALL_MULTIPLIERS: Readonly<Record<string, number>> = {
  십: 10,
  백: 100,
  천: 1000,
  十: 10,
  百: 100,
  千: 1000,
}

/** Chinese digits 〇 to 九 and 十 (ten), for simple numerals in a Chinese term (`十四五`). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
}

/** Sino-Korean digits, read only when a multiplier follows (`삼천억`, `백 억`). */
export const SINO_DIGITS: Readonly<Record<string, number>> = {
  일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9,
}

/**
 * Native cardinals (관형사 forms), read only as a separate word followed by a
 * counter (`두 개`, `세 곳`, `한 달`).
 */
export const NATIVE_CARDINALS: Readonly<Record<string, number>> = {
  한: 1, 두: 2, 세: 3, 석: 3, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10,
  스무: 20, 서른: 30, 마흔: 40, 쉰: 50,
}

/** Counters that native cardinals combine with. */
export const NATIVE_COUNTERS: readonly string[] = [
  '개', '명', '가지', '곳', '군데', '대', '번째', '달', '시간', '차례', '부분', '권', '마리', '그루', '채', '척', '배',
]

export interface NumberWordEntry {
  word: string
  value: number
  kind: 'count' | 'duration' | 'ordinal'
  unit: string | null
  /**
   * A weak reading (`하나의` is often just "a"): kept only when the same text
   * also has a count written with a counter.
   */
  weak?: boolean
}

/** Whole words that are numbers by themselves. */
export const NUMBER_WORDS: readonly NumberWordEntry[] = [
  { word: '양일', value: 2, kind: 'duration', unit: '일' },
  { word: '양대', value: 2, kind: 'count', unit: '대' },
  { word: '하루', value: 1, kind: 'duration', unit: '일' },
  { word: '이틀', value: 2, kind: 'duration', unit: '일' },
  { word: '사흘', value: 3, kind: 'duration', unit: '일' },
  { word: '나흘', value: 4, kind: 'duration', unit: '일' },
  { word: '닷새', value: 5, kind: 'duration', unit: '일' },
  { word: '열흘', value: 10, kind: 'duration', unit: '일' },
  { word: '첫 번째', value: 1, kind: 'ordinal', unit: null },
  { word: '첫번째', value: 1, kind: 'ordinal', unit: null },
  { word: '첫째', value: 1, kind: 'ordinal', unit: null },
  { word: '둘째', value: 2, kind: 'ordinal', unit: null },
  { word: '셋째', value: 3, kind: 'ordinal', unit: null },
  { word: '넷째', value: 4, kind: 'ordinal', unit: null },
  { word: '하나의', value: 1, kind: 'count', unit: '개', weak: true },
]
