import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {corpus} from './paths.js'

/**
 * A synthetic archive for tests and benchmarks: `count` copies of
 * corpus/287.txt with issue numbers 1…count (`제 N호`) and weekly dates, in
 * sub-folders of 100. Generated in a temporary folder, never committed.
 */
export async function makeArchive(folder: string, count: number): Promise<{files: number; bytes: number}> {
  const template = readFileSync(join(corpus, '287.txt'), 'utf8')
  const start = Date.UTC(2005, 0, 5)
  let bytes = 0
  for (let number = 1; number <= count; number++) {
    const date = new Date(start + (number - 1) * 7 * 86_400_000)
    const stamp = `${date.getUTCFullYear()}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${String(date.getUTCDate()).padStart(2, '0')}`
    const text = template.replace('제 287호', `제 ${number}호`).replace('2022.07.13', stamp)
    const sub = join(folder, String(Math.floor((number - 1) / 100)).padStart(3, '0'))
    await mkdir(sub, {recursive: true})
    const content = Buffer.from(text, 'utf8')
    bytes += content.length
    await writeFile(join(sub, `issue-${String(number).padStart(4, '0')}.txt`), content)
  }
  return {files: count, bytes}
}
