import type {VFile} from 'vfile'
import type {Report} from '../parse/context.js'
import {rules} from '../contract/rules.js'

/** A `Report` that files each problem as a located vfile message with its rule id. */
export function fileReporter(file: VFile): Report {
  return (reason, place, ruleId) => {
    const severity = rules[ruleId].severity
    const options = {place, ruleId, source: 'kic'}
    if (severity === 'info') file.info(reason, options)
    else {
      const message = file.message(reason, options)
      if (severity === 'error') message.fatal = true
    }
  }
}
