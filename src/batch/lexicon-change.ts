import type {Lexicon} from '../lexicon/types.js'
import type {LexiconChange} from './messages.js'
import type {ManifestLexicon} from './manifest.js'

type Row = ManifestLexicon['rows'][number]

/** The lexicon as the manifest keeps it. */
export function manifestLexicon(lexicon: Lexicon | null): ManifestLexicon | null {
  if (!lexicon) return null
  return {
    hash: lexicon.hash,
    files: lexicon.files,
    rows: lexicon.rows.map((row) => [row.action, row.chinese, row.korean, row.category, row.english, row.note])
  }
}

/**
 * What changed between the lexicon a kept JSON was made with and the current
 * one: `same`, `unknown` (the old rows are not known), or the forms of every
 * row added or removed, with Chinese in simplified and traditional script
 * and Korean without spaces, for a cheap test of whether a document is touched.
 */
export function lexiconChange(
  entryHash: string | null | undefined,
  old: ManifestLexicon | null | undefined,
  current: ManifestLexicon | null,
  scripts: {toSimplified: (text: string) => string; toTraditional: (text: string) => string} | null
): LexiconChange {
  const was = entryHash ?? null
  const now = current?.hash ?? null
  if (was === now) return 'same'
  const oldRows = was === null ? [] : old && old.hash === was ? old.rows : null
  if (oldRows === null || !scripts) return 'unknown'
  const key = (row: Row) => JSON.stringify(row)
  const before = new Set(oldRows.map(key))
  const after = new Set((current?.rows ?? []).map(key))
  const forms = new Set<string>()
  for (const row of [...oldRows, ...(current?.rows ?? [])]) {
    if (before.has(key(row)) && after.has(key(row))) continue
    const [, chinese, korean] = row
    if (chinese) for (const form of [chinese, scripts.toSimplified(chinese), scripts.toTraditional(chinese)]) forms.add(form.replace(/\s+/g, ''))
    if (korean) forms.add(korean.replace(/\s+/g, ''))
  }
  return {forms: [...forms]}
}
