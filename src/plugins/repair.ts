import type {VFile} from 'vfile'
import type {FlatRoot} from '../tree/types.js'
import {repairPageBreaks} from '../transform/page-breaks.js'
import {fileReporter} from './report.js'

/** unified transformer: repair what PDF extraction broke (words split by page breaks). */
export default function kicRepair() {
  return (tree: FlatRoot, file: VFile) => {
    repairPageBreaks(tree, fileReporter(file))
  }
}
