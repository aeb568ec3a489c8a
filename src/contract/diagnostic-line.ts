/**
 * The one way kic prints a problem, as editors and CI read it:
 * `file:line:column severity message (rule)`, and a hint on the next line.
 * A problem without a line is printed at the file alone.
 */
export interface DiagnosticLine {
  file: string
  line: number | null
  column: number | null
  severity: string
  message: string
  ruleId: string
  hint?: string | null
}

import {displayName, displayText} from '../util/display.js'

/** Names and messages are escaped (a newline in a file name cannot forge a line). */
export function formatDiagnosticLine(diagnostic: DiagnosticLine): string {
  const file = displayName(diagnostic.file)
  const place = diagnostic.line === null ? file : `${file}:${diagnostic.line}:${diagnostic.column ?? 1}`
  return `${place} ${diagnostic.severity} ${displayText(diagnostic.message)} (${diagnostic.ruleId})` + (diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : '')
}
