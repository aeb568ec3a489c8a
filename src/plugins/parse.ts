import type {Plugin, Processor} from 'unified'
import type {FlatRoot} from '../tree/types.js'
import {parseBulletin} from '../parse/bulletin.js'
import {fileReporter} from './report.js'

/** unified parser plugin: decoded text → flat kic tree. */
const kicParse: Plugin<[], string, FlatRoot> = function () {
  const self = this as unknown as Processor<FlatRoot>
  self.parser = (document, file) => parseBulletin(document, fileReporter(file))
}

export default kicParse
