/**
 * A file name as shown in a diagnostic line: control characters, line and
 * paragraph separators and backslashes escaped (`\n`, `\x1b`, `\u2028`), so a
 * name can never forge a line of its own or send terminal escapes.
 */
export function displayName(name: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/.test(name) ? name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, escape) : name
}

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\'}

function escape(character: string): string {
  const code = character.charCodeAt(0)
  return named[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
}

/** Message text as shown: control characters and separators escaped (backslashes kept as they are). */
export function displayText(text: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text) ? text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escape) : text
}
