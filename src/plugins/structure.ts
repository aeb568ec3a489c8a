import type {VFile} from 'vfile'
import type {FlatRoot, Root} from '../tree/types.js'
import {structure} from '../transform/structure.js'
import {fileReporter} from './report.js'
import {isLetterOrNumber, replaceRunsOutside} from '../util/unicode-class.js'

/** unified transformer: the flat tree → the structured tree (sections and articles, ids, ToC links), which replaces it. */
export default function kicStructure() {
  return (tree: FlatRoot, file: VFile): Root => {
    const masthead = tree.children.find((node) => node.type === 'masthead')
    const number = masthead && masthead.type === 'masthead' ? masthead.number : null
    // Without an issue number: a key the parser found (Markdown front matter `key:`), else the file stem.
    const key = number !== null ? String(number) : (tree.data?.key ?? issueKey(file))
    return structure(tree, fileReporter(file), key)
  }
}

/** Id prefix for a file without an issue number: its stem, made safe for ids. */
function issueKey(file: VFile): string {
  const stem = file.stem ?? 'stdin'
  return replaceRunsOutside(stem, isKeyCharacter, '_') || 'issue'
}

/** A letter, a digit, `.`, `_` or `-`: what an id keeps of a file name (`[\p{L}\p{N}._-]`). */
const isKeyCharacter = (code: number): boolean => code === 0x2e || code === 0x5f || code === 0x2d || isLetterOrNumber(code)
