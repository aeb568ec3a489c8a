import type {VFile} from 'vfile'
import type {Report} from '../lines/context.js'
import {rules} from '../contract/rules.js'

/** A `Report` that files each problem as a located vfile message with its rule id. */
export function fileReporter(file: VFile): Report {
  return (reason, place, ruleId) => {
    const severity = rules[ruleId].severity
    const options = {place, ruleId, source: 'kic'}
    // A message is an Error: V8 would capture a stack trace that vfile-message then replaces with ''.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      if (severity === 'info') file.info(reason, options)
      else {
        const message = file.message(reason, options)
        if (severity === 'error') message.fatal = true
      }
    } finally {
      Error.stackTraceLimit = limit
    }
  }
}
