import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import test from 'node:test'
import {decode} from '../src/io/decode.js'
import {utf8Bytes} from '../src/util/utf8.js'
import {listFiles} from './support/files.js'
import {corpus, fixtures} from './support/paths.js'

const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Every UTF-8 text of the corpus and the fixtures. */
function utf8Inputs(): {name: string; bytes: Buffer}[] {
  return [corpus, fixtures]
    .flatMap((folder) => listFiles(folder).filter((name) => /\.(?:txt|md)$/.test(name)).map((name) => join(folder, name)))
    .map((name) => ({name, bytes: readFileSync(name)}))
    .filter(({bytes}) => {
      try {
        strict.decode(bytes)
        return true
      } catch {
        return false
      }
    })
}

test('decode: UTF-8 text is the string a strict decoder gives, for every corpus and fixture text', () => {
  const inputs = utf8Inputs()
  assert.ok(inputs.length > 40, `${inputs.length} inputs`)
  for (const {name, bytes} of inputs) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    const decoded = decode(bytes, name)
    assert.equal(decoded.encoding, 'utf-8', name)
    assert.equal(decoded.text, strict.decode(bytes.subarray(bom)), name)
  }
})

/** The newline kind and binary verdict of a text, read character by character as the rules say. */
function expectedScan(text: string): {newline: string; binary: boolean} {
  let crlf = 0
  let lf = 0
  let cr = 0
  let controls = 0
  let nul = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text[index + 1] === '\n') {
      crlf++
      index++
    } else if (code === 13) cr++
    else if (code === 10) lf++
    else if (code === 0) nul = true
    if (code === 0x7f || (code < 0x20 && ![9, 10, 12, 13].includes(code))) controls++
  }
  const kinds = [crlf, lf, cr].filter((count) => count > 0).length
  const newline = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr'
  return {newline, binary: nul || controls > Math.max(2, text.length * 0.01)}
}

test('decode: line ends and control characters are read alike with and without carriage returns or controls', () => {
  // Texts with none of them take a shortcut (two searches); the others a pass over every character.
  const pieces = ['주간 중국 창업 제 1호', 'Alibaba 阿里巴巴', '\n', '\r\n', '\r', '\t', '\f', '\u000b', '\u0000', '\u007f', '\u001f', ' ']
  let seed = 7
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 16
  const seen = new Set<string>()
  for (let round = 0; round < 3000; round++) {
    let text = ''
    const count = 1 + (next() % 12)
    for (let index = 0; index < count; index++) text += pieces[next() % (index === 0 ? 2 : pieces.length)]
    const expected = expectedScan(text)
    let got: {newline: string; binary: boolean}
    try {
      got = {newline: decode(Buffer.from(text), 'mixed.txt').newline, binary: false}
    } catch (error) {
      assert.match(String(error), /binary data/, text)
      got = {newline: expected.newline, binary: true}
    }
    assert.deepEqual(got, expected, JSON.stringify(text))
    seen.add(`${expected.newline} ${expected.binary}`)
  }
  // Every kind of line end, with and without binary data, came up.
  assert.ok(seen.size >= 9, [...seen].join(', '))
})

test('decode: ASCII, Latin-1 letters, Hangul, Han, astral ideographs and emoji come out as written', () => {
  const samples = [
    'plain ASCII only\n',
    'café crème, naïve\n',
    '주간 중국 창업 287호\n',
    '优必选（UBTECH） 3억 위안\n',
    '𠀀𪚥 ext-B and 🚀 emoji, 𝑥\n',
    '\u00a0\u2028\ufeff inside\n'
  ]
  for (const sample of samples) {
    const bytes = Buffer.from(sample, 'utf8')
    assert.equal(decode(bytes, 'x.txt').text, sample)
    assert.equal(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'x.txt').text, sample)
  }
  // Every code point but the surrogates, in one text.
  const all: string[] = []
  for (let code = 0x20; code <= 0x10ffff; code += code < 0x3000 ? 1 : 97) if (code < 0xd800 || code > 0xdfff) all.push(String.fromCodePoint(code))
  const text = all.join('')
  assert.equal(decode(Buffer.from(text, 'utf8'), 'all.txt', 'utf-8').text, text)
})

test('decode: bytes that are not UTF-8 are still refused when UTF-8 is asked for', () => {
  for (const bad of [[0x61, 0xe9, 0x62], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
    assert.throws(() => decode(Buffer.from(bad), 'bad.txt', 'utf-8'), /cannot decode the file as UTF-8/)
  }
})

test('utf8Bytes: the bytes TextEncoder gives, for long and short texts, astral characters and lone surrogates', () => {
  const encoder = new TextEncoder()
  const issue = readFileSync(join(corpus, '287.txt'), 'utf8')
  const texts = [
    issue,
    JSON.stringify({text: issue}),
    'ascii only '.repeat(200),
    '주간 중국 창업 '.repeat(300),
    '𠀀𪚥🚀 '.repeat(500),
    'short 한글',
    // Lone surrogates (not well-formed): U+FFFD, as TextEncoder writes them.
    'a\ud800b'.repeat(400),
    '\udc00' + 'x'.repeat(2000),
    // Past the size of the reused buffer: a buffer of its own.
    '한'.repeat(1_500_000)
  ]
  const results = texts.map((text) => utf8Bytes(text))
  for (const [index, text] of texts.entries()) {
    const bytes = results[index]!
    // Still right after the later calls: never a view of the buffer they reuse.
    assert.deepEqual(Buffer.from(bytes), Buffer.from(encoder.encode(text)), text.slice(0, 20))
    // Its own memory, not a slice of a shared pool (the batch transfers these buffers).
    assert.equal(bytes.byteOffset, 0)
    assert.equal(bytes.buffer.byteLength, bytes.byteLength)
  }
})
