/**
 * Conventional Korean renderings of Chinese words that follow neither reading: brand names
 * known in Korea by their English or Cantonese form, and common words the bulletin and the
 * Korean press translate by meaning (工业 → 산업, 中心 → 센터). Keys are simplified Chinese;
 * values list Korean renderings without spaces. `kind` says how the rendering was made:
 * `transliteration` (from another language's sound: 香港 홍콩), `translation` (by meaning or
 * an English brand name).
 *
 * Sources: 국립국어원 외래어 표기 용례 (홍콩, 마카오), company Korean sites (텐센트, 화웨이,
 * 알리바바), and the Korean renderings of KOTRA/KIC China reports for common words.
 */
export interface ConventionalRendering {
  korean: readonly string[]
  kind: 'transliteration' | 'translation'
  /** Category when the whole Chinese side is this word. */
  category?: 'organization' | 'place'
}

export const CONVENTIONAL_RENDERINGS: Readonly<Record<string, ConventionalRendering>> = {
  // places and names known by another language's sound
  香港: { category: 'place', korean: ['홍콩'], kind: 'transliteration' },
  港: { korean: ['홍콩'], kind: 'transliteration' },
  澳门: { category: 'place', korean: ['마카오'], kind: 'transliteration' },
  澳: { korean: ['마카오'], kind: 'transliteration' },
  深: { korean: ['선전'], kind: 'transliteration' },
  // brands known by their English name
  腾讯: { category: 'organization', korean: ['텐센트'], kind: 'translation' },
  华为: { category: 'organization', korean: ['화웨이'], kind: 'transliteration' },
  阿里巴巴: { category: 'organization', korean: ['알리바바'], kind: 'transliteration' },
  阿里: { category: 'organization', korean: ['알리'], kind: 'transliteration' },
  字节跳动: { category: 'organization', korean: ['바이트댄스'], kind: 'translation' },
  联想: { category: 'organization', korean: ['레노버'], kind: 'translation' },
  中兴: { category: 'organization', korean: ['ZTE'], kind: 'translation' },
  // common words rendered by meaning
  工业: { korean: ['산업', '공업'], kind: 'translation' },
  信息: { korean: ['정보'], kind: 'translation' },
  信息化: { korean: ['정보화'], kind: 'translation' },
  安全: { korean: ['보안', '안전'], kind: 'translation' },
  中心: { korean: ['센터'], kind: 'translation' },
  平台: { korean: ['플랫폼'], kind: 'translation' },
  服务: { korean: ['서비스'], kind: 'translation' },
  云: { korean: ['클라우드'], kind: 'translation' },
  网络: { korean: ['네트워크'], kind: 'translation' },
  系统: { korean: ['시스템'], kind: 'translation' },
  集团: { korean: ['그룹'], kind: 'translation' },
  公司: { korean: ['회사'], kind: 'translation' },
  有限公司: { korean: ['유한공사', '유한회사'], kind: 'translation' },
  科技: { korean: ['과학기술', '테크놀로지'], kind: 'translation' },
  科创: { korean: ['과학혁신', '과학기술혁신'], kind: 'translation' },
  创新: { korean: ['혁신'], kind: 'translation' },
  园: { korean: ['단지', '파크'], kind: 'translation' },
  园区: { korean: ['단지', '파크'], kind: 'translation' },
  合作: { korean: ['협력'], kind: 'translation' },
  院士: { korean: ['아카데미회원'], kind: 'translation' },
  数字: { korean: ['디지털'], kind: 'translation' },
  智能: { korean: ['스마트', '지능'], kind: 'translation' },
  人工智能: { korean: ['인공지능'], kind: 'translation' },
  互联网: { korean: ['인터넷'], kind: 'translation' },
  软件: { korean: ['소프트웨어'], kind: 'translation' },
  芯片: { korean: ['반도체', '칩'], kind: 'translation' },
  计划: { korean: ['계획', '플랜'], kind: 'translation' },
  规划: { korean: ['계획'], kind: 'translation' },
  品牌: { korean: ['브랜드'], kind: 'translation' },
  及: { korean: ['&', '및'], kind: 'translation' },
  和: { korean: ['&', '및', '과', '와'], kind: 'translation' },
  与: { korean: ['&', '및', '과', '와'], kind: 'translation' },
  增: { korean: ['증대', '증가'], kind: 'translation' },
  提: { korean: ['향상', '제고'], kind: 'translation' },
  创: { korean: ['창조', '창출'], kind: 'translation' },
}
