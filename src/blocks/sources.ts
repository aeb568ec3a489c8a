import * as contract from '../contract/document.js'
import type {Static} from '../contract/define.js'
import type {Draft, Sources} from '../tree/types.js'
import {positionJson, type BlockModule} from './module.js'

/** `*출처:` lists of numbered source items with their URLs. */
export const sources: BlockModule<Sources, Static<typeof contract.sources>, Sources<Draft>> = {
  type: 'sources',
  letter: 's',
  json: contract.sources,
  childIds(node, id) {
    node.items.forEach((item, index) => (item.id = `${id}/${index + 1}`))
  },
  units: (node, id) => node.items.map((item) => ({span: item.span, block: id, blockType: 'sourceItem'})),
  toJson: (node, id) => ({
    id,
    type: 'sources',
    items: node.items.map((each) => ({
      id: each.id,
      number: each.number,
      text: each.span.text,
      url: each.urls[0] ?? null,
      urls: each.urls,
      position: positionJson(each.position)
    })),
    lang: node.lang ?? 'und',
    position: positionJson(node.position)
  }),
  text: (json) => json.items.map((item) => item.text).join('\n')
}
