import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Caption} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

/** `사진 1) …`, `표 2) …` captions (a table caption with no table: `imageOnly`). */
export const caption: BlockModule<Caption, Static<typeof contract.caption>> = {
  type: 'caption',
  letter: 'c',
  json: contract.caption,
  units: (node, id) => [{span: node.span, block: id, blockType: 'caption'}],
  toJson: (node, id) => ({
    id,
    type: 'caption',
    kind: node.kind,
    label: node.label,
    number: node.number,
    text: node.text,
    credit: node.credit,
    raw: node.span.text,
    imageOnly: node.imageOnly,
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text: (json) => json.raw
}
