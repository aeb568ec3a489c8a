import {KicError} from '../errors.js'
import type {PageItems, TextItem} from './types.js'

/** How far from the end the last `%%EOF` must sit in a complete file. */
const trailerWindow = 2048

/** A complete PDF ends with `%%EOF` (maybe followed by a few bytes); a cut download does not. */
function hasTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - trailerWindow))).toString('latin1')
  return tail.includes('%%EOF')
}

/**
 * The text items of every page, in PDF points. PDF.js (through unpdf) is
 * loaded here, on the first PDF, never for text input. Throws a `KicError`
 * for a file that is truncated, encrypted, damaged or has no text layer.
 */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PageItems[]> {
  if (!hasTrailer(bytes)) {
    throw new KicError(`the PDF is truncated: no \`%%EOF\` in its last ${trailerWindow} bytes (file ends at byte ${bytes.length})`, {
      file,
      ruleId: 'pdf-truncated',
      hint: 'the file was cut short (an interrupted download or copy); get a complete copy of the PDF'
    })
  }
  const {getDocumentProxy} = await import('unpdf')
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {verbosity: 0, stopAtErrors: false})
  } catch (error) {
    throw openError(error, file)
  }
  try {
    const pages: PageItems[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      let page
      let content
      try {
        page = await pdf.getPage(number)
        content = await page.getTextContent()
      } catch (error) {
        throw new KicError(`page ${number} of the PDF cannot be read: ${messageOf(error)}`, {
          file,
          ruleId: 'pdf-damaged',
          hint: 'the PDF is damaged; open and save it again in a PDF viewer, or give the extracted text'
        })
      }
      const [x0, y0, x1, y1] = page.view
      const items: TextItem[] = []
      let rotated = 0
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue
        const [a, b, c, d, e, f] = item.transform as number[]
        // Horizontal text only; rotated runs (margin notes, stamps) are not body text.
        if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) {
          if (item.str.trim()) rotated++
          continue
        }
        items.push({str: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.abs(d) || Math.abs(a)})
      }
      pages.push({number, width: x1 - x0, height: y1 - y0, items, rotated})
      page.cleanup()
    }
    if (!pages.some((page) => page.items.some((item) => item.str.trim() !== ''))) {
      throw new KicError(`the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images only)`, {
        file,
        ruleId: 'pdf-no-text',
        hint: 'it is a scan or an image-only export: run OCR first (e.g. `ocrmypdf in.pdf out.pdf`), or give the extracted text'
      })
    }
    return pages
  } finally {
    await pdf.destroy()
  }
}

function openError(error: unknown, file: string): KicError {
  const name = (error as {name?: string} | null)?.name
  if (name === 'PasswordException') {
    return new KicError('the PDF is encrypted and needs a password to open', {
      file,
      ruleId: 'pdf-encrypted',
      hint: 'save an unencrypted copy (e.g. `qpdf --decrypt --password=… in.pdf out.pdf`) and give that'
    })
  }
  return new KicError(`the PDF cannot be read: ${messageOf(error)}`, {
    file,
    ruleId: 'pdf-damaged',
    hint: 'the file is damaged or not really a PDF; get a good copy, or give the extracted text'
  })
}

function messageOf(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 200)
}
