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
