/**
 * Category of a term from the end of its Korean side, the end of its Chinese side, the word
 * glued after the bracket (`(小米)그룹`), or a job title next to a name. Longest suffix wins;
 * the Korean table is checked first. Sources: common Korean administrative and organisational
 * suffixes (행정 구역 명칭, 기관 명칭) and the Chinese equivalents.
 */
import type { TermCategory } from '../contract/document.js'

export const KOREAN_SUFFIX_CATEGORY: Readonly<Record<string, TermCategory>> = {
  // organizations
  부: 'organization', 국: 'organization', 청: 'organization', 처: 'organization', 원: 'organization',
  센터: 'organization', 그룹: 'organization', 대학: 'organization', 대: 'organization', 대학교: 'organization',
  연구소: 'organization', 연구원: 'organization', 협회: 'organization', 연맹: 'organization', 위원회: 'organization',
  공사: 'organization', 회사: 'organization', 유한공사: 'organization', 은행: 'organization', 총국: 'organization',
  학회: 'organization', 재단: 'organization', 기금: 'organization', 사무국: 'organization', 클라우드: 'organization',
  // places
  성: 'place', 시: 'place', 구: 'place', 현: 'place', 진: 'place', 향: 'place', 촌: 'place', 주: 'place',
  자치구: 'place', 신구: 'place', 지역: 'place', 단지: 'place', 산업단지: 'place', 파크: 'place', 항: 'place',
  // media
  일보: 'media', 망: 'media', 왕: 'media', 신문: 'media', 통신: 'media', 방송: 'media', 만보: 'media', 보: 'media',
  // policy
  계획: 'policy', 정책: 'policy', 방안: 'policy', 전략: 'policy', 강령: 'policy', 법: 'policy', 보고: 'policy',
  규획: 'policy', 지침: 'policy', 의견: 'policy', 융합: 'policy', 일로: 'policy',
  // products
  플랫폼: 'product', 시스템: 'product', OS: 'product',
}

export const CHINESE_SUFFIX_CATEGORY: Readonly<Record<string, TermCategory>> = {
  部: 'organization', 局: 'organization', 委: 'organization', 委员会: 'organization', 中心: 'organization',
  集团: 'organization', 大学: 'organization', 研究院: 'organization', 研究所: 'organization', 协会: 'organization',
  联盟: 'organization', 公司: 'organization', 银行: 'organization', 院: 'organization', 署: 'organization',
  省: 'place', 市: 'place', 区: 'place', 县: 'place', 镇: 'place', 乡: 'place', 村: 'place', 州: 'place',
  园: 'place', 园区: 'place', 新区: 'place',
  日报: 'media', 网: 'media', 报: 'media', 晚报: 'media', 社: 'media', 电视台: 'media',
  计划: 'policy', 规划: 'policy', 政策: 'policy', 方案: 'policy', 战略: 'policy', 报告: 'policy', 法: 'policy',
  融合: 'policy', 纲要: 'policy',
  平台: 'product', 系统: 'product', 云: 'product',
}

/** Words glued after the bracket that name the kind of the term (`이리(伊利)그룹`). */
export const AFTER_BRACKET_CATEGORY: Readonly<Record<string, TermCategory>> = {
  그룹: 'organization', 회사: 'organization', 사: 'organization', 대학: 'organization', 대회: 'other',
  지역: 'place', 성: 'place', 시: 'place', 일대: 'place',
  플랫폼: 'product', 브랜드: 'product', 제품: 'product',
}

/**
 * Job titles and honorifics: next to a name (before it, or as the next word after the bracket)
 * they make the term a person.
 */
export const PERSON_TITLES: readonly string[] = [
  '회장', '부회장', '사장', '부사장', '총재', '부총재', '총경리', '부총경리', '주석', '부주석', '총리', '부총리',
  '장관', '부장', '부부장', '국장', '부국장', '처장', '청장', '부시장', '성장', '서기', '당서기', '위원장',
  '부위원장', '주임', '부주임', '센터장', '본부장', '대표', '이사장', '이사', '교수', '연구원', '원사', '창업자',
  '창립자', 'CEO', 'CTO', 'CFO', '총감', '부총감', '행장', '부행장', '총편집', '씨', '선생', '여사', '대변인', '감독',
  '행정장관', '국가주석', '총서기', '상무위원장', '원장', '부원장', '소장', '총장', '박사',
]
