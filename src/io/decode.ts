import {isUtf8} from 'node:buffer'
import {createRequire} from 'node:module'
import {KicError} from '../errors.js'
import {isPlausibleText} from '../util/chars.js'
import {pointLocator} from '../util/line-breaks.js'
import {utf8Text} from '../util/utf8.js'

const require = createRequire(import.meta.url)

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
  let text: string | undefined
  if (wanted !== 'auto') encoding = wanted
  else if (bom) encoding = bom.encoding
  else ({encoding, text} = sniffEncoding(bytes))

  const skip = bom && bom.encoding === encoding ? bom.length : 0
  const body = bytes.subarray(skip)
  try {
    text ??= decodeStrict(body, encoding)
  } catch {
    const at = firstBadByte(body, encoding) + skip
    const place = placeOfByte(bytes, at, encoding, skip)
    throw new KicError(
      `cannot decode the file as ${encoding === 'euc-kr' ? 'EUC-KR/CP949' : encoding.toUpperCase()}: invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at}`,
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

  const decoded = text as string
  const scanned = scan(decoded)
  const binary = binaryOf(scanned)
  if (binary !== -1) {
    const place = placeOfIndex(decoded, binary)
    const what = decoded.charCodeAt(binary) === 0 ? 'NUL characters' : 'control characters'
    throw new KicError(`the file holds binary data (${what}): it is not a text bulletin`, {
      file,
      ruleId: 'input-binary',
      line: place.line,
      column: place.column,
      hint: 'give the text extracted from the PDF (UTF-8, UTF-16 or EUC-KR), not the PDF or another binary file'
    })
  }

  return {text: decoded, encoding, bom: skip > 0, newline: scanned.newline}
}

/** Share of control characters beyond which decoded text is binary data. */
const controlShare = 0.01

/** What one pass over decoded text finds: NULs, other control characters, line ends. */
interface Scan {
  nul: number
  controls: number
  firstControl: number
  length: number
  newline: Decoded['newline']
}

/** A control character that `scan` counts: not tab, line feed, form feed or carriage return. */
const controlCharacter = /[\x00-\x08\x0b\x0e-\x1f\x7f]/

/** One pass over the text: the first NUL, control characters, and the kinds of line end. */
function scan(text: string): Scan {
  // Most texts hold no control character and no carriage return, which two native searches tell.
  if (!text.includes('\r') && !controlCharacter.test(text)) {
    return {nul: -1, controls: 0, firstControl: -1, length: text.length, newline: text.includes('\n') ? 'lf' : 'none'}
  }
  let nul = -1
  let controls = 0
  let firstControl = -1
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x20) {
      if (code === 0x7f) {
        if (firstControl === -1) firstControl = index
        controls++
      }
      continue
    }
    if (code === 10) lf++
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) {
        crlf++
        index++
      } else cr++
    } else if (code !== 9 && code !== 12) {
      if (code === 0 && nul === -1) nul = index
      if (firstControl === -1) firstControl = index
      controls++
    }
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
  const newline = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr'
  return {nul, controls, firstControl, length: text.length, newline}
}

/** Index of the first NUL, or of the first control character when there are too many; else -1. */
function binaryOf(scanned: Scan): number {
  if (scanned.nul !== -1) return scanned.nul
  return scanned.controls > Math.max(2, scanned.length * controlShare) ? scanned.firstControl : -1
}

function binaryIndex(text: string): number {
  return binaryOf(scan(text))
}

function sniffBom(bytes: Uint8Array): {encoding: EncodingName; length: number} | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', length: 3}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  return undefined
}

/** Guess the encoding of a file without a BOM; returns the text too when the guess decoded it. */
function sniffEncoding(bytes: Uint8Array): {encoding: EncodingName; text?: string} {
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
  if (sample >= 4 && oddNul > sample / 8 && evenNul < oddNul / 8 && isText(bytes, 'utf-16le')) return {encoding: 'utf-16le'}
  if (sample >= 4 && evenNul > sample / 8 && oddNul < evenNul / 8 && isText(bytes, 'utf-16be')) return {encoding: 'utf-16be'}
  for (const encoding of ['utf-8', 'euc-kr'] as const) {
    try {
      return {encoding, text: decodeStrict(bytes, encoding)}
    } catch {
      // Try the next one.
    }
  }
  return {encoding: 'utf-8'}
}

