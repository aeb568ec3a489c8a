/**
 * The pinyin → Hangul table checked syllable by syllable against the official 외래어 표기법
 * 중국어 표기 (문교부 고시 제85-11호, 표 3 주음 부호와 한글 대조표, 제4절 표기 세칙), composed here
 * independently from its initials and finals: every syllable of the table must equal the
 * composition, and every composable syllable of Mandarin must be in the table.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {PINYIN_HANGUL_TABLE} from '../src/data/term-pinyin-hangul.js'

/** 성모 (initials) → 한글 초성 index (ㄱ=0 … ㅎ=18). */
const INITIALS: Record<string, number> = {
  b: 7, p: 17, m: 6, f: 17, d: 3, t: 16, n: 2, l: 5, g: 0, k: 15, h: 18,
  j: 12, q: 14, x: 9, zh: 12, ch: 14, sh: 9, r: 5, z: 13, c: 14, s: 10,
}
/** 운모 written alone (with y/w, or with no initial) — the table's 독립 form. */
const ALONE: Record<string, string> = {
  a: '아', o: '오', e: '어', ai: '아이', ei: '에이', ao: '아오', ou: '어우', an: '안', en: '언', ang: '앙', eng: '엉', er: '얼',
  yi: '이', ya: '야', yo: '요', ye: '예', yao: '야오', you: '유', yan: '옌', yin: '인', yang: '양', ying: '잉', yong: '융',
  wu: '우', wa: '와', wo: '워', wai: '와이', wei: '웨이', wan: '완', wen: '원', wang: '왕', weng: '웡',
  yu: '위', yue: '웨', yuan: '위안', yun: '윈',
}
/** 운모 after an initial (결합 form); the first syllable's ㅇ is replaced by the initial. */
const BOUND: Record<string, string> = {
  a: '아', o: '오', e: '어', ai: '아이', ei: '에이', ao: '아오', ou: '어우', an: '안', en: '언', ang: '앙', eng: '엉', ong: '웅',
  i: '이', ia: '야', ie: '예', iao: '야오', iu: '유', ian: '옌', in: '인', iang: '양', ing: '잉', iong: '융',
  u: '우', ua: '와', uo: '워', uai: '와이', ui: '우이', uan: '완', un: '운', uang: '왕',
  v: '위', ve: '웨', van: '위안', vn: '윈',
}
/** 제4절 제1항: ㅈ·ㅉ·ㅊ 뒤의 ㅑ·ㅖ·ㅛ·ㅠ 음은 ㅏ·ㅔ·ㅗ·ㅜ 로 적는다 (medial indices). */
const AFTER_J: Record<number, number> = {2: 0, 7: 5, 12: 8, 17: 13}
const J_LIKE = new Set([12, 13, 14])
/** Initials after which the apical vowel -i is written 으 (zhi 즈, si 쓰). */
const APICAL = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's'])
/** After j, q, x the letter u is ü. */
const PALATAL = new Set(['j', 'q', 'x'])

function attach(initial: number, bound: string): string {
  const code = bound.charCodeAt(0) - 0xac00
  let medial = Math.floor((code % 588) / 28)
  const final = code % 28
  if (J_LIKE.has(initial) && medial in AFTER_J) medial = AFTER_J[medial]!
  return String.fromCharCode(0xac00 + initial * 588 + medial * 28 + final) + bound.slice(1)
}

function compose(syllable: string): string | undefined {
  if (syllable in ALONE) return ALONE[syllable]
  const initial = ['zh', 'ch', 'sh'].find((i) => syllable.startsWith(i)) ?? syllable[0]!
  if (!(initial in INITIALS)) return undefined
  let final = syllable.slice(initial.length)
  if (final === 'i' && APICAL.has(initial)) return attach(INITIALS[initial]!, '으')
  if (PALATAL.has(initial) && final.startsWith('u')) final = 'v' + final.slice(1)
  const bound = BOUND[final]
  return bound === undefined ? undefined : attach(INITIALS[initial]!, bound)
}

const table = new Map(PINYIN_HANGUL_TABLE.split(' ').map((pair) => pair.split(':') as [string, string]))

test('pinyin table: every syllable equals the official composition', () => {
  const wrong: string[] = []
  for (const [syllable, hangul] of table) {
    const official = compose(syllable)
    if (official !== hangul) wrong.push(`${syllable}: table ${hangul}, official ${official ?? '(none)'}`)
  }
  assert.deepEqual(wrong, [])
})

test('pinyin table: every Mandarin syllable is there', () => {
  // The syllables of Mandarin (pinyin, ü as v), by initial.
  const finalsFor: Record<string, string> = {
    b: 'a ai an ang ao ei en eng i ian iao ie in ing o u', p: 'a ai an ang ao ei en eng i ian iao ie in ing o ou u',
    m: 'a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u', f: 'a an ang ei en eng o ou u',
    d: 'a ai an ang ao e ei eng i ia ian iao ie ing iu ong ou u uan ui un uo',
    t: 'a ai an ang ao e eng i ian iao ie ing ong ou u uan ui un uo',
    n: 'a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan uo v ve',
    l: 'a ai an ang ao e ei eng i ia ian iang iao ie in ing iu o ong ou u uan un uo v ve',
    g: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo', k: 'a ai an ang ao e en eng ong ou u ua uai uan uang ui un uo',
    h: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
    j: 'i ia ian iang iao ie in ing iong iu u uan ue un', q: 'i ia ian iang iao ie in ing iong iu u uan ue un',
    x: 'i ia ian iang iao ie in ing iong iu u uan ue un',
    zh: 'a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo', ch: 'a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo',
    sh: 'a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo', r: 'an ang ao e en eng i ong ou u ua uan ui un uo',
    z: 'a ai an ang ao e ei en eng i ong ou u uan ui un uo', c: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
    s: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
  }
  const missing: string[] = []
  for (const syllable of Object.keys(ALONE)) if (!table.has(syllable)) missing.push(syllable)
  for (const [initial, finals] of Object.entries(finalsFor)) {
    for (const final of finals.split(' ')) if (!table.has(initial + final)) missing.push(initial + final)
  }
  assert.deepEqual(missing, [])
})

test('pinyin table: spellings from the official examples and the issue', () => {
  const cases: Record<string, string> = {
    ju: '쥐', qu: '취', xu: '쉬', zhuang: '좡', zhuo: '줘', chao: '차오', tang: '탕', peng: '펑', tian: '톈', jue: '줴',
    you: '유', quan: '취안', zi: '쯔', shi: '스', xiong: '슝', jiong: '중', lve: '뤠', jia: '자', jie: '제', jiu: '주',
  }
  for (const [syllable, hangul] of Object.entries(cases)) assert.equal(table.get(syllable), hangul, syllable)
})
