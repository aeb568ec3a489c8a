import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Heading} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

/** `1)`, `①`, `Ⅱ.`, `▶` headings inside an article. */
export const heading: BlockModule<Heading, Static<typeof contract.heading>> = {
  type: 'heading',
  letter: 'h',
  json: contract.heading,
  units: (node, id) => [{span: node.span, block: id, blockType: 'heading'}],
  toJson: (node, id) => ({id, type: 'heading', marker: node.marker, level: node.level, title: node.span.text, lang: node.lang ?? 'und', position: positionJson(node.position)}),
  text: (json) => json.title
}
