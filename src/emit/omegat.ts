import type {GlossaryEntry} from '../terms/glossary.js'
import type {GlossaryDirection} from './glossary-record.js'

/**
 * The glossary as an OmegaT glossary file: `source<TAB>target<TAB>comment`,
 * one line per source form, UTF-8 without a byte order mark, no header.
 * Chinese → Korean lists every written Chinese form of an entry; Korean →
 * Chinese every Korean spelling but those whose reading does not match.
 */
export function toOmegat(entries: readonly GlossaryEntry[], direction: GlossaryDirection = 'zh-ko'): string {
  let out = ''
  for (const entry of entries) {
    const comment = commentOf(entry)
    const foreign = entry.chinese ?? entry.english ?? ''
    if (!foreign) continue
    if (direction === 'ko-zh') {
      const forms = [entry.korean, ...entry.koreanVariants.filter((v) => !v.flags.includes('reading-mismatch')).map((v) => v.text)]
      for (const form of unique(forms)) out += line(form, foreign, comment)
    } else {
      const forms = entry.chinese ? [entry.chinese, ...entry.chineseForms] : [foreign]
      for (const form of unique(forms)) out += line(form, entry.korean, comment)
    }
  }
  return out
}

function commentOf(entry: GlossaryEntry): string {
  const parts: string[] = [entry.category]
  if (entry.english && entry.chinese) parts.push(entry.english)
  const others = entry.koreanVariants.map((v) => v.text).filter((text) => text !== entry.korean)
  if (others.length > 0) parts.push(`also ${others.join(', ')}`)
  if (entry.explanation) parts.push(entry.explanation)
  return parts.join('; ')
}

/** One line; tabs and line breaks inside a field would break the columns, so they become spaces. */
function line(source: string, target: string, comment: string): string {
  return `${field(source)}\t${field(target)}\t${field(comment)}\n`
}

function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(/^\uFEFF/, '').trim()
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((item) => item !== ''))]
}
