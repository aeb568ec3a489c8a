/**
 * Category of a term from the end of its Korean side, the end of its Chinese side, the word
 * glued after the bracket (`(小米)그룹`), or a job title next to a name. Longest suffix wins;
 * the Korean table is checked first. Sources: common Korean administrative and organisational
 * suffixes (행정 구역 명칭, 기관 명칭) and the Chinese equivalents.
 */
import type { TermCategory } from '../terms/types.js'

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
  军: 'organization', 资本: 'organization', 控股: 'organization', 股份: 'organization', 科技: 'organization', 汽车: 'organization',
  电子: 'organization', 证券: 'organization', 基金会: 'organization', 工作室: 'organization',
  省: 'place', 市: 'place', 区: 'place', 县: 'place', 镇: 'place', 乡: 'place', 村: 'place', 州: 'place',
  园: 'place', 园区: 'place', 新区: 'place',
  日报: 'media', 网: 'media', 报: 'media', 晚报: 'media', 社: 'media', 电视台: 'media',
  计划: 'policy', 规划: 'policy', 政策: 'policy', 方案: 'policy', 战略: 'policy', 报告: 'policy', 法: 'policy',
  融合: 'policy', 纲要: 'policy',
  平台: 'product', 系统: 'product', 云: 'product',
}

/** Words glued after the bracket that name the kind of the term (`이리(伊利)그룹`). */
export const AFTER_BRACKET_CATEGORY: Readonly<Record<string, TermCategory>> = {
  그룹: 'organization', 회사: 'organization', 사: 'organization', 대학: 'organization', 연구원: 'organization',
  연구소: 'organization', 재단: 'organization', 은행: 'organization', 공사: 'organization',
  지역: 'place', 성: 'place', 시: 'place', 일대: 'place',
  플랫폼: 'product', 브랜드: 'product', 제품: 'product', 앱: 'product', 게임: 'product', 서비스: 'product',
  정책: 'policy', 계획: 'policy', 전략: 'policy', 사회: 'policy',
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

/**
 * Generic nouns that name the kind of the term when they end the word right before it
 * (`유제품업체 멍뉴(蒙牛)`, `혁신기업 이리(伊利)`, `이론지인 치우스(求是)` after its particle) or
 * start the word right after the bracket (`(开悟) 플랫폼`, `(沃土云创) 계획`). Longest first.
 */
export const CONTEXT_NOUN_CATEGORY: Readonly<Record<string, TermCategory>> = {
  스타트업: 'organization', 유니콘: 'organization', 기업: 'organization', 업체: 'organization', 회사: 'organization',
  제조사: 'organization', 개발사: 'organization', 그룹: 'organization', 법인: 'organization', 은행: 'organization',
  증권사: 'organization', 투자사: 'organization', 공장: 'organization', 스튜디오: 'organization', 기관: 'organization',
  브랜드: 'product', 플랫폼: 'product', 앱: 'product', 어플: 'product', 애플리케이션: 'product', 게임: 'product',
  서비스: 'product', 메신저: 'product', 제품: 'product', 모델: 'product', 칩: 'product', 운영체제: 'product',
  요거트: 'product', 우유: 'product', 시리즈: 'product',
  신문: 'media', 일보: 'media', 매체: 'media', 언론: 'media', 이론지: 'media', 잡지: 'media', 통신사: 'media',
  정책: 'policy', 계획: 'policy', 전략: 'policy', 구호: 'policy', 슬로건: 'policy', 이론: 'policy', 노선: 'policy',
  방침: 'policy', 캠페인: 'policy', 사상: 'policy', 사회: 'policy',
  도시: 'place', 지역: 'place', 지구: 'place',
}

/**
 * Common Chinese surnames (simplified; 公安部 户籍人口 statistics, most common first). A two- or
 * three-character term read by its characters and starting with one is probably a person's
 * name — weak evidence, used only when nothing else names the category.
 */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤仇洪' +
  // further common surnames (the 300 most common), from the same statistics
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗' +
  '谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
  '席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习栗鹿'

/** Adnominal endings after a generic noun before a term (`이론지인 치우스(求是)`). */
export const CONTEXT_NOUN_ENDINGS: readonly string[] = ['인']
