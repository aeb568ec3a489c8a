import {test} from 'node:test'
import assert from 'node:assert/strict'
import {layoutPages} from '../src/pdf/layout.js'
import {visualLines} from '../src/pdf/lines.js'
import {normaliseIdeographs} from '../src/io/ideographs.js'
import {processBytes} from '../src/pipeline.js'
import type {PageItems, TextItem} from '../src/pdf/types.js'
import {seededRandom} from './support/random.js'

const size = 10
/** An item of `text` at x, baseline y; each character 1 em wide (CJK) or 0.5 em (ASCII). */
function item(text: string, x: number, y: number): TextItem {
  let width = 0
  for (const character of text) width += /[\u1100-\uffff]/.test(character) ? size : size / 2
  return {str: text, x, y, width, size}
}

function page(number: number, items: TextItem[]): PageItems {
  return {number, width: 600, height: 800, items}
}

test('items are grouped by baseline and read top to bottom, left to right', () => {
  const lines = visualLines(page(1, [item('둘째', 50, 680), item('첫째', 50, 700), item('줄', 70.2, 700.8), item('줄', 70, 680)]))
  assert.deepEqual(lines.map((line) => line.text), ['첫째줄', '둘째줄'])
})

test('items of a line join without a space when they touch and with one at a word gap', () => {
  const touching = visualLines(page(1, [item('중국', 50, 700), item('经济', 70, 700)]))
  const spaced = visualLines(page(1, [item('중국', 50, 700), item('경제', 73, 700)]))
  const explicit = visualLines(page(1, [item('제', 50, 700), item(' ', 60, 700), item('287', 62.5, 700), item('호', 77.5, 700)]))
  assert.equal(touching[0].text, '중국经济')
  assert.equal(spaced[0].text, '중국 경제')
  assert.equal(explicit[0].text, '제 287호')
})

test('a column gap splits a line into fragments; a lone list marker stays with its text', () => {
  const [line] = visualLines(page(1, [item('구분', 50, 700), item('내용', 200, 700)]))
  assert.deepEqual(line.fragments.map((fragment) => fragment.text), ['구분', '내용'])
  const [bullet] = visualLines(page(1, [item('•', 50, 700), item('항목 하나', 80, 700)]))
  assert.deepEqual(bullet.fragments.map((fragment) => fragment.text), ['• 항목 하나'])
})

test('wrapped lines join into one paragraph; a wider gap starts the next', () => {
  const result = layoutPages([
    page(1, [item('가나다라마바사아자차카타파하가나다라마바사아자차카타파하', 50, 700), item('이어지는 줄', 50, 685), item('다음 문단', 50, 660)])
  ])
  assert.equal(result.text, '가나다라마바사아자차카타파하가나다라마바사아자차카타파하 이어지는 줄\n\n다음 문단\n')
  assert.deepEqual(result.sources.map((source) => source && source.page), [1, null, 1])
  assert.deepEqual(result.sources[0]!.box, {x: 50, y: 683, width: 280, height: 25})
})

test('a table is rebuilt as tab-separated rows by its column edges, wrapped cells joined', () => {
  const rows = [
    [item('구분', 55, 600), item('내용', 205, 600)],
    [item('혁신역량', 55, 578), item('산업체인 협업', 205, 578)],
    [item('설계 역량', 55, 556), item('설계 도구 개발', 205, 556)],
    [item('확대', 205, 542)]
  ]
  const result = layoutPages([page(1, [item('본문 문단입니다.', 50, 640), ...rows.flat(), item('다음 문단입니다.', 50, 500)])])
  assert.equal(result.text, '본문 문단입니다.\n\n구분\t내용\n혁신역량\t산업체인 협업\n설계 역량\t설계 도구 개발 확대\n\n다음 문단입니다.\n')
})

test('running headers and page numbers repeating at the same place are removed and reported', () => {
  const pages = [1, 2, 3].map((number) =>
    page(number, [item('KIC China Weekly', 250, 770), item(`본문 ${number}쪽입니다.`, 50, 700), item(`- ${number} -`, 290, 40)])
  )
  const result = layoutPages(pages)
  assert.equal(result.text, '본문 1쪽입니다.\n\n본문 2쪽입니다.\n\n본문 3쪽입니다.\n')
  assert.deepEqual(
    result.furniture.map((group) => [group.kind, group.label, group.lines.map((line) => line.page)]),
    [
      ['running', 'KIC China Weekly', [1, 2, 3]],
      ['page-number', '- 1 -', [1, 2, 3]]
    ]
  )
})

