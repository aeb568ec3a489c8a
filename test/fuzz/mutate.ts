/**
 * Seeded mutators over the corpus for the fuzz suite. A case is a pure
 * function of its seed: `makeCase(seed)` always gives the same bytes, path
 * and description, so a failing seed reproduces with
 * `node dist/test/fuzz/run.js --case <seed>`.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {corpus, fixtures} from '../support/paths.js'
import {seededRandom} from '../support/random.js'

const require = createRequire(import.meta.url)
const iconv = require('iconv-lite') as {encode(text: string, encoding: string): Buffer}

/** Helpers over one PRNG. */
export class Random {
  readonly next: () => number
  constructor(seed: number) {
    // Spread neighbouring seeds apart (seeds 1, 2, 3 … are the common case).
    this.next = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ (seed >>> 13))
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  /** Integer in [low, high]. */
  range(low: number, high: number): number {
    return low + this.int(high - low + 1)
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!
  }
  /** One of `[weight, value]` pairs. */
  weighted<T>(table: ReadonlyArray<readonly [number, T]>): T {
    let total = 0
    for (const [weight] of table) total += weight
    let at = this.next() * total
    for (const [weight, value] of table) {
      at -= weight
      if (at < 0) return value
    }
    return table[table.length - 1]![1]
  }
}

export interface FuzzCase {
  seed: number
  /** The path handed to the pipeline: `.txt`, or `.md` for Markdown input. */
  path: string
  bytes: Uint8Array
  /** The mutators applied, in order: enough to tell the input's shape in a report. */
  description: string[]
}

let corpusText: string | undefined
let markdownTexts: string[] | undefined

/** corpus/287.txt, read once per thread. */
export function corpusSample(): string {
  corpusText ??= readFileSync(join(corpus, '287.txt'), 'utf8')
  return corpusText
}

/** Markdown seeds: the fixture(s) under fixtures/markdown, plus a synthetic rendering of the corpus. */
function markdownSamples(): string[] {
  if (markdownTexts) return markdownTexts
  const list: string[] = []
  for (const name of ['pandoc-style']) {
    try {
      list.push(readFileSync(join(fixtures, 'markdown', name, 'input.md'), 'utf8'))
    } catch {
      // The fixture may not exist yet.
    }
  }
  list.push(corpusAsMarkdown(corpusSample()))
  markdownTexts = list
  return list
}

/** A rough Markdown rendering of the corpus: headings, lists, tables, emphasis. */
function corpusAsMarkdown(text: string): string {
  const out: string[] = []
  for (const line of text.split('\n')) {
    if (/^\d+\. /.test(line)) out.push('## ' + line)
    else if (/^\d+\) /.test(line)) out.push('### ' + line)
    else if (line.startsWith('- ')) out.push(line)
    else if (line.includes('\t')) out.push('| ' + line.split('\t').join(' | ') + ' |')
    else if (line.startsWith('【')) out.push('**' + line + '**')
    else out.push(line)
  }
  return out.join('\n')
}

/** Characters that matter to the parser, the term extractor and the figure extractor. */
const palette = [
  ' ', '\t', '(', ')', '[', ']', '（', '）', '【', '】', '「', '」', '‘', '’', '"', "'", '·', '/', ',', '.', '%', '-', '–', '—',
  '~', '～', '*', '<', '>', '|', '#', '○', '●', '□', '■', '①', '②', '⑩', '1', '2', '0', '9', '억', '만', '천', '조', '위안',
  '달러', '년', '월', '일', '개', '명', '배', 'P1', '제 ', '호', '中', '国', '創', '业', '華', '为', 'A', 'z', 'é', '\u00a0', '\u3000',
  '\u200b', '\ufeff', '\ufffd', '😀', '\ud800', '\udc00', '\r', '\f', '\u2028', 'Ⅲ', '㈜', '％', '＄', '$', '€', '±', '×', '^'
]

type TextMutator = (lines: string[], random: Random) => string[]

function randomLine(lines: string[], random: Random): number {
  return lines.length === 0 ? 0 : random.int(lines.length)
}

function insertAt(line: string, at: number, what: string): string {
  return line.slice(0, at) + what + line.slice(at)
}

