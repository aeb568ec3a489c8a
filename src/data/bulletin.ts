/**
 * What the bulletin's layout looks like, as data. Taken from issue 287 and the
 * bulletin's standing layout (masthead, three sections, closing block).
 */

/** Section names the body uses; the ToC of each issue adds its own. */
export const sectionNames = ['WEEKLY 뉴스', 'CHINA 창업', 'KIC 중국 뉴스']

/** Masthead and colophon labels → issue field. */
export const mastheadLabels: Record<string, 'publisher' | 'director' | 'phone' | 'email' | 'web'> = {
  발행처: 'publisher',
  발행인: 'director',
  센터장: 'director',
  전화: 'phone',
  연락처: 'phone',
  Tel: 'phone',
  메일: 'email',
  이메일: 'email',
  'E-mail': 'email',
  Email: 'email',
  홈페이지: 'web',
  웹사이트: 'web',
  Web: 'web'
}

/** Caption labels → caption kind. */
export const captionLabels: Record<string, 'photo' | 'table' | 'figure'> = {
  사진: 'photo',
  표: 'table',
  그림: 'figure',
  도표: 'table',
  차트: 'figure'
}

/** Words that open a caption's credit. */
export const creditOpeners = ['출처', '자료', '사진 출처', '자료 출처']

/** A first sentence ending in one of these is a credit (`… 정부 사이트.`). */
export const creditEndings = ['사이트', '홈페이지', '제공', '캡처', '보도']

/** First cells of a header row. */
export const headerWords = ['구분', '항목', '분류', '지역', '연도', '순위', '기업', '내용', '지표', '시기', '단계', '분야']

/** Lines that start the closing block (subscription notice). */
export const colophonOpeners = ['구독을 원하시는 분은', '구독 문의', '구독신청']
