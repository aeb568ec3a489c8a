import type {GlossaryRecord} from '../contract/records.js'
import type {GlossaryEntry} from '../terms/glossary.js'

/** A glossary entry as a flat record (first occurrence spread out), fields in definition order. */
export function glossaryRecord(entry: GlossaryEntry): GlossaryRecord {
  return {
    record: 'glossary',
    issue: entry.firstSeen.issue,
    file: entry.firstSeen.file,
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
