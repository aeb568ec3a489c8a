import {KicError} from '../errors.js'

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr'
export type EncodingOption = 'auto' | EncodingName | 'cp949' | 'utf8' | 'utf-16'

/** Labels users type, mapped to labels Node's TextDecoder knows (it has no `cp949`). */
const aliases: Record<string, EncodingName | 'auto'> = {
  auto: 'auto',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  'euc-kr': 'euc-kr',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  'windows-949': 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  uhc: 'euc-kr'
}

export const encodingChoices = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'euc-kr', 'cp949']

export interface Decoded {
  text: string
  encoding: EncodingName
  bom: boolean
  newline: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none'
}

export function normalizeEncoding(label: string): EncodingName | 'auto' | undefined {
  return aliases[label.toLowerCase()]
}

/**
 * Decode the bytes of one input. `auto` honours a BOM, then tries strict
 * UTF-8, then UTF-16 without BOM (many NULs at odd or even places), then
 * EUC-KR/CP949. Throws a `KicError` naming the first bad byte otherwise.
 */
export function decode(bytes: Uint8Array, file: string, option: string = 'auto'): Decoded {
  const wanted = normalizeEncoding(option)
  if (!wanted) {
    throw new KicError(`unknown encoding \`${option}\``, {
      file,
      ruleId: 'encoding-unknown',
      hint: `use one of ${encodingChoices.join(', ')}`
    })
  }

  const bom = sniffBom(bytes)
  let encoding: EncodingName
  if (wanted === 'auto') {
    encoding = bom ? bom.encoding : sniffEncoding(bytes)
  } else {
    encoding = wanted
  }

  const skip = bom && bom.encoding === encoding ? bom.length : 0
  const body = bytes.subarray(skip)
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    const at = firstBadByte(body, encoding) + skip
    const place = placeOfByte(bytes, at)
    throw new KicError(
      `cannot decode the file as ${encoding}: invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at}`,
      {
        file,
        ruleId: 'encoding-invalid',
        line: place.line,
        column: place.column,
        hint:
          wanted === 'auto'
            ? 'the file is neither UTF-8, UTF-16 nor EUC-KR/CP949; convert it to UTF-8 or pass --encoding'
            : 'pass the right --encoding (auto, utf-8, utf-16le, utf-16be, euc-kr, cp949)'
      }
    )
  }

  if (text.includes('\u0000')) {
    const index = text.indexOf('\u0000')
    const place = placeOfIndex(text, index)
    throw new KicError('the file holds binary data (NUL characters): it is not a text bulletin', {
      file,
      ruleId: 'input-binary',
      line: place.line,
      column: place.column,
      hint: 'give the text extracted from the PDF (UTF-8, UTF-16 or EUC-KR), not the PDF or another binary file'
    })
  }

  return {text, encoding, bom: skip > 0, newline: detectNewline(text)}
}

function sniffBom(bytes: Uint8Array): {encoding: EncodingName; length: number} | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', length: 3}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  return undefined
}

function sniffEncoding(bytes: Uint8Array): EncodingName {
  const sample = Math.min(bytes.length, 4096)
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < sample; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenNul++
      else oddNul++
    }
  }
  // UTF-16 text without a BOM: ASCII characters put NULs on one side only.
  if (sample >= 4 && oddNul > sample / 8 && evenNul < oddNul / 8) return 'utf-16le'
  if (sample >= 4 && evenNul > sample / 8 && oddNul < evenNul / 8) return 'utf-16be'
  if (isUtf8(bytes)) return 'utf-8'
  if (isEucKr(bytes)) return 'euc-kr'
  return 'utf-8'
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}

function isEucKr(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('euc-kr', {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Smallest prefix length that fails to decode: binary search on fatal decoding. */
function firstBadByte(bytes: Uint8Array, encoding: EncodingName): number {
  let low = 0
  let high = bytes.length
  const decoder = new TextDecoder(encoding, {fatal: true, ignoreBOM: true})
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    try {
      // A prefix may end inside a character: stream mode lets that pass.
      decoder.decode(bytes.subarray(0, middle), {stream: true})
      decoder.decode()
      low = middle
    } catch {
      high = middle
    }
  }
  return Math.max(0, high - 1)
}

function placeOfByte(bytes: Uint8Array, at: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < at && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: at - lineStart + 1}
}

function placeOfIndex(text: string, at: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: at - lineStart + 1}
}

function detectNewline(text: string): Decoded['newline'] {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) {
        crlf++
        index++
      } else cr++
    } else if (code === 10) lf++
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
  if (kinds === 0) return 'none'
  if (kinds > 1) return 'mixed'
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr'
}
