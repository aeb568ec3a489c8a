import {test} from 'node:test'
import assert from 'node:assert/strict'
import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {processPath} from '../src/pipeline.js'
import type {KicDocument} from '../src/emit/document.js'
import {outline} from './support/outline.js'
import {validateDocument} from './support/schema.js'
import {corpus, fixtures} from './support/paths.js'

const sample = join(corpus, '287.txt')

async function parse(path: string): Promise<KicDocument> {
  return (await processPath(path)).document
}

test('sample issue matches its golden structure (checked by hand)', async () => {
  const document = await parse(sample)
  const golden = JSON.parse(await readFile(join(fixtures, 'golden', '287.structure.json'), 'utf8'))
  assert.deepEqual(outline(document), golden)
})

test('sample issue: masthead, sections, articles, ToC', async () => {
  const document = await parse(sample)
  assert.equal(document.schema, 'kic/2')
  assert.deepEqual(
    {...document.issue, position: undefined, notices: undefined},
    {
      title: '주간 중국 창업',
      number: 287,
      date: '2022-07-13',
      publisher: '글로벌혁신센터(KIC 중국)',
      director: '김종문',
      phone: '+86-10-6780-8840',
      email: 'info@kicchina.org',
      web: 'www.kicchina.org',
      position: undefined,
      notices: undefined
    }
  )
  assert.deepEqual(
    document.sections.map((section) => [section.title, section.articles.length]),
    [
      ['WEEKLY 뉴스', 3],
      ['CHINA 창업', 3],
      ['KIC 중국 뉴스', 1]
    ]
  )
  const articles = document.sections.flatMap((section) => section.articles)
  assert.deepEqual(
    articles.map((article) => [article.id, article.title, article.category, article.source?.name ?? null, article.source?.chinese ?? null, article.page]),
    [
      ['287/1.1', "소비재 산업 디지털화를 위한 '3 품' 행동 강령 통지", null, '산업정보화부', '工业和信息化部', 1],
      ['287/1.2', '텐센트 STAC 과학혁신연합컨퍼런스 청두 개최', null, '과기일보', '科技日报', 4],
      ['287/1.3', '화웨이, 새로운 생태계를 구축하는 신형 파트너 시스템 출시', null, '화웨이클라우드', '华为云', 7],
      ['287/2.1', '중국 2021 디지털경제발전 지수 발표', '산업분석', null, null, 10],
      ['287/2.2', '혁신기업 이리(伊利)의 전략적 디지털 트랜스포메이션', '기업분석', null, null, 16],
      ['287/2.3', '위예강아오대만구Ⅱ', '기획/산업단지', null, null, 23],
      ['287/3.1', '글로벌혁신센터(KIC 중국) 김종문 센터장 청둥고신구 방문', null, null, null, 28]
    ]
  )
  assert.equal(document.toc.length, 7)
  assert.deepEqual(
    document.toc.map((entry) => [entry.group, entry.section, entry.page, entry.articleId]),
    [
      ['01', 'WEEKLY 뉴스', 1, '287/1.1'],
      ['01', 'WEEKLY 뉴스', 4, '287/1.2'],
      ['01', 'WEEKLY 뉴스', 7, '287/1.3'],
      ['02', 'CHINA 창업', 10, '287/2.1'],
      ['02', 'CHINA 창업', 16, '287/2.2'],
      ['02', 'CHINA 창업', 23, '287/2.3'],
      ['03', 'KIC 중국 뉴스', 28, '287/3.1']
    ]
  )
  const mismatches = document.diagnostics.filter((d) => d.ruleId === 'toc-title-mismatch')
  assert.deepEqual(mismatches.map((d) => d.line), [28, 33])
})

test('sample issue: five page-break repairs, each located', async () => {
  const document = await parse(sample)
  const joins = document.diagnostics.filter((d) => d.ruleId === 'page-break-join')
  assert.deepEqual(
    joins.map((d) => [d.severity, d.line, d.endLine]),
    [
      ['info', 133, 135],
      ['info', 164, 166],
      ['info', 180, 182],
      ['info', 408, 410],
      ['info', 422, 424]
    ]
  )
  const texts = blocksOf(document).map((block) => ('text' in block ? block.text : '') ?? '')
  assert.ok(texts.some((text) => text.includes('가상 세계와 현실 세계가 밀접하게')))
  assert.ok(texts.some((text) => text.includes('기존 시장보다 낮은 가격')))
  assert.ok(texts.some((text) => text.includes('파트너·개발자와 함께 산업 발전')))
  assert.ok(texts.some((text) => text.includes('리스크를 줄이도록 했다.')))
})

