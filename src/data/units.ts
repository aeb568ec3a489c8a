/**
 * Units of measure written after (or, for currency signs, before) a number.
 *
 * Sources: ISO 4217 currency codes; the Korean names used by the Bank of Korea
 * exchange-rate tables (위안, 달러, 유로, 엔, 홍콩달러 …) and their Chinese
 * spellings as they appear in quoted headlines (元, 美元, 港元 …); SI / IEC
 * symbols for measures with the Korean loan-word spellings used in the press
 * (헥타르, 기가와트, 테라바이트 …). A new unit is one line here.
 *
 * `latin` entries are matched case-sensitively and must not be followed by
 * another Latin letter (so `5G` is not `5 G…`).
 */
import type { FigureKind } from '../contract/document.js'

export interface UnitEntry {
  /** Surface form after the number. */
  word: string
  /** Normalised unit: ISO 4217 code, `%`, `%p`, `pt` or a measure symbol. */
  unit: string
  kind: FigureKind
}

export const CURRENCY_WORDS: readonly UnitEntry[] = [
  { word: '위안화', unit: 'CNY', kind: 'money' },
  { word: '위안', unit: 'CNY', kind: 'money' },
  // spelling variants seen in the press (외래어 표기법 gives 위안)
  { word: '위엔화', unit: 'CNY', kind: 'money' },
  { word: '위엔', unit: 'CNY', kind: 'money' },
  { word: '인민폐', unit: 'CNY', kind: 'money' },
  { word: '元', unit: 'CNY', kind: 'money' },
  { word: '人民币', unit: 'CNY', kind: 'money' },
  { word: 'RMB', unit: 'CNY', kind: 'money' },
  { word: 'CNY', unit: 'CNY', kind: 'money' },
  { word: '홍콩달러', unit: 'HKD', kind: 'money' },
  { word: '홍콩 달러', unit: 'HKD', kind: 'money' },
  { word: '港元', unit: 'HKD', kind: 'money' },
  { word: '港币', unit: 'HKD', kind: 'money' },
  { word: 'HKD', unit: 'HKD', kind: 'money' },
  { word: '대만달러', unit: 'TWD', kind: 'money' },
  { word: '新台币', unit: 'TWD', kind: 'money' },
  { word: '싱가포르달러', unit: 'SGD', kind: 'money' },
  { word: '달러', unit: 'USD', kind: 'money' },
  { word: '美元', unit: 'USD', kind: 'money' },
  { word: 'USD', unit: 'USD', kind: 'money' },
  { word: '유로', unit: 'EUR', kind: 'money' },
  { word: '欧元', unit: 'EUR', kind: 'money' },
  { word: 'EUR', unit: 'EUR', kind: 'money' },
  { word: '엔화', unit: 'JPY', kind: 'money' },
  { word: '엔', unit: 'JPY', kind: 'money' },
  { word: '日元', unit: 'JPY', kind: 'money' },
  { word: 'JPY', unit: 'JPY', kind: 'money' },
  { word: '원화', unit: 'KRW', kind: 'money' },
  { word: '원', unit: 'KRW', kind: 'money' },
  { word: '韩元', unit: 'KRW', kind: 'money' },
  { word: 'KRW', unit: 'KRW', kind: 'money' },
  { word: '파운드', unit: 'GBP', kind: 'money' },
  { word: '英镑', unit: 'GBP', kind: 'money' },
  { word: '루블', unit: 'RUB', kind: 'money' },
  { word: '루피', unit: 'INR', kind: 'money' },
]

/** Currency signs written before the number (`$5`, `US$ 3억`). ¥ is yuan in a China bulletin. */
export const CURRENCY_PREFIXES: readonly UnitEntry[] = [
  { word: 'US$', unit: 'USD', kind: 'money' },
  { word: 'HK$', unit: 'HKD', kind: 'money' },
  { word: '$', unit: 'USD', kind: 'money' },
  { word: '€', unit: 'EUR', kind: 'money' },
  { word: '£', unit: 'GBP', kind: 'money' },
  { word: '₩', unit: 'KRW', kind: 'money' },
  { word: '¥', unit: 'CNY', kind: 'money' },
  { word: '￥', unit: 'CNY', kind: 'money' },
]

