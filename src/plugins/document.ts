import type {Plugin, Processor} from 'unified'
import type {Root} from '../tree/types.js'
import {toDocument, type KicDocument} from '../emit/document.js'

declare module 'unified' {
  interface CompileResultMap {
    KicDocument: KicDocument
  }
}

/** unified compiler plugin: kic tree → the `kic/2` JSON document (as `file.result`). */
const kicDocument: Plugin<[], Root, KicDocument> = function () {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, KicDocument>
  self.compiler = (tree, file) => toDocument(tree, file)
}

export default kicDocument
