/**
 * A small reader of YAML-ish front matter: `key: value` lines between `---`
 * fences at the very start of a Markdown file, and `key:` followed by
 * `- item` lines for lists. Enough for a masthead; no YAML dependency.
 */

export interface FrontMatterField {
  key: string
  value: string
  /** Offset of the value's first character in the source. */
  offset: number
}

export interface FrontMatter {
  fields: FrontMatterField[]
  /** Offset just past the closing fence's line (where the Markdown begins). */
  end: number
}

/** Longest front matter looked at, in lines. */
const maximumLines = 200

export function readFrontMatter(text: string): FrontMatter | null {
  let start = 0
  if (text.charCodeAt(0) === 0xfeff) start = 1
  const first = lineAt(text, start)
  if (first.text.trimEnd() !== '---') return null

  const fields: FrontMatterField[] = []
  let listKey: string | null = null
  let at = first.next
  for (let count = 0; at < text.length && count < maximumLines; count++) {
    const line = lineAt(text, at)
    const trimmed = line.text.trim()
    if (trimmed === '---' || trimmed === '...') return {fields, end: line.next}
    if (trimmed === '' || trimmed.startsWith('#')) {
      at = line.next
      continue
    }
    const item = /^\s+-\s+|^-\s+/.exec(line.text)
    if (item && listKey) {
      const raw = line.text.slice(item[0].length)
      const value = unquote(raw)
      fields.push({key: listKey, value: value.text, offset: line.start + item[0].length + value.skip})
      at = line.next
      continue
    }
    const colon = line.text.indexOf(':')
    if (colon <= 0) return null
    const key = line.text.slice(0, colon).trim()
    const rest = line.text.slice(colon + 1)
    const lead = rest.length - rest.trimStart().length
    if (rest.trim() === '') {
      listKey = key
    } else {
      listKey = null
      const value = unquote(rest.slice(lead))
      fields.push({key, value: value.text, offset: line.start + colon + 1 + lead + value.skip})
    }
    at = line.next
  }
  return null
}

/** The text with the front matter blanked (newlines kept), so Markdown offsets stay those of the file. */
export function blankFrontMatter(text: string, matter: FrontMatter | null): string {
  if (!matter) return text
  return text.slice(0, matter.end).replace(/[^\r\n]/g, ' ') + text.slice(matter.end)
}

function lineAt(text: string, start: number): {start: number; text: string; next: number} {
  let end = start
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
  let next = end
  if (text.charCodeAt(next) === 13) next++
  if (text.charCodeAt(next) === 10) next++
  return {start, text: text.slice(start, end), next}
}

/** `'a'` / `"a"` → `a` (doubled quotes and `\"` undone); trailing spaces dropped. */
function unquote(raw: string): {text: string; skip: number} {
  const value = raw.trimEnd()
  const quote = value[0]
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1)
    return {text: quote === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(["\\])/g, '$1'), skip: 1}
  }
  return {text: value, skip: 0}
}
