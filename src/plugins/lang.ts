import type {Root} from '../tree/types.js'
import {addToTally, blockTally, langOfCounts, withoutUrls, type BlockTally} from '../lang/detect.js'
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
    // Scripts counted unit by unit, URLs and addresses taken out (one never spans two units, which a block joins with a space).
    const cleaned = units.map((unit) => withoutUrls(unit.span.text))
    const tallies = new Map<string, BlockTally>()
    // Each unit's block, whose whole length is known before counting: a Korean block's count stops once the rest cannot change it.
    const owners = units.map((unit, index) => {
      let tally = tallies.get(unit.block)
      if (!tally) tallies.set(unit.block, (tally = blockTally()))
      tally.unread += cleaned[index]!.length
      return tally
    })
    owners.forEach((tally, index) => addToTally(tally, cleaned[index]!))
    let franc: ((text: string) => string) | undefined
    let texts: Map<string, string[]> | undefined
    if ([...tallies.values()].some(({counts, korean}) => !korean && counts.latin >= francMinimum && counts.hangul === 0 && counts.han === 0)) {
      const module = await import('franc-min')
      franc = (text) => module.franc(text, {minLength: francMinimum})
      texts = textsByBlock(units)
    }
    eachBlock(tree, (block) => {
      const tally = tallies.get(block.id)
      // The text itself is read only by franc.
      block.lang = !tally ? 'und' : tally.korean ? 'ko' : langOfCounts(tally.counts, texts?.get(block.id)?.join(' ') ?? '', franc)
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
