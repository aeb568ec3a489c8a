import type {KicDocument} from '../../src/emit/document.js'

/**
 * The structure of a document without what varies with the input's bytes:
 * positions, the source block, the tool version, terms and figures (those
 * have their own gold files). Diagnostics keep their line and column.
 */
export function outline(document: KicDocument) {
  const {schema, issue, toc, sections, colophon, diagnostics} = document
  return strip({
    schema,
    issue,
    toc,
    sections,
    colophon,
    diagnostics: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`)
  })
}

/** The same without line numbers, for inputs whose lines differ from the original. */
export function shape(document: KicDocument) {
  const value = outline(document) as {diagnostics: string[]}
  value.diagnostics = value.diagnostics.map((line) => line.replace(/^\d+:\d+ /, ''))
  return value
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position') continue
      out[key] = strip(child)
    }
    return out
  }
  return value
}
