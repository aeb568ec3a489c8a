import type {Root} from '../tree/types.js'
import {addScripts, langOfCounts, withoutUrls, type ScriptCounts} from '../lang/detect.js'
import {francMinimum} from '../data/scripts.js'
import type {TextUnit} from '../tree/texts.js'
import {unitsOf} from './units.js'
import {eachBlock} from '../tree/walk.js'

/**
 * unified transformer: tag each block with its language by counting
 * scripts; franc (loaded only when a block has a long Latin-only run)
 * names the language of Latin-only text.
 */
export default function kicLang() {
  return async (tree: Root) => {
    const units = unitsOf(tree)
    // Scripts counted unit by unit (a URL or address never spans two units, which a block joins with a space).
    const counts = new Map<string, ScriptCounts>()
    for (const unit of units) {
      let entry = counts.get(unit.block)
      if (!entry) counts.set(unit.block, (entry = {hangul: 0, han: 0, latin: 0, other: 0}))
      addScripts(entry, withoutUrls(unit.span.text))
    }
    let franc: ((text: string) => string) | undefined
    let texts: Map<string, string[]> | undefined
    if ([...counts.values()].some((entry) => entry.latin >= francMinimum && entry.hangul === 0 && entry.han === 0)) {
      const module = await import('franc-min')
      franc = (text) => module.franc(text, {minLength: francMinimum})
      texts = textsByBlock(units)
    }
    eachBlock(tree, (block) => {
      const entry = counts.get(block.id)
      // The text itself is read only by franc.
      block.lang = entry ? langOfCounts(entry, texts?.get(block.id)?.join(' ') ?? '', franc) : 'und'
    })
  }
}

function textsByBlock(units: readonly TextUnit[]): Map<string, string[]> {
  const texts = new Map<string, string[]>()
  for (const unit of units) {
    const list = texts.get(unit.block)
    if (list) list.push(unit.span.text)
    else texts.set(unit.block, [unit.span.text])
  }
  return texts
}
