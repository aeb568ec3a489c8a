import type {Root} from '../tree/types.js'
import {countScripts, langOfCounts, withoutUrls} from '../lang/detect.js'
import {francMinimum} from '../data/scripts.js'
import {textUnits} from '../tree/texts.js'
import {eachBlock} from '../tree/walk.js'

/**
 * unified transformer: tag each block with its language by counting
 * scripts; franc (loaded only when a block has a long Latin-only run)
 * names the language of Latin-only text.
 */
export default function kicLang() {
  return async (tree: Root) => {
    const texts = new Map<string, string[]>()
    for (const unit of textUnits(tree)) {
      const list = texts.get(unit.block) ?? []
      list.push(unit.span.text)
      texts.set(unit.block, list)
    }
    const blocks = new Map<string, {text: string; counts: ReturnType<typeof countScripts>}>()
    for (const [id, list] of texts) {
      const text = list.join(' ')
      blocks.set(id, {text, counts: countScripts(withoutUrls(text))})
    }
    let franc: ((text: string) => string) | undefined
    const needsFranc = [...blocks.values()].some(
      ({counts}) => counts.latin >= francMinimum && counts.hangul === 0 && counts.han === 0
    )
    if (needsFranc) {
      const module = await import('franc-min')
      franc = (text) => module.franc(text, {minLength: francMinimum})
    }
    eachBlock(tree, (block) => {
      const entry = blocks.get(block.id!)
      block.lang = entry ? langOfCounts(entry.counts, entry.text, franc) : 'und'
    })
  }
}
