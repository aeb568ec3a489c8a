import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkCjkFriendly from 'remark-cjk-friendly'
import type {FlatRoot} from '../tree/types.js'
import {fromMdast} from '../markdown/from-mdast.js'
import {blankFrontMatter, readFrontMatter} from '../markdown/front-matter.js'
import {fileReporter} from './report.js'
import {unicodeBreaksToLf} from '../util/line-breaks.js'

/**
 * unified parser plugin: Markdown → flat kic tree. remark-parse with GFM
 * (tables, autolinks) and CJK-friendly emphasis (`**이리(伊利)**는`) reads
 * the text; front matter is read apart and blanked so offsets stay the file's.
 */
const kicParseMarkdown: Plugin<[], string, FlatRoot> = function () {
  const self = this as unknown as Processor<FlatRoot>
  const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly)
  self.parser = (text, file) => {
    // Unicode line breaks become LF, one character for one, so remark sees the lines the text parser sees.
    const document = unicodeBreaksToLf(text)
    const frontMatter = readFrontMatter(document)
    const tree = markdown.parse(blankFrontMatter(document, frontMatter))
    return fromMdast(tree, document, {frontMatter, report: fileReporter(file)})
  }
}

export default kicParseMarkdown
