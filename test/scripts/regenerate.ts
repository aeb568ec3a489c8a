/**
 * Regenerate expected outputs of the parse fixtures and the golden file of
 * the sample issue. Run by hand (`npm run regenerate`) and review the diff:
 * tests never write expected files themselves.
 */
import {readdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processPath} from '../../src/pipeline.js'
import {outline} from '../support/outline.js'
import {corpus, fixtures} from '../support/paths.js'

const cases = join(fixtures, 'parse')
for (const name of (await readdir(cases)).sort()) {
  const {document} = await processPath(join(cases, name, 'input.txt'))
  await writeFile(join(cases, name, 'expected.json'), JSON.stringify(outline(document), null, 2) + '\n')
  console.log('wrote', join('fixtures/parse', name, 'expected.json'))
}

const {document} = await processPath(join(corpus, '287.txt'))
await writeFile(join(fixtures, 'golden', '287.structure.json'), JSON.stringify(outline(document), null, 2) + '\n')
console.log('wrote fixtures/golden/287.structure.json')
