import type {Root} from '../tree/types.js'

/** unified transformer: term pairs of every text unit → `tree.data.terms`. */
export default function kicTerms(options: {enabled?: boolean} = {}) {
  return async (tree: Root) => {
    tree.data = {...tree.data, terms: []}
    if (options.enabled === false) return
  }
}
