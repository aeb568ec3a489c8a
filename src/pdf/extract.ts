import {layoutPages, type PdfLayout} from './layout.js'
import {readPdfPages} from './read.js'

export interface PdfText extends PdfLayout {
  pages: number
  /** Pages with runs of text set at an angle, left out, and how many. */
  rotated: Array<{page: number; count: number}>
}

/** A PDF → its rebuilt text, where each line comes from, and the furniture removed. */
export async function extractPdf(bytes: Uint8Array, file: string): Promise<PdfText> {
  const pages = await readPdfPages(bytes, file)
  const rotated = pages.filter((page) => (page.rotated ?? 0) > 0).map((page) => ({page: page.number, count: page.rotated ?? 0}))
  return {...layoutPages(pages), pages: pages.length, rotated}
}
