import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Paragraph} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

export const paragraph: BlockModule<Paragraph, Static<typeof contract.paragraph>> = {
  type: 'paragraph',
  letter: 'p',
  json: contract.paragraph,
  units: (node, id) => [{span: node.span, block: id, blockType: 'paragraph'}],
  toJson: (node, id) => ({id, type: 'paragraph', text: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.text
}
