import type {Diagnostic} from '../emit/document.js'
import {formatDiagnosticLine} from '../contract/diagnostic-line.js'

/** `file:line:column severity message (rule)`, the format editors and CI understand. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return formatDiagnosticLine({file, ...diagnostic})
}

/** Print diagnostics to stderr; `quiet` keeps errors only. */
export function printDiagnostics(file: string, diagnostics: Diagnostic[], quiet: boolean): void {
  for (const diagnostic of diagnostics) {
    if (quiet && diagnostic.severity !== 'error') continue
    process.stderr.write(formatDiagnostic(file, diagnostic) + '\n')
  }
}
