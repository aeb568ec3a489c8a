import {formatDiagnosticLine} from './contract/diagnostic-line.js'
import type {RuleId} from './contract/rules.js'

/**
 * An input problem the user can fix: it names the file, the place and what
 * to do. The CLI prints it without a stack trace and exits with 1.
 */

export class KicError extends Error {
  readonly file: string
  readonly line: number | null
  readonly column: number | null
  readonly hint: string | null
  readonly ruleId: RuleId

  constructor(
    message: string,
    options: {
      file: string
      ruleId: RuleId
      line?: number | null
      column?: number | null
      hint?: string | null
    }
  ) {
    super(message)
    this.name = 'KicError'
    this.file = options.file
    this.ruleId = options.ruleId
    this.line = options.line ?? null
    this.column = options.column ?? null
    this.hint = options.hint ?? null
  }

  /** `file:line:column error message (rule)` plus the hint on its own line. */
  format(): string {
    return formatDiagnosticLine({file: this.file, line: this.line, column: this.column, severity: 'error', message: this.message, ruleId: this.ruleId, hint: this.hint})
  }
}

export function isKicError(value: unknown): value is KicError {
  return value instanceof KicError
}
