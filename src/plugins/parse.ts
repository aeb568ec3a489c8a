import type {Plugin, Processor} from 'unified'
import type {Root} from '../tree/types.js'
import {parseBulletin} from '../parse/bulletin.js'
import {fileReporter} from './report.js'

/** unified parser plugin: decoded text → flat kic tree. */
const kicParse: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  self.parser = (document, file) => parseBulletin(document, fileReporter(file))
}

export default kicParse
