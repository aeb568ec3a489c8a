import type {TermCategory} from '../terms/types.js'
import type {LexiconRow} from './types.js'

/** Korean compared without spaces (`양화 융합` = `양화융합`). */
export function compactKorean(text: string): string {
  return text.replace(/\s+/g, '')
}

/** What a lexicon says about one pair. */
export interface Verdict {
  rejected: boolean
  category: TermCategory | null
  english: string | null
  note: string | null
  /** The Korean form to prefer for this Chinese (a `prefer` row). */
  preferred: string | null
  /** A `keep-form` row matched: the written Chinese is its own entry (and this Korean too, when given). */
  keep: {chinese: string | null; korean: string | null} | null
  /** Some row matched. */
  matched: boolean
}

/**
 * Rows indexed for lookups by simplified Chinese and by Korean. Chinese is
 * compared in simplified form (a row written 騰訊 matches 腾讯), except for
 * `keep-form`, which is about the form as written.
 */
export class LexiconIndex {
  private readonly byChinese = new Map<string, LexiconRow[]>()
  private readonly byKorean = new Map<string, LexiconRow[]>()

  constructor(
    readonly rows: readonly LexiconRow[],
    private readonly simplify: (text: string) => string
  ) {
    for (const row of rows) {
      if (row.chinese) push(this.byChinese, simplify(row.chinese), row)
      else if (row.korean) push(this.byKorean, compactKorean(row.korean), row)
    }
  }

  /** The verdict on a pair (Chinese as written, or null for a Korean(English) pair). */
  judge(chinese: string | null, korean: string): Verdict {
    const verdict: Verdict = {rejected: false, category: null, english: null, note: null, preferred: null, keep: null, matched: false}
    const compact = compactKorean(korean)
    const candidates = [...(chinese ? this.byChinese.get(this.simplify(chinese)) ?? [] : []), ...(this.byKorean.get(compact) ?? [])]
    for (const row of candidates) {
      const sameKorean = row.korean === null || compactKorean(row.korean) === compact
      switch (row.action) {
        case 'reject':
          if (sameKorean) verdict.rejected = verdict.matched = true
          break
        case 'prefer':
          verdict.preferred = row.korean
          this.force(verdict, row)
          break
        case 'add':
          if (sameKorean) this.force(verdict, row)
          break
        case 'keep-form':
          if ((row.chinese === null || row.chinese === chinese) && sameKorean) {
            verdict.keep = {chinese: row.chinese, korean: row.korean}
            verdict.matched = true
          }
          break
      }
    }
    return verdict
  }

  /** Rows that name entries of their own (`prefer` and `add`), for pairs no issue wrote. */
  known(): LexiconRow[] {
    return this.rows.filter((row) => row.action === 'prefer' || row.action === 'add')
  }

  private force(verdict: Verdict, row: LexiconRow): void {
    verdict.matched = true
    verdict.category = row.category ?? verdict.category
    verdict.english = row.english ?? verdict.english
    verdict.note = row.note ?? verdict.note
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
