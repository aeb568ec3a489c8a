import type {Root} from '../tree/types.js'
import {detectLang, countScripts} from '../lang/detect.js'
import {francMinimum} from '../data/scripts.js'
import {textUnits} from '../tree/texts.js'
import {eachBlock} from '../tree/walk.js'

/**
 * unified transformer: tag each block with its language by counting
 * scripts; franc (loaded only when a block has a long Latin run) names
 * the language of Latin-only text.
 */
export default function kicLang() {
  return async (tree: Root) => {
    const texts = new Map<string, string[]>()
    for (const unit of textUnits(tree)) {
      const list = texts.get(unit.block) ?? []
      list.push(unit.span.text)
      texts.set(unit.block, list)
    }
    let franc: ((text: string) => string) | undefined
    const needsFranc = [...texts.values()].some((list) => {
      const counts = countScripts(list.join(' '))
      return counts.latin >= francMinimum && counts.hangul === 0 && counts.han === 0
    })
    if (needsFranc) {
      const module = await import('franc-min')
      franc = (text) => module.franc(text, {minLength: francMinimum})
    }
    eachBlock(tree, (block) => {
      block.lang = detectLang((texts.get(block.id!) ?? []).join(' '), franc)
    })
  }
}
