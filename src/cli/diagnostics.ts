import {displayName, displayText} from '../util/display.js'
import type {Diagnostic} from '../emit/document.js'

/** `file:line:column severity message (rule)`, the format editors and CI understand. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const name = displayName(file)
  const place = diagnostic.line === null ? name : `${name}:${diagnostic.line}:${diagnostic.column ?? 1}`
  return `${place} ${diagnostic.severity} ${displayText(diagnostic.message)} (${diagnostic.ruleId})`
}

/** Print diagnostics to stderr; `quiet` keeps errors only. */
export function printDiagnostics(file: string, diagnostics: Diagnostic[], quiet: boolean): void {
  for (const diagnostic of diagnostics) {
    if (quiet && diagnostic.severity !== 'error') continue
    process.stderr.write(formatDiagnostic(file, diagnostic) + '\n')
  }
}
