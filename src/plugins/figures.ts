import type {Root} from '../tree/types.js'

/** unified transformer: figures of every text unit → `tree.data.figures`. */
export default function kicFigures(options: {enabled?: boolean} = {}) {
  return async (tree: Root) => {
    tree.data = {...tree.data, figures: []}
    if (options.enabled === false) return
  }
}
