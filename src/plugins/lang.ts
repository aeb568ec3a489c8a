import type {Root} from '../tree/types.js'
import {addScripts, langOfCounts, withoutUrls, type ScriptCounts} from '../lang/detect.js'
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
    // Scripts counted unit by unit (a URL or address never spans two units, which a block joins with a space).
    const blocks = new Map<string, {texts: string[]; counts: ScriptCounts}>()
    for (const unit of textUnits(tree)) {
      let entry = blocks.get(unit.block)
      if (!entry) blocks.set(unit.block, (entry = {texts: [], counts: {hangul: 0, han: 0, latin: 0, other: 0}}))
      entry.texts.push(unit.span.text)
      addScripts(entry.counts, withoutUrls(unit.span.text))
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
      const entry = blocks.get(block.id)
      // The text itself is read only by franc.
      block.lang = entry ? langOfCounts(entry.counts, franc ? entry.texts.join(' ') : '', franc) : 'und'
    })
  }
}
