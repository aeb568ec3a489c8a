import type {Root} from '../tree/types.js'
import {textUnits, type TextUnit} from '../tree/texts.js'

/** The text units of a tree, listed once per tree: terms and figures both read them, and neither changes the tree's texts. */
const listed = new WeakMap<Root, TextUnit[]>()

export function unitsOf(tree: Root): TextUnit[] {
  let units = listed.get(tree)
  if (!units) listed.set(tree, (units = textUnits(tree)))
  return units
}
