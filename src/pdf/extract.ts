import {layoutPages, type PdfLayout} from './layout.js'
import {readPdfPages} from './read.js'

export interface PdfText extends PdfLayout {
  pages: number
}

/** A PDF → its rebuilt text, where each line comes from, and the furniture removed. */
export async function extractPdf(bytes: Uint8Array, file: string): Promise<PdfText> {
  const pages = await readPdfPages(bytes, file)
  return {...layoutPages(pages), pages: pages.length}
}
