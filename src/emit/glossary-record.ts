import type {Record as FlatRecord} from './records.js'
import type {GlossaryEntry} from '../terms/glossary.js'

/** Which side of a pair is the source term: Chinese → Korean (default) or Korean → Chinese. */
export type GlossaryDirection = 'zh-ko' | 'ko-zh'

export const glossaryDirections: readonly GlossaryDirection[] = ['zh-ko', 'ko-zh']

/**
 * Source and target term of an entry in a direction. Korean(English) pairs,
 * which have no Chinese, pair the Korean with the English.
 */
export function sourceAndTarget(entry: GlossaryEntry, direction: GlossaryDirection): {source: string; target: string} {
  const foreign = entry.chinese ?? entry.english ?? ''
  return direction === 'ko-zh' ? {source: entry.korean, target: foreign} : {source: foreign, target: entry.korean}
}

/**
 * A glossary entry as a flat CSV row: the source term first (what CAT tools
 * and spreadsheets take as the term), then the target, then the rest with
 * lists joined and the first occurrence spread out.
 */
export function glossaryRecord(entry: GlossaryEntry, direction: GlossaryDirection = 'zh-ko'): FlatRecord {
  const {source, target} = sourceAndTarget(entry, direction)
  return {
    source,
    target,
    record: 'glossary',
    issue: entry.firstSeen.issue,
    file: entry.firstSeen.file,
    key: entry.key,
    korean: entry.korean,
    koreanVariants: entry.koreanVariants.map((variant) => `${variant.text}×${variant.count}`).join('; '),
    chinese: entry.chinese,
    chineseForms: entry.chineseForms.join(' '),
    english: entry.english,
    kind: entry.kind,
    category: entry.category,
    count: entry.count,
    issues: entry.issues.join(' '),
    line: entry.firstSeen.line,
    column: entry.firstSeen.column,
    flags: entry.flags.join(';'),
    homographs: entry.homographs.join(' '),
    explanation: entry.explanation,
    standard: entry.standard
  }
}