/** Share of characters from the bulletin's scripts that a guessed UTF-16 text must reach. */
const plausibleShare = 0.9

/**
 * Decodes, and what comes out looks like the bulletin's text (ASCII, Latin-1,
 * punctuation, CJK, Hangul, full-width forms) rather than binary data that
 * happens to have NULs on one side.
 */
function isText(bytes: Uint8Array, encoding: EncodingName): boolean {
  let text: string
  try {
    text = decodeStrict(bytes, encoding)
  } catch {
    return false
  }
  if (binaryIndex(text) !== -1) return false
  let plausible = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isPlausibleText(code)) plausible++
  }
  return plausible >= text.length * plausibleShare
}

/**
 * Decode or throw. Node's ICU `euc-kr` decoder silently drops the lead byte
 * of CP949 (UHC) extension syllables (`똠` = 0x8C 0x63 comes out as `c`), so
 * EUC-KR and CP949 go through iconv-lite's CP949 table, a superset of EUC-KR,
 * loaded only when such a file shows up.
 */
function decodeStrict(bytes: Uint8Array, encoding: EncodingName): string {
  if (encoding === 'utf-8') {
    // Node's SIMD validator: the same strict UTF-8 as a fatal TextDecoder, several times faster.
    if (!isUtf8(bytes)) throw new Error('invalid UTF-8')
    return utf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  }
  if (encoding !== 'euc-kr') return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  const iconv = require('iconv-lite') as {decode(bytes: Buffer, encoding: string): string}
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949')
  if (text.includes('\ufffd')) throw new Error('invalid CP949')
  return text
}

function canDecode(bytes: Uint8Array, encoding: EncodingName): boolean {
  try {
    decodeStrict(bytes, encoding)
    return true
  } catch {
    return false
  }
}

/** Index of the first byte that cannot be decoded (a scan, not a search: decoding is not monotonic in the prefix). */
function firstBadByte(bytes: Uint8Array, encoding: EncodingName): number {
  if (encoding === 'euc-kr') return firstBadCp949Byte(bytes)
  if (encoding === 'utf-8') return firstBadUtf8Byte(bytes)
  return firstBadUtf16Byte(bytes, encoding === 'utf-16le')
}

/** UTF-8 as the WHATWG decoder reads it: no overlongs, no surrogates, nothing past U+10FFFF. */
function firstBadUtf8Byte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    if (lead < 0x80) {
      index++
      continue
    }
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      // A truncated or broken sequence: the lead byte starts the bad character.
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index
    }
    index += length
  }
  return Math.max(0, bytes.length - 1)
}

/** UTF-16: an odd last byte or a surrogate without its pair. */
function firstBadUtf16Byte(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) => (littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1])
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const code = unit(index)
    if (code >= 0xdc00 && code <= 0xdfff) return index
    if (code >= 0xd800 && code <= 0xdbff) {
      if (index + 3 >= bytes.length) return index
      const next = unit(index + 2)
      if (next < 0xdc00 || next > 0xdfff) return index
      index += 2
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : Math.max(0, bytes.length - 1)
}

/** CP949: ASCII, or a lead byte 0x81–0xFE with a trail 0x41–0x5A, 0x61–0x7A, 0x81–0xFE. */
function firstBadCp949Byte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index++) {
    const lead = bytes[index]
    if (lead < 0x80) continue
    const trail = bytes[index + 1] ?? -1
    const trailOk = (trail >= 0x41 && trail <= 0x5a) || (trail >= 0x61 && trail <= 0x7a) || (trail >= 0x81 && trail <= 0xfe)
    if (lead < 0x81 || lead > 0xfe || !trailOk) return index
    if (!canDecode(bytes.subarray(index, index + 2), 'euc-kr')) return index
    index++
  }
  return 0
}

/** Line and column (in characters) of byte `at`: the bytes before it decode, so count on their text. */
function placeOfByte(bytes: Uint8Array, at: number, encoding: EncodingName, skip: number): {line: number; column: number} {
  let before: string
  try {
    before = decodeStrict(bytes.subarray(skip, at), encoding)
  } catch {
    before = new TextDecoder(encoding === 'euc-kr' ? 'utf-8' : encoding).decode(bytes.subarray(skip, at))
  }
  const {line, column} = pointLocator(before)(before.length)
  return {line, column}
}

function placeOfIndex(text: string, at: number): {line: number; column: number} {
  const {line, column} = pointLocator(text)(at)
  return {line, column}
}
