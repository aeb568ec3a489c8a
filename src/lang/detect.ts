import type {Lang} from '../tree/types.js'
import {chineseShare, francMinimum, koreanShare, scriptRanges} from '../data/scripts.js'

export interface ScriptCounts {
  hangul: number
  han: number
  latin: number
  other: number
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {hangul: 0, han: 0, latin: 0, other: 0}
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x41) continue
    const range = scriptRanges.find((each) => code >= each.from && code <= each.to)
    if (range) counts[range.script]++
    else if (/\p{L}/u.test(char)) counts.other++
  }
  return counts
}

/**
 * Tag a block's language by counting scripts. franc mislabels short and
 * mixed Korean text, so it is asked only about long Latin-only runs (via
 * `latin`, given when the caller has loaded it).
 */
export function detectLang(text: string, latin?: (text: string) => string): Lang {
  const counts = countScripts(withoutUrls(text))
  const letters = counts.hangul + counts.han + counts.latin + counts.other
  if (letters === 0) return 'und'
  if (counts.hangul / letters >= koreanShare) return 'ko'
  if (counts.han / letters >= chineseShare && counts.hangul === 0) return 'zh'
  if (counts.hangul > counts.han && counts.hangul >= counts.latin) return 'ko'
  if (counts.han > counts.latin) return 'zh'
  if (counts.latin / letters >= 0.8) {
    if (latin && counts.latin >= francMinimum) {
      const code = latin(text)
      return code === 'eng' ? 'en' : 'und'
    }
    return 'en'
  }
  return 'und'
}

/** URLs and e-mail addresses are Latin letters that say nothing of the language. */
function withoutUrls(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>]*|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, ' ')
}
