import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Note} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

/** Editor's notes `(*term 편집자 주: …)`. */
export const note: BlockModule<Note, Static<typeof contract.note>> = {
  type: 'note',
  letter: 'n',
  json: contract.note,
  units: (node, id) => [{span: node.span, block: id, blockType: 'note', noteTerm: node.term}],
  toJson: (node, id) => ({id, type: 'note', term: node.term, text: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text
}
