import assert from 'node:assert/strict'
import test from 'node:test'
import {processBytes} from '../src/pipeline.js'
import {addScripts, addToTally, blockTally, langOfCounts} from '../src/lang/detect.js'

/** The language of each paragraph of a small text, in order. */
async function langs(text: string): Promise<string[]> {
  const {document} = await processBytes(Buffer.from(text, 'utf8'), 'lang.txt')
  return document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks.map((block) => block.lang)))
}

test('language tags: scripts decide mixed text; franc names long Latin-only text (English or not), short Latin is English', async () => {
  const text = [
    '중국 스타트업 생태계는 빠르게 성장하고 있다.',
    '',
    '腾讯宣布将在深圳建设新的人工智能研究中心。',
    '',
    'The company announced that its new research centre in Shenzhen will open next year and employ two hundred engineers.',
    '',
    "L'entreprise a annoncé que son nouveau centre de recherche à Shenzhen ouvrira l'année prochaine avec deux cents ingénieurs.",
    '',
    'Source: Xinhua',
    ''
  ].join('\n')
  assert.deepEqual(await langs(text), ['ko', 'zh', 'en', 'und', 'en'])
})

test('a block counted until it is surely Korean gets the language of a full count, on mixed random blocks', () => {
  // Pieces of every script the counts tell apart, astral characters and a lone surrogate among them.
  const pieces = ['중국 스타트업은 ', '성장', '腾讯', '人工智能研究中心', 'Alibaba ', 'the company ', '2024년 ', '12.5% ', ' ', '\u{20000}', '\ud800', 'Ёж ', '…']
  let seed = 11
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 16
  let early = 0
  let full = 0
  for (let round = 0; round < 4000; round++) {
    const texts = Array.from({length: 1 + (next() % 4)}, () => Array.from({length: next() % 40}, () => pieces[next() % pieces.length]).join(''))
    const tally = blockTally()
    for (const text of texts) tally.unread += text.length
    for (const text of texts) addToTally(tally, text)
    const counts = blockTally().counts
    for (const text of texts) addScripts(counts, text)
    const expected = langOfCounts(counts, texts.join(' '))
    if (tally.korean) {
      early++
      assert.equal(expected, 'ko', JSON.stringify(texts))
    } else {
      full++
      // Not decided early: the counts are the full ones.
      assert.deepEqual(tally.counts, counts, JSON.stringify(texts))
    }
  }
  // Both ways came up often.
  assert.ok(early > 500 && full > 500, `${early} early, ${full} full`)
})
