import type {Record as FlatRecord} from './records.js'
import type {GlossaryEntry} from '../terms/glossary.js'

/** A glossary entry as a flat CSV row (lists joined, first occurrence spread out). */
export function glossaryRecord(entry: GlossaryEntry): FlatRecord {
  return {
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
