import assert from 'node:assert/strict'
import test from 'node:test'
import {processBytes} from '../src/pipeline.js'

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
