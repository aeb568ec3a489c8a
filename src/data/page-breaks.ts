/**
 * Knowledge for rejoining words that PDF extraction split across a page break.
 *
 * A Hangul syllable standing alone next to the break (`… 세계와 현` / `실 세계가`)
 * is a word fragment unless it is one of the one-syllable words below. A line
 * that opens with a particle or ending (`다 낮은` after `시장보`) glues to the
 * word before it, unless that word already ends in a particle or ending.
 * Lists from Korean grammar (조사, 어미, 의존 명사, 관형사, 부사, 수사).
 */

/** One-syllable Hangul words that can stand next to a break on their own. */
export const standaloneSyllables = new Set([
  '수', '등', '및', '더', '각', '약', '총', '그', '이', '저', '또', '곧', '꼭', '잘', '못', '안', '한', '두', '세', '네',
  '것', '때', '중', '간', '내', '외', '후', '전', '초', '말', '년', '월', '일', '시', '분', '명', '개', '곳', '건',
  '위', '대', '차', '배', '억', '만', '조', '천', '백', '십', '새', '온', '즉', '단', '왜', '늘', '다', '꽤',
  '좀', '참', '데', '바', '줄', '뿐', '채', '듯', '척', '편', '점', '측', '쪽', '별', '당', '매', '본', '현', '제',
  '귀', '동', '해', '층', '장', '권', '호', '회', '판', '팀', '돈', '땅', '물', '불', '힘', '말', '길'
])

/** Particles and endings that, opening a line, glue to the previous word. */
export const gluingHeads = new Set([
  '다', '는', '은', '을', '를', '의', '가', '에', '에서', '에게', '로', '으로', '와', '과', '도', '만', '까지', '부터',
  '보다', '처럼', '이다', '였다', '했다', '한다', '하는', '하고', '하여', '해', '된', '되는', '되어', '적', '적인', '적으로'
])

/** Last syllables of a word that already carries a particle or ending. */
export const endingSyllables = new Set([
  '는', '은', '를', '을', '가', '이', '에', '와', '과', '도', '로', '고', '며', '서', '면', '지', '게', '요', '다',
  '록', '의', '나', '만', '까', '라', '니', '데', '듯', '며', '여', '해'
])

/** Characters that end a complete sentence or block. */
export const terminalCharacters = new Set(['.', '!', '?', '。', '！', '？', '"', '”', '’', "'", ')', '）', '」', '》', '>', ':', '：'])
