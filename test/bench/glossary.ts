import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {makeArchive} from '../support/archive.js'
import {bin} from '../support/paths.js'
import {measure, measureRow} from './batch.js'

/**
 * Peak RSS of `kic glossary` over generated archives (500, 1,000, 2,000
 * issues): flat when the aggregate grows with the distinct terms only.
 * Target: ≤ 250 MB at 2,000 issues. `node dist/test/bench/glossary.js 2000`.
 */
export async function benchGlossary(sizes: number[] = [500, 1000, 2000]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'kic-bench-glossary-'))
  try {
    for (const size of sizes) {
      const archive = join(folder, `archive-${size}`)
      const {bytes} = await makeArchive(archive, size)
      console.log(measureRow(`glossary ${size}`, size, bytes, await measure(bin, ['glossary', archive, '-q', '-o', join(folder, 'glossary.csv')])))
      await rm(archive, {recursive: true, force: true})
    }
    console.log('target: peak RSS ≤ 250 MB at 2,000 issues, about the same at every size')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean)
  await benchGlossary(sizes.length ? sizes : undefined)
}