test('sample issue: tables, captions, notes and source lists', async () => {
  const document = await parse(sample)
  const blocks = blocksOf(document)
  const tables = blocks.filter((block) => block.type === 'table')
  assert.deepEqual(
    tables.map((table) => [table.id, table.rows.length, table.rows[0].length, table.header, table.caption]),
    [
      ['287/1.1/t1', 7, 2, true, null],
      ['287/2.1/t1', 2, 6, true, '출처: 산업정보화부, 국가산업정보보안발전연구센터(国家工业信息安全发展研究中心)'],
      ['287/2.1/t2', 2, 2, false, '출처: 정보통신원 자료로 iResearch 가 정리']
    ]
  )
  const first = tables[0].rows[1][1]
  assert.deepEqual('items' in first ? first.items : null, ['산업체인 협업적 혁신', '지식재산권 서비스 플랫폼 건립', '지능형 제품 개발'])
  assert.equal(tables[2].rows[0][0].text, '디지털경제 산업디지털화 심화 정도 (2022년 6월까지)')

  const captions = blocks.filter((block) => block.type === 'caption')
  assert.equal(captions.length, 17)
  assert.deepEqual(
    captions.filter((caption) => caption.imageOnly).map((caption) => `${caption.label} ${caption.number}`),
    ['표 1', '표 2', '표 3', '표 6']
  )
  const noParen = captions.find((caption) => caption.position.start.line === 488)
  assert.equal(noParen?.text, 'KIC 중국과 청둥고신구 과학기술인재사무국(좌측) 및 텐센트(우측) 관계자 회담')
  assert.ok(document.diagnostics.some((d) => d.ruleId === 'caption-duplicate' && d.line === 452))

  const notes = blocks.filter((block) => block.type === 'note')
  assert.deepEqual(
    notes.map((note) => note.term),
    ['유연한 제조', '워투 클라우드 크리에이션 계획', '양화융합공공서비스 플랫폼', 'DevOps', '양화융합', '인류유전자원']
  )
  const sources = blocks.filter((block) => block.type === 'sources')
  assert.deepEqual(
    sources.map((block) => block.items.map((item) => [item.number, item.urls.length])),
    [[[1, 0], [2, 0]], [[null, 0]], [[null, 2]]]
  )
})

test('sample issue: heading levels and sequence warnings', async () => {
  const document = await parse(sample)
  const article = document.sections[1].articles[1]
  const headings = article.blocks.filter((block) => block.type === 'heading')
  assert.deepEqual(
    headings.slice(6, 11).map((heading) => [heading.marker, heading.level]),
    [['①', 2], ['②', 2], ['i.', 3], ['ii.', 3], ['iii.', 3]]
  )
  const sequence = document.diagnostics.filter((d) => d.ruleId === 'heading-sequence')
  assert.deepEqual(sequence.map((d) => d.line), [434, 464])
})

test('sample issue validates against the JSON Schema', async () => {
  const document = await parse(sample)
  assert.deepEqual(validateDocument(document), [])
})

test('every record has a position; text blocks have a language', async () => {
  const document = await parse(sample)
  for (const block of blocksOf(document)) {
    assert.ok(block.position.start.line >= 1, block.id)
    assert.ok(block.position.end.offset >= block.position.start.offset, block.id)
    assert.ok(['ko', 'zh', 'en', 'und'].includes(block.lang), block.id)
  }
  assert.ok(blocksOf(document).every((block) => block.type === 'table' || block.lang === 'ko' || block.type === 'sources'))
})

test('positions point at the text they describe', async () => {
  const text = await readFile(sample, 'utf8')
  const document = await parse(sample)
  for (const block of blocksOf(document)) {
    if (block.type !== 'paragraph' || block.position.start.line !== block.position.end.line) continue
    const slice = text.slice(block.position.start.offset, block.position.end.offset)
    assert.equal(slice.trim(), block.text, block.id)
  }
})

const cases = join(fixtures, 'parse')
for (const name of (await readdir(cases)).sort()) {
  test(`fixture ${name}`, async () => {
    const document = await parse(join(cases, name, 'input.txt'))
    const expected = JSON.parse(await readFile(join(cases, name, 'expected.json'), 'utf8'))
    assert.deepEqual(outline(document), expected)
    assert.deepEqual(validateDocument(document), [])
  })
}

function blocksOf(document: KicDocument) {
  return document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks))
}
