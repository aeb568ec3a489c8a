import {createHash} from 'node:crypto'
import type {GlossaryEntry} from '../terms/glossary.js'
import type {GlossaryDirection} from './glossary-record.js'
import {pushAll} from '../util/arrays.js'

/**
 * The glossary as a TBX-Basic termbase (ISO 30042:2019, DCA style), the
 * exchange format of CAT tools. Only the data categories and values the
 * TBX-Basic dialect permits are used:
 *
 * - conceptEntry: `descrip` subjectField (the category), `descrip` definition
 *   (the editor's explanation), `admin` source (where the pair was first
 *   seen), `note` (counts, issues, flags);
 * - langSec `zh-Hans`, `zh-Hant` (traditional forms), `ko`, `en`;
 * - termSec: `term`, `termNote` partOfSpeech `noun`, `termNote`
 *   administrativeStatus: the preferred Korean `preferredTerm-admn-sts`, other
 *   spellings `admittedTerm-admn-sts`, spellings whose reading does not match
 *   the Chinese `deprecatedTerm-admn-sts`.
 */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'

export interface TbxOptions {
  direction?: GlossaryDirection
  /** Traditional form of a simplified term (from opencc), for the `zh-Hant` section. */
  toTraditional?: (text: string) => string
  /** Simplified form of a written term, to tell traditional written forms apart. */
  toSimplified?: (text: string) => string
  /** A line for the header's source description. */
  description?: string
}

type Status = 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts'

interface Term {
  text: string
  status: Status
  note?: string
}

export function toTbx(entries: readonly GlossaryEntry[], options: TbxOptions = {}): string {
  const direction = options.direction ?? 'zh-ko'
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${direction === 'ko-zh' ? 'ko' : 'zh-Hans'}" xmlns="${tbxNamespace}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <publicationStmt>',
    '        <p>Chinese/Korean term pairs of 주간 중국 창업 (KIC China), made by kic</p>',
    '      </publicationStmt>',
    '      <sourceDesc>',
    `        <p>${escape(options.description ?? `${entries.length} entries`)}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>'
  ]
  for (const entry of entries) pushAll(out, conceptEntry(entry, direction, options))
  out.push('    </body>', '  </text>', '</tbx>', '')
  return out.join('\n')
}

function conceptEntry(entry: GlossaryEntry, direction: GlossaryDirection, options: TbxOptions): string[] {
  const lines = [`      <conceptEntry id="${conceptId(entry.key)}">`]
  lines.push(`        <descrip type="subjectField">${escape(entry.category)}</descrip>`)
  if (entry.explanation) lines.push(`        <descrip type="definition">${escape(entry.explanation)}</descrip>`)
  lines.push(`        <admin type="source">${escape(sourceOf(entry))}</admin>`)
  const note = noteOf(entry)
  if (note) lines.push(`        <note>${escape(note)}</note>`)

  const sections: Array<[string, Term[]]> = []
  if (entry.chinese) {
    sections.push(['zh-Hans', [{text: entry.chinese, status: 'preferredTerm-admn-sts'}]])
    const traditional = traditionalForms(entry, options)
    if (traditional.length > 0) {
      sections.push(['zh-Hant', traditional.map((text, i) => ({text, status: i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'}))])
    }
  }
  const korean = koreanTerms(entry)
  const english: Array<[string, Term[]]> = entry.english ? [['en', [{text: entry.english, status: 'preferredTerm-admn-sts'}]]] : []
  const ordered = direction === 'ko-zh' ? [['ko', korean] as [string, Term[]], ...sections, ...english] : [...sections, ['ko', korean] as [string, Term[]], ...english]
  for (const [lang, terms] of ordered) {
    if (terms.length === 0) continue
    lines.push(`        <langSec xml:lang="${lang}">`)
    for (const term of terms) {
      lines.push(
        '          <termSec>',
        `            <term>${escape(term.text)}</term>`,
        '            <termNote type="partOfSpeech">noun</termNote>',
        `            <termNote type="administrativeStatus">${term.status}</termNote>`
      )
      if (term.note) lines.push(`            <note>${escape(term.note)}</note>`)
      lines.push('          </termSec>')
    }
    lines.push('        </langSec>')
  }
  lines.push('      </conceptEntry>')
  return lines
}

/** The preferred Korean form, the other spellings, and the official spelling when one was flagged. */
function koreanTerms(entry: GlossaryEntry): Term[] {
  // Spellings that differ only in spacing are distinct strings to a CAT tool: each is a term.
  const terms: Term[] = [{text: entry.korean, status: 'preferredTerm-admn-sts', ...countNote(entry, entry.korean)}]
  const seen = new Set([entry.korean])
  for (const variant of entry.koreanVariants) {
    if (seen.has(variant.text)) continue
    seen.add(variant.text)
    const mismatch = variant.flags.includes('reading-mismatch')
    terms.push({
      text: variant.text,
      status: mismatch ? 'deprecatedTerm-admn-sts' : 'admittedTerm-admn-sts',
      note: (mismatch ? 'reading does not match the Chinese; ' : '') + `seen ${variant.count}×`
    })
  }
  if (entry.standard && !seen.has(entry.standard)) {
    terms.push({text: entry.standard, status: 'admittedTerm-admn-sts', note: 'official spelling (외래어 표기법)'})
  }
  return terms
}

function countNote(entry: GlossaryEntry, korean: string): {note?: string} {
  const variant = entry.koreanVariants.find((v) => v.text === korean)
  return variant ? {note: `seen ${variant.count}×`} : {}
}

/** Traditional forms: as written in the issues, then opencc's conversion of the simplified form. */
function traditionalForms(entry: GlossaryEntry, options: TbxOptions): string[] {
  const forms: string[] = []
  const add = (form: string) => {
    if (form !== entry.chinese && !forms.includes(form)) forms.push(form)
  }
  for (const form of entry.chineseForms) {
    if (form === entry.chinese) continue
    // A written form that is the simplified one's traditional counterpart (not a keep-form variant).
    if (!options.toSimplified || options.toSimplified(form) === entry.chinese) add(form)
  }
  if (options.toTraditional && entry.chinese) add(options.toTraditional(entry.chinese))
  return forms
}

function sourceOf(entry: GlossaryEntry): string {
  const {file, issue, line, column} = entry.firstSeen
  if (entry.count === 0) return `lexicon ${file}:${line}`
  return `${issue === null ? '' : `주간 중국 창업 제${issue}호, `}${file}:${line}:${column}`
}

function noteOf(entry: GlossaryEntry): string {
  const parts: string[] = []
  if (entry.count > 0) parts.push(`${entry.count} occurrence${entry.count === 1 ? '' : 's'} in issue${entry.issues.length === 1 ? '' : 's'} ${entry.issues.join(', ')}`)
  if (entry.kind) parts.push(`kind: ${entry.kind}`)
  if (entry.flags.length > 0) parts.push(`flags: ${entry.flags.join(', ')}`)
  if (entry.homographs.length > 0) parts.push(`same Korean as ${entry.homographs.join(', ')}`)
  return parts.join('; ')
}

/** A stable XML ID for an entry: the same term keeps its id across runs (CAT tools merge on it). */
export function conceptId(key: string): string {
  return 'c' + createHash('sha1').update(key).digest('hex').slice(0, 12)
}

/** XML text: the five special characters escaped, characters XML 1.0 forbids dropped. */
function escape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