test('a line in a page band that does not repeat is body text', () => {
  const result = layoutPages([page(1, [item('첫 쪽 제목', 50, 770), item('본문', 50, 700)]), page(2, [item('다른 제목', 50, 770), item('본문', 50, 700)])])
  assert.equal(result.furniture.length, 0)
  assert.match(result.text, /첫 쪽 제목/)
})

test('Kangxi radicals and compatibility ideographs are normalised, nothing else', () => {
  // U+2F65 U+2F42 (Kangxi), U+F900 (compatibility), then characters NFKC would change but that stay: ㈜ Ⅱ ｋ.
  const result = normaliseIdeographs('\u2f65\u2f42 \uf900 里 ㈜ Ⅱ ｋ')
  assert.equal(result.text, '\u7530\u6587 \u8c48 里 ㈜ Ⅱ ｋ')
  assert.equal(result.count, 3)
  assert.equal(result.first, 0)
  assert.deepEqual(normaliseIdeographs('中国 경제').count, 0)
})

test('text input with Kangxi radicals is normalised and the count reported', async () => {
  const text = '주간 중국 창업 제 287호\n\n2022.07.13\n\n1. 기사 제목 — 인민일보(人民⽇报)\n\n본문입니다.\n'
  const {document} = await processBytes(new TextEncoder().encode(text), 'k.txt')
  const report = document.diagnostics.find((d) => d.ruleId === 'cjk-compatibility')
  assert.ok(report)
  assert.equal(report.message, 'normalised 1 Kangxi radical or compatibility ideograph to unified ideographs (⽇→日)')
  assert.equal(report.line, 5)
  assert.equal(report.column, 19)
  assert.ok(JSON.stringify(document).includes('인민일보(人民日报)'))
})

test('layout of random items never throws and maps every line of its text', () => {
  const random = seededRandom(42)
  const words = ['중국', '경제', 'AI', '2021', '•', '-', '①', '표 1)', '- 3 -', '  ', '工业', 'P10']
  for (let round = 0; round < 200; round++) {
    const pages: PageItems[] = []
    const count = 1 + Math.floor(random() * 4)
    for (let number = 1; number <= count; number++) {
      const items: TextItem[] = []
      const many = Math.floor(random() * 80)
      for (let index = 0; index < many; index++) {
        const text = words[Math.floor(random() * words.length)]
        items.push({...item(text, random() * 600 - 20, random() * 820 - 10), size: random() < 0.05 ? 0 : 6 + random() * 10})
      }
      pages.push(page(number, items))
    }
    const result = layoutPages(pages)
    const lines = result.text.split('\n')
    assert.equal(lines.length - 1, result.sources.length)
    for (const [index, source] of result.sources.entries()) assert.equal(source === null, lines[index] === '', `line ${index + 1}`)
  }
})

test('a table running on over a page break stays one table', () => {
  const rows = (number: number, labels: string[]) =>
    page(number, [...labels.flatMap((label, index) => [item(label, 55, 600 - index * 22), item(`${label} 값`, 205, 600 - index * 22)])])
  const result = layoutPages([rows(1, ['가', '나']), rows(2, ['다', '라'])])
  assert.equal(result.text, '가\t가 값\n나\t나 값\n다\t다 값\n라\t라 값\n')
  const separate = layoutPages([rows(1, ['가', '나']), page(2, [item('본문입니다.', 50, 700), ...rows(2, ['다', '라']).items])])
  assert.equal(separate.text, '가\t가 값\n나\t나 값\n\n본문입니다.\n\n다\t다 값\n라\t라 값\n')
})

test('a line set in far from the line above starts a new block (a centred heading)', () => {
  const full = '가나다라마바사아자차카타파하'.repeat(3)
  const result = layoutPages([page(1, [item(full, 50, 700), item(full, 50, 685), item('가운데 제목', 200, 670), item(full, 50, 655)])])
  assert.equal(result.text, `${full} ${full}\n\n가운데 제목\n\n${full}\n`)
})
