import type {GlossaryRecord} from '../contract/records.js'
import {glossaryRecord as glossaryDefinition} from '../contract/records.js'
import type {GlossaryEntry} from '../terms/glossary.js'

/** Which side of a pair is the source term: Chinese → Korean (default) or Korean → Chinese. */
export type GlossaryDirection = 'zh-ko' | 'ko-zh'

export const glossaryDirections: readonly GlossaryDirection[] = ['zh-ko', 'ko-zh']

/**
 * Columns of glossary tables (CSV, TSV, batch `glossary.csv`): the source
 * term first — what CAT tools and spreadsheets take as the term — then the
 * target, then the record's other fields in definition order.
 */
export const glossaryColumns: readonly string[] = ['source', 'target', ...glossaryDefinition.columns.filter((name) => name !== 'source' && name !== 'target')]

/**
 * Source and target term of an entry in a direction. Korean(English) pairs,
 * which have no Chinese, pair the Korean with the English.
 */
export function sourceAndTarget(entry: GlossaryEntry, direction: GlossaryDirection): {source: string; target: string} {
  const foreign = entry.chinese ?? entry.english ?? ''
  return direction === 'ko-zh' ? {source: entry.korean, target: foreign} : {source: foreign, target: entry.korean}
}

/** A glossary entry as a flat record (first occurrence spread out), fields in definition order. */
export function glossaryRecord(entry: GlossaryEntry, direction: GlossaryDirection = 'zh-ko'): GlossaryRecord {
  const {source, target} = sourceAndTarget(entry, direction)
  return {
    record: 'glossary',
    issue: entry.firstSeen.issue,
    file: entry.firstSeen.file,
    source,
    target,
    key: entry.key,
    korean: entry.korean,
    koreanVariants: entry.koreanVariants.map((variant) => `${variant.text}×${variant.count}`),
    chinese: entry.chinese,
    chineseForms: entry.chineseForms,
    english: entry.english,
    kind: entry.kind,
    category: entry.category,
    count: entry.count,
    issues: entry.issues,
    flags: entry.flags,
    homographs: entry.homographs,
    explanation: entry.explanation,
    standard: entry.standard,
    line: entry.firstSeen.line,
    column: entry.firstSeen.column
  }
}
