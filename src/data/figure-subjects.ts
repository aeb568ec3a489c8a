/**
 * Words the subject pass reads around a figure: topic particles with the syllable
 * shape they attach to (받침 rule of the 표준국어대사전: 은/이 after a final
 * consonant, 는/가 after a vowel), particles and endings that close a noun phrase,
 * verb and adjective stems that make an `-은/-는` word a modifier rather than a
 * topic, and the time and comparison words that are never what a figure measures.
 */

export interface TopicParticle {
  word: string
  /** The syllable before it: with a final consonant, without, or either (도). */
  after: 'consonant' | 'vowel' | 'any'
}

export const TOPIC_PARTICLES: readonly TopicParticle[] = [
  { word: '은', after: 'consonant' },
  { word: '이', after: 'consonant' },
  { word: '는', after: 'vowel' },
  { word: '가', after: 'vowel' },
  // `비중도`: a one-syllable stem before 도 is a noun of its own (정도, 제도, 속도)
  { word: '도', after: 'any' },
]

/** A topic stem ending in one of these is a case-marked word, not a noun (`중국에서도`). */
export const CASE_PARTICLES: readonly string[] = ['에서', '에게', '에', '으로', '로', '와', '과', '까지', '부터', '보다']

/** Particles stripped from the last word of a subject (longest first). */
export const STRIP_PARTICLES: readonly string[] = ['순으로', '들에게', '에게', '으로', '에서', '들은', '들이', '들의', '은', '는', '이', '가', '로', '을', '를', '의', '에', '들']

/** Word endings that close the text before a subject list (`…증가해 5G 기지국 수와 …`). */
export const LIST_ENDINGS: readonly string[] = ['해', '고', '며', '면', '서', '는', '은', '를', '을', '에', '의', '로', '다']

/** Separators and joiners of a noun list before `각각`. */
export const LIST_SEPARATORS: readonly string[] = [',', '、', ' ', '▷', '△', '·']
/** Bullet marks that separate list items written inline (`▷통신장비 ▷의약품`). */
export const LIST_BULLETS: readonly string[] = ['▷', '△']
export const LIST_JOINERS: readonly string[] = ['및', 'and']
/** Joining particles glued to a list item (`생산량과 판매량`). */
export const LIST_PARTICLES: readonly string[] = ['와', '과']

/**
 * Endings and particles after which a word is not part of a noun phrase (a verb form or
 * a case-marked word). `의` is left out: `신에너지차의 시장 점유율` is one phrase.
 */
export const PHRASE_BREAKING_ENDINGS: readonly string[] = [
  '은', '는', '이', '가', '을', '를', '에', '에서', '로', '으로', '와', '과', '도', '만', '며', '해', '다', '했', '한', '된', '던', '인',
  // verb forms and comparisons: `늘어난`, `줄어든`, `신설돼`, `늘었고`, `동기대비`, `전년보다`
  '난', '든', '돼', '대비', '보다', '면서', '는데', '지만', '으나', '하고', '했고', '었고', '았고', '였고', '되고', '됐고',
  '하면', '되면', '으면', '해서', '어서', '아서', '하지', '않지', '데서', '어', '인데',
]

/** Object particles: `시범 도시를 50개 건설`, `판매량을 약 1만 대로` — the quantity floats after its noun. */
export const OBJECT_PARTICLES: readonly string[] = ['을', '를']

/**
 * Last syllables of verb and adjective stems: `차지하는`, `같은`, `있는`, `많은` are
 * modifiers, not topics.
 */
export const VERB_STEM_FINALS: readonly string[] = ['하', '되', '있', '없', '같', '않', '받', '많', '높', '낮', '크', '작', '넘', '늘', '줄', '르', '다', '보이', '웃도', '밑도']

/** Connective endings that make a word a verb when the syllable before is a verb stem (`넘고`, `늘며`). */
export const CONNECTIVE_ENDINGS: readonly string[] = ['고', '며', '면', '서']

/** Never a subject by themselves: time, comparison and discourse words. */
export const NOT_SUBJECT_WORDS: readonly string[] = [
  '지난해', '작년', '올해', '올', '금년', '내년', '전년', '연간', '누적', '각각', '각기', '평균', '총', '약', '대비', '기준', '동기',
  '전월', '전기', '기간', '같은', '한편', '또', '또한', '특히', '다만', '그중', '이중', '가운데', '중', '당시', '현재', '최근',
  '이후', '이전', '반면', '역시', '모두', '이', '그', '이번', '지난', '오는', '이날', '이달', '지난달', '같은 기간', '동시기', '이같이',
  '무려', '최대', '최소', '약', '근', '거의', '전', '후', '실제', '이는', '이에', '그는', '그리고', '하지만', '따라서',
  '연속', '규모', '수준', '동기대비', '전년대비', '이어', '따라', '올라', '내려', '달라', '전후', '안팎',
  '이상', '이하', '미만', '초과', '이내',
  // per-unit words: `보조금은 대당 최대 1만 위안`
  '대당', '톤당', '인당', '개당', '명당', '가구당', '주당', '건당', '달러당', '위안당',
]

/**
 * Nouns that end in what looks like a particle or an ending (`온라인`, `요인`): kept whole.
 * Words ending in 이/가/은/는/을/를 are told apart by the syllable before (see TOPIC_PARTICLES).
 */
export const NOUNS_LIKE_ENDINGS: readonly string[] = ['온라인', '오프라인', '요인', '원인', '개인', '디자인', '체인', '엔진', '영어', '중국어', '한국어']

/** The copula's modifier form after a noun right before a figure: `전문가 예상치인 12%`. */
export const COPULA_MODIFIER = '인'

/** Word-final particles whose use depends on the syllable before: with a final consonant, without. */
export const SHAPED_PARTICLES: Readonly<Record<string, 'consonant' | 'vowel'>> = { 이: 'consonant', 은: 'consonant', 을: 'consonant', 가: 'vowel', 는: 'vowel', 를: 'vowel' }

/**
 * `1인당`, `1대당`: a per-unit word (digits, at most one counter syllable, this
 * ending) belongs to the noun phrase (`1인당 국내총생산`).
 */
export const PER_UNIT_ENDING = '당'

/** After a money figure, these introduce what it is the size of (`2천만위안 규모의 자금`). */
export const SIZE_WORDS: readonly string[] = ['규모의', '상당의']

/** Characters that may open a subject phrase besides letters (a name in brackets or quotes). */
export const SUBJECT_OPENERS: readonly string[] = ['<', '「', "'", '"', '(', '‘', '“']

/** The possessive particle: `N대의 신에너지 승용차`, `5000억위안의 기업가치`. */
export const POSSESSIVE = '의'

/** The plural suffix dropped from a subject (`창업 기업들에게` → `창업 기업`). */
export const PLURAL = '들'