const textMutators: Record<string, TextMutator> = {
  'delete-lines'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 20); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      out.splice(at, random.chance(0.2) ? random.range(1, 40) : 1)
    }
    return out
  },
  'duplicate-lines'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 20); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const length = random.chance(0.2) ? random.range(1, 40) : 1
      out.splice(random.int(out.length + 1), 0, ...out.slice(at, at + length))
    }
    return out
  },
  'swap-lines'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 30); n > 0 && out.length > 1; n--) {
      const a = randomLine(out, random)
      const b = randomLine(out, random)
      ;[out[a], out[b]] = [out[b]!, out[a]!]
    }
    return out
  },
  'slice'(lines, random) {
    const start = random.int(lines.length)
    return lines.slice(start, start + random.range(1, 120))
  },
  'tabs'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 60); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      out[at] = insertAt(line, random.int(line.length + 1), '\t'.repeat(random.range(1, 4)))
    }
    return out
  },
  'brackets'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 60); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      out[at] = insertAt(line, random.int(line.length + 1), random.pick(['(', ')', '[', ']', '（', '）', '【', '】', '()', '[]', '(伊利)', '(a']))
    }
    return out
  },
  'unbalanced'(lines, random) {
    const out = lines.slice()
    const open = random.pick(['(', '[', '（', '【', '「'])
    for (let n = random.range(1, 10); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      out[at] = insertAt(line, random.int(line.length + 1), open.repeat(random.range(1, 500)))
    }
    return out
  },
  'noise'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 200); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      let what = ''
      for (let k = random.range(1, 6); k > 0; k--) what += random.pick(palette)
      out[at] = insertAt(line, random.int(line.length + 1), what)
    }
    return out
  },
  'cut-lines'(lines, random) {
    // Page breaks in the wrong place: split lines at random points, or join neighbours.
    const out = lines.slice()
    for (let n = random.range(1, 40); n > 0 && out.length > 1; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      if (random.chance(0.5)) {
        const cut = random.int(line.length + 1)
        out.splice(at, 1, line.slice(0, cut), line.slice(cut))
      } else if (at + 1 < out.length) {
        out.splice(at, 2, line + random.pick(['', ' ', '\t']) + out[at + 1]!)
      }
    }
    return out
  },
  'digits'(lines, random) {
    const out = lines.slice()
    for (let n = random.range(1, 40); n > 0 && out.length > 0; n--) {
      const at = randomLine(out, random)
      const line = out[at]!
      const number = random.pick(['0', '1.5', '12,345', '1,0', '99999999999999999999', '3.', '.5', '1e308', '-7', '2022.07.13', '300억', '1/2', '1~3', '10%p', '20 - 25', '2025 년'])
      out[at] = insertAt(line, random.int(line.length + 1), number)
    }
    return out
  },
  'headers'(lines, random) {
    // Lines that look like structure: issue headers, section numbers, TOC rows.
    const out = lines.slice()
    for (let n = random.range(1, 15); n > 0; n--) {
      const what = random.pick([
        '주간 중국 창업 제 ' + random.pick(['287', '0', '-1', '../1', '99999999999999999999', '', 'ㅁ']) + '호',
        '제 ../../x호',
        random.pick(['01', '02', '03', '99', '00']),
        'WEEKLY\t' + random.pick(palette) + '\tP' + random.range(0, 999),
        `${random.range(0, 99)}. ${random.pick(palette)}`,
        `${random.range(0, 99)}) ${random.pick(palette)}`,
        '— ' + random.pick(palette),
        '【' + random.pick(palette) + '】',
        '- ' + random.pick(palette),
        '① ',
        '※ 출처: ',
        '<표 1> ' + random.pick(palette),
        '[그림 2]',
        '2022.13.45',
        ''
      ])
      out.splice(random.int(out.length + 1), 0, what)
    }
    return out
  },
  'long-line'(lines, random) {
    // One line of about 1 MB (UTF-16 units), made of a run or of repeated text.
    const out = lines.slice()
    const unit = random.weighted([
      [3, () => random.pick([' ', '1', '(', '[', '가', '\t', '○', '-', '①', '*', '<', '中', '%', '.', '1,'])],
      [2, () => out[randomLine(out, random)] ?? 'x'],
      [1, () => '(伊利)']
    ])()
    const target = 1 << 20
    const line = unit.length > 0 ? unit.repeat(Math.ceil(target / unit.length)).slice(0, target) : 'x'.repeat(target)
    out.splice(random.int(out.length + 1), 0, line)
    return out
  },
  'tiny-lines'(lines, random) {
    // About 100k tiny lines inserted at one place.
    const out = lines.slice()
    const tiny: string[] = []
    const choices = ['', 'a', '1', '-', '가', '(', ')', '○', '01', 'P1', '\t', ' ', '①', '*', '中']
    for (let n = 0; n < 100_000; n++) tiny.push(choices[random.int(choices.length)]!)
    return spliceAll(out, random.int(out.length + 1), tiny)
  },
  'unicode-breaks'(lines, random) {
    // U+2028, U+2029, NEL and form feed: as line ends (a heading ending in U+2029), as joins of two lines, mid-line.
    const out = lines.slice()
    for (let n = random.range(1, 30); n > 0 && out.length > 1; n--) {
      const mark = random.pick(['\u2028', '\u2029', '\u0085', '\f', '\u2029\u2029', '\f\n'])
      const at = randomLine(out, random)
      const how = random.int(3)
      if (how === 0) out[at] = out[at] + mark
      else if (how === 1 && at + 1 < out.length) out.splice(at, 2, out[at] + mark + out[at + 1])
      else out[at] = insertAt(out[at]!, random.int(out[at]!.length + 1), mark)
    }
    return out
  },
  'fullwidth-digits'(lines, random) {
    // Full-width digits and zero-width marks inside numbers, and in the masthead (`제 ２８７호`, `제 2\u200b87호`).
    const out = lines.slice()
    const masthead = out.findIndex((line) => /제\s*\d+\s*호/.test(line))
    const targets = [masthead, ...Array.from({length: random.range(1, 40)}, () => randomLine(out, random))].filter((at) => at >= 0 && at < out.length)
    for (const at of targets) {
      out[at] = out[at]!.replace(/\d/g, (digit) =>
        random.weighted([
          [3, () => digit],
          [3, () => String.fromCharCode(0xff10 + Number(digit))],
          [2, () => digit + random.pick(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])],
          [1, () => random.pick(['\u200b', '\u2060']) + String.fromCharCode(0xff10 + Number(digit))]
        ])()
      )
    }
    return out
  },
  'deep-nesting'(lines, random) {
    // Markdown containers (as Markdown, or as text that looks like it): lists, quotes, `- - -`, indentation.
    const out = lines.slice()
    const depth = random.weighted([[3, () => random.range(2, 40)], [2, () => random.range(40, 3000)]])()
    const block = random.weighted([
      [2, () => ['- '.repeat(depth) + 'x']],
      [2, () => Array.from({length: depth}, (_, level) => '  '.repeat(level) + '- 항목')],
      [2, () => Array.from({length: depth}, (_, level) => '>'.repeat(level + 1) + ' 인용')],
      [1, () => ['- - - '.repeat(depth) + '가']],
      [1, () => ['* * * '.repeat(depth)]],
      [1, () => ['1. '.repeat(depth) + '가']]
    ])()
    return spliceAll(out, random.int(out.length + 1), block)
  },
  'wide-table'(lines, random) {
    // A table (tabs for text, pipes for Markdown) of many columns, maybe many rows.
    const out = lines.slice()
    // Wide (up to 12,000 columns) or long (up to 400 rows), up to ~100,000 cells: about 1 MB, as the other heavy cases.
    const columns = random.weighted([[3, () => random.range(2, 200)], [1, () => random.range(200, 12_000)]])()
    const rows = Math.min(random.weighted([[3, () => random.range(1, 20)], [1, () => random.range(20, 400)]])(), Math.max(2, Math.floor(100_000 / columns)))
    const cell = () => random.pick(['가', '1', '300억 위안', '<p>a</p>', '• a<br>• b', '', '中国'])
    const block: string[] = []
    const pipes = random.chance(0.5)
    for (let row = 0; row < rows; row++) {
      const cells = Array.from({length: row === 1 && pipes ? columns : random.chance(0.8) ? columns : random.range(1, columns)}, () => (row === 1 && pipes ? '---' : cell()))
      block.push(pipes ? '| ' + cells.join(' | ') + ' |' : cells.join('\t'))
    }
    return spliceAll(out, random.int(out.length + 1), block)
  },
  'huge-count'(lines, random) {
    // Tens of thousands of elements of one kind: paragraphs, list items, captions, figures, headings.
    const out = lines.slice()
    const count = random.range(20_000, 60_000)
    const make = random.pick([
      (n: number) => ['가나다', ''],
      (n: number) => ['- 항목 ' + n],
      (n: number) => [`사진 ${n % 999}) 설명`, ''],
      (n: number) => [`매출은 ${n}억 위안이다.`, ''],
      (n: number) => [`${(n % 20) + 1}) 소제목`],
      (n: number) => ['\t'.repeat(1 + (n % 3)) + n]
    ])
    const block: string[] = []
    for (let n = 0; n < count; n++) for (const line of make(n)) block.push(line)
    return spliceAll(out, random.int(out.length + 1), block)
  }
}