export const RATE_UNITS: readonly UnitEntry[] = [
  { word: '%포인트', unit: '%p', kind: 'percentage_point' },
  { word: '% 포인트', unit: '%p', kind: 'percentage_point' },
  { word: '%p', unit: '%p', kind: 'percentage_point' },
  { word: '%P', unit: '%p', kind: 'percentage_point' },
  { word: '％p', unit: '%p', kind: 'percentage_point' },
  { word: '퍼센트포인트', unit: '%p', kind: 'percentage_point' },
  { word: '%', unit: '%', kind: 'percent' },
  { word: '％', unit: '%', kind: 'percent' },
  { word: '퍼센트', unit: '%', kind: 'percent' },
  // after a share in the same sentence `포인트` is percentage points (`27.7%로 … 6.9포인트 증가`)
  { word: '포인트', unit: 'pt', kind: 'index' },
  { word: '배', unit: '', kind: 'ratio' },
]

/** `포인트` after a share in the same sentence is percentage points: the unit it becomes. */
export const INDEX_POINT_UNIT = 'pt'
export const PERCENTAGE_POINT_UNIT = '%p'

export const MEASURE_UNITS: readonly UnitEntry[] = [
  { word: '헥타르', unit: 'ha', kind: 'measure' },
  { word: 'ha', unit: 'ha', kind: 'measure' },
  { word: '제곱킬로미터', unit: 'km2', kind: 'measure' },
  { word: '평방킬로미터', unit: 'km2', kind: 'measure' },
  { word: 'km2', unit: 'km2', kind: 'measure' },
  { word: 'km²', unit: 'km2', kind: 'measure' },
  { word: '㎢', unit: 'km2', kind: 'measure' },
  { word: '제곱미터', unit: 'm2', kind: 'measure' },
  { word: '평방미터', unit: 'm2', kind: 'measure' },
  { word: 'm2', unit: 'm2', kind: 'measure' },
  { word: 'm²', unit: 'm2', kind: 'measure' },
  { word: '㎡', unit: 'm2', kind: 'measure' },
  { word: '킬로미터', unit: 'km', kind: 'measure' },
  { word: 'km', unit: 'km', kind: 'measure' },
  { word: '㎞', unit: 'km', kind: 'measure' },
  { word: '미터', unit: 'm', kind: 'measure' },
  { word: '톤', unit: 't', kind: 'measure' },
  { word: 't', unit: 't', kind: 'measure' },
  { word: '킬로그램', unit: 'kg', kind: 'measure' },
  { word: 'kg', unit: 'kg', kind: 'measure' },
  { word: '㎏', unit: 'kg', kind: 'measure' },
  { word: '테라와트시', unit: 'TWh', kind: 'measure' },
  { word: 'TWh', unit: 'TWh', kind: 'measure' },
  { word: '기가와트시', unit: 'GWh', kind: 'measure' },
  { word: 'GWh', unit: 'GWh', kind: 'measure' },
  { word: 'MWh', unit: 'MWh', kind: 'measure' },
  { word: 'kWh', unit: 'kWh', kind: 'measure' },
  { word: '기가와트', unit: 'GW', kind: 'measure' },
  { word: 'GW', unit: 'GW', kind: 'measure' },
  { word: '메가와트', unit: 'MW', kind: 'measure' },
  { word: 'MW', unit: 'MW', kind: 'measure' },
  { word: '킬로와트', unit: 'kW', kind: 'measure' },
  { word: 'kW', unit: 'kW', kind: 'measure' },
  { word: '제타바이트', unit: 'ZB', kind: 'measure' },
  { word: 'ZB', unit: 'ZB', kind: 'measure' },
  { word: '엑사바이트', unit: 'EB', kind: 'measure' },
  { word: 'EB', unit: 'EB', kind: 'measure' },
  { word: '페타바이트', unit: 'PB', kind: 'measure' },
  { word: 'PB', unit: 'PB', kind: 'measure' },
  { word: '테라바이트', unit: 'TB', kind: 'measure' },
  { word: 'TB', unit: 'TB', kind: 'measure' },
  { word: '기가바이트', unit: 'GB', kind: 'measure' },
  { word: 'GB', unit: 'GB', kind: 'measure' },
  { word: 'Gbps', unit: 'Gbps', kind: 'measure' },
  { word: 'Mbps', unit: 'Mbps', kind: 'measure' },
  { word: '배럴', unit: 'bbl', kind: 'measure' },
]

/** All unit words after a number, matched longest first. */
export const UNIT_WORDS: readonly UnitEntry[] = [...CURRENCY_WORDS, ...RATE_UNITS, ...MEASURE_UNITS]
