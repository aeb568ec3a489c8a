#!/usr/bin/env node
/**
 * Build the character readings table that term extraction loads at run time:
 * one line per Chinese character, `char TAB hanja TAB pinyin,… TAB traditional TAB simplified`.
 *
 * Sources, all npm packages installed with kic: the `hanja` package's reading
 * table (Sino-Korean readings), pinyin-pro (every Mandarin reading of the
 * character) and opencc-js (character-level simplified ↔ traditional).
 * Loading those libraries takes ~0.5 s; reading this table takes milliseconds.
 * Runs as part of `npm run build`; writes dist/data/readings.txt atomically.
 */
import {createRequire} from 'node:module'
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as OpenCC from 'opencc-js'
import {pinyin} from 'pinyin-pro'

const require = createRequire(import.meta.url)
const hanja = require('hanja/lib/data/hanjaeum.json')
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'dist', 'data', 'readings.txt')

const toTraditional = OpenCC.Converter({from: 'cn', to: 't'})
const toSimplified = OpenCC.Converter({from: 't', to: 'cn'})

const ranges = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff]
]
const chars = new Set(Object.keys(hanja))
for (const [from, to] of ranges) for (let code = from; code <= to; code++) chars.add(String.fromCodePoint(code))

const lines = []
for (const char of [...chars].sort()) {
  const traditional = toTraditional(char)
  const simplified = toSimplified(char)
  const readings = pinyin(char, {multiple: true, type: 'array', toneType: 'none', v: true}).filter((py) => /^[a-zv]+$/.test(py))
  const korean = hanja[char] ?? ''
  if (!korean && readings.length === 0 && traditional === char && simplified === char) continue
  lines.push([char, korean, [...new Set(readings)].join(','), traditional === char ? '' : traditional, simplified === char ? '' : simplified].join('\t'))
}

mkdirSync(dirname(target), {recursive: true})
const temporary = `${target}.${process.pid}.tmp`
writeFileSync(temporary, lines.join('\n') + '\n')
renameSync(temporary, target)
console.log(`readings: ${lines.length} characters → ${target.slice(root.length + 1)}`)
