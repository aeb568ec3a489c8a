/** Small HTML helpers: escaping, and Chinese runs tagged `lang="zh"` (for the font). */
import {hanClass} from '../util/chars.js'

const special = /[&<>"']/
const specials = /[&<>"']/g
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text or attribute value, escaped. */
export function escape(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return special.test(text) ? text.replace(specials, (char) => entities[char]!) : text
}

// Two or more Han characters in a row (with the middle dot of names): Chinese inside Korean text.
const hanRun = new RegExp(`[${hanClass}][${hanClass}·]*[${hanClass}]`, 'gu')
const hasHan = new RegExp(`[${hanClass}]`, 'u')

/** Escaped text with runs of Chinese characters in `<span lang="zh">` so they get a Chinese font. */
export function text(value: string, lang = 'ko'): string {
  const escaped = escape(value)
  if (lang === 'zh' || !hasHan.test(escaped)) return escaped
  return escaped.replace(hanRun, (run) => `<span lang="zh">${run}</span>`)
}

/** A page: doctype, head with the style sheet (linked or inlined) and the body. */
export function page(options: {title: string; body: string; css: string; script: string; inline: boolean; lang?: string}): string {
  const style = options.inline ? `<style>${options.css}</style>` : `<link rel="stylesheet" href="${escape(options.css)}">`
  const script = options.inline ? `<script>${options.script}</script>` : `<script src="${escape(options.script)}"></script>`
  return (
    `<!doctype html>\n<html lang="${options.lang ?? 'ko'}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    // No network: nothing may be fetched from anywhere but the report's own folder.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self' 'unsafe-inline' data:; connect-src 'none'">\n` +
    `<title>${escape(options.title)}</title>\n${style}\n</head>\n<body>\n` +
    `<a class="skip" href="#main">본문으로 건너뛰기 (skip to content)</a>\n${options.body}\n${script}\n</body>\n</html>\n`
  )
}
