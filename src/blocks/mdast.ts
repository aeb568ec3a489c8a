import type {Paragraph, PhrasingContent} from 'mdast'

/** mdast text: plain objects, so block modules write Markdown without loading the Markdown code. */
export function mdText(value: string): PhrasingContent {
  return {type: 'text', value}
}

export function mdParagraph(value: string): Paragraph {
  return {type: 'paragraph', children: [mdText(value)]}
}
