/**
 * Additional Sino-Korean readings of characters (traditional forms) that have more than one
 * reading. The \`hanja\` package's table (lib/data/hanjaeum.json) gives one reading per
 * character; these are the other common ones from standard 옥편 entries, plus 圳 (read 천 in
 * 심천 深圳) and 台 (대 in 대만).
 */
export const HANJA_EXTRA_READINGS: Readonly<Record<string, string>> = {
  金: '김', 樂: '악요', 行: '항', 台: '대', 圳: '천', 車: '차거', 北: '배', 復: '부', 更: '갱', 說: '세열',
  便: '변', 不: '부', 率: '률솔', 度: '탁', 讀: '두', 殺: '쇄', 宅: '댁', 切: '체', 茶: '차', 見: '현',
  易: '이', 惡: '오', 拓: '탁', 參: '삼', 省: '생', 索: '삭', 識: '지', 狀: '장', 暴: '포', 辰: '신',
  沈: '심', 若: '야', 葉: '섭', 數: '삭', 降: '항', 串: '천', 滑: '골', 契: '글', 龜: '구균', 否: '비',
  寧: '녕', 糖: '탕', 刺: '척', 則: '즉', 畫: '획', 合: '홉', 布: '보', 塞: '새', 洞: '통', 推: '퇴',
  什: '집', 帥: '솔', 炙: '적', 丹: '란', 單: '선', 奈: '나', 射: '야', 石: '섬', 洛: '낙', 亞: '아',
  區: '우', 長: '장', 重: '중', 着: '착', 覺: '교', 幅: '폭', 乾: '간', 莫: '막', 卒: '졸', 賈: '가고',
}