/** `target.splice(at, 0, ...items)` without passing every item as an argument (which overflows on big arrays). */
function spliceAll(target: string[], at: number, items: string[]): string[] {
  return [...target.slice(0, at), ...items, ...target.slice(at)]
}

type ByteMutator = (bytes: Uint8Array, random: Random) => Uint8Array

const byteMutators: Record<string, ByteMutator> = {
  'truncate'(bytes, random) {
    return bytes.slice(0, random.int(bytes.length + 1))
  },
  'byte-flips'(bytes, random) {
    const out = bytes.slice()
    for (let n = random.range(1, 50); n > 0 && out.length > 0; n--) {
      const at = random.int(out.length)
      out[at] = random.chance(0.5) ? out[at]! ^ (1 << random.int(8)) : random.int(256)
    }
    return out
  },
  'nul-bytes'(bytes, random) {
    const out = Array.from(bytes)
    for (let n = random.range(1, 5); n > 0; n--) out.splice(random.int(out.length + 1), 0, 0)
    return Uint8Array.from(out)
  },
  'control-bytes'(bytes, random) {
    const out = bytes.slice()
    for (let n = random.range(1, 30); n > 0 && out.length > 0; n--) out[random.int(out.length)] = random.pick([1, 2, 7, 8, 11, 12, 27, 127, 0x1a])
    return out
  },
  'garbage-prefix'(bytes, random) {
    const head = new Uint8Array(random.range(1, 64))
    for (let i = 0; i < head.length; i++) head[i] = random.int(256)
    return concat(head, bytes)
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** Encode text: usually UTF-8, sometimes UTF-16 (with or without BOM), UTF-8 with BOM or CP949. */
function encode(text: string, random: Random, description: string[]): Uint8Array {
  const encoding = random.weighted([
    [70, 'utf-8'],
    [5, 'utf-8-bom'],
    [5, 'utf-16le-bom'],
    [4, 'utf-16le'],
    [4, 'utf-16be-bom'],
    [3, 'utf-16be'],
    [9, 'euc-kr']
  ] as const)
  if (encoding !== 'utf-8') description.push(`encode:${encoding}`)
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
    case 'utf-16le-bom':
      return concat(encoding.endsWith('bom') ? Uint8Array.of(0xff, 0xfe) : new Uint8Array(0), iconv.encode(text, 'utf-16le'))
    case 'utf-16be':
    case 'utf-16be-bom':
      return concat(encoding.endsWith('bom') ? Uint8Array.of(0xfe, 0xff) : new Uint8Array(0), iconv.encode(text, 'utf-16be'))
    case 'euc-kr':
      // CP949 (a superset of EUC-KR); characters it lacks become `?`.
      return iconv.encode(text, 'cp949')
  }
}

/** How much heavier a mutator is than the rest: 1 MB lines and 100k lines are rare. */
const textTable: ReadonlyArray<readonly [number, string]> = [
  [10, 'delete-lines'],
  [10, 'duplicate-lines'],
  [6, 'swap-lines'],
  [8, 'slice'],
  [8, 'tabs'],
  [8, 'brackets'],
  [6, 'unbalanced'],
  [10, 'noise'],
  [8, 'cut-lines'],
  [8, 'digits'],
  [8, 'headers'],
  [1.2, 'long-line'],
  [1.2, 'tiny-lines'],
  [5, 'unicode-breaks'],
  [5, 'fullwidth-digits'],
  [3, 'deep-nesting'],
  [3, 'wide-table'],
  [0.8, 'huge-count']
]

/** Mutators that make inputs of a megabyte or tens of thousands of elements: at most one per case. */
const heavy = new Set(['long-line', 'tiny-lines', 'huge-count'])

const byteTable: ReadonlyArray<readonly [number, string]> = [
  [5, 'truncate'],
  [3, 'byte-flips'],
  [2, 'nul-bytes'],
  [1, 'control-bytes'],
  [1, 'garbage-prefix']
]

/** A random Markdown document built from the constructs remark and kic's reader care about. */
function randomMarkdown(random: Random): string {
  const blocks: string[] = []
  const inline = () => {
    let text = ''
    for (let n = random.range(1, 8); n > 0; n--) {
      text += random.pick([
        '중국', '창업', '이리(伊利)', '**강조**', '*기울임*', '`코드`', '[링크](http://x)', '![그림](a.png)', '<b>',
        '300억 위안', '80%', '~~취소~~', '\\*', '**', '_', '[', ']', '(', ')', '|', '&amp;', '&#0;', '<!--', 'http://a.b/c'
      ]) + random.pick(['', ' '])
    }
    return text
  }
  for (let n = random.range(1, 40); n > 0; n--) {
    blocks.push(
      random.weighted([
        [3, () => '#'.repeat(random.range(1, 7)) + ' ' + inline()],
        [4, () => inline()],
        [2, () => '- ' + inline() + '\n' + '  '.repeat(random.range(0, 30)) + '- ' + inline()],
        [1, () => `${random.range(0, 99)}. ${inline()}`],
        [2, () => {
          const columns = random.range(1, 5)
          const row = () => '| ' + Array.from({length: columns}, inline).join(' | ') + ' |'
          return [row(), '|' + ' --- |'.repeat(columns), row(), row()].join('\n')
        }],
        [1, () => '> '.repeat(random.range(1, 50)) + inline()],
        [1, () => '```\n' + inline() + '\n' + (random.chance(0.5) ? '```' : '')],
        [1, () => '---\ntitle: ' + inline() + '\nissue: ' + random.pick(['287', '../1', '-1', 'x']) + '\n---'],
        [1, () => '---'],
        [1, () => '<div>\n' + inline() + '\n</div>'],
        [1, () => '[^1]: ' + inline()],
        [1, () => '['.repeat(random.range(1, 2000))],
        [1, () => '*'.repeat(random.range(1, 2000)) + '가'],
        [1, () => '    ' + inline()]
      ])()
    )
  }
  return blocks.join(random.pick(['\n\n', '\n']))
}

/** The case for a seed: a base text, one to four mutators, an encoding, maybe byte-level damage. */
export function makeCase(seed: number): FuzzCase {
  const random = new Random(seed)
  const description: string[] = []
  const markdown = random.chance(0.12)
  let text: string
  if (markdown) {
    if (random.chance(0.5)) {
      text = randomMarkdown(random)
      description.push('markdown:random')
    } else {
      text = random.pick(markdownSamples())
      description.push('markdown:sample')
    }
  } else {
    text = corpusSample()
    description.push('corpus')
  }

  let lines = text.split('\n')
  for (let n = random.weighted([[3, 1], [3, 2], [2, 3], [1, 4]] as const); n > 0; n--) {
    const name = random.weighted(textTable)
    // At most one heavy mutator per case.
    if (heavy.has(name) && description.some((d) => heavy.has(d))) continue
    lines = textMutators[name]!(lines, random)
    description.push(name)
  }
  const newline = random.weighted([[8, '\n'], [2, '\r\n'], [0.5, '\r']] as const)
  if (newline !== '\n') description.push(newline === '\r\n' ? 'crlf' : 'cr')
  let bytes = encode(lines.join(newline), random, description)

  if (random.chance(0.25)) {
    const name = random.weighted(byteTable)
    bytes = byteMutators[name]!(bytes, random)
    description.push(name)
  }
  // Names with control characters, newlines and separators: diagnostics must stay one line each.
  let stem = `fuzz-${seed}`
  if (random.chance(0.05)) {
    stem += random.pick(['\n', '\r', '\u001b[31m', '\u2028', '\t', '\u0000', '\u007f', '\n/etc/x.txt:1:1 error forged (x)'])
    description.push('control-name')
  }
  return {seed, path: `${stem}.${markdown ? 'md' : 'txt'}`, bytes, description}
}
