/** How far from the start a PDF header may sit (the format allows leading bytes). */
const headerWindow = 1024

/** Whether the bytes are a PDF: `%PDF-` near the start, whatever the file is called. */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, headerWindow)
  for (let index = 0; index <= end; index++) {
    if (bytes[index] === 0x25 && bytes[index + 1] === 0x50 && bytes[index + 2] === 0x44 && bytes[index + 3] === 0x46 && bytes[index + 4] === 0x2d) return true
  }
  return false
}

/** Whether a path names a PDF by its extension. */
export function isPdfName(path: string): boolean {
  return /\.pdf$/i.test(path)
}
