/**
 * Defects found by hostile input (issue 12), one regression test each,
 * named after the defect. Every case ends in a result or one located error
 * (exit 1, no stack trace).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'node:test'
import {processBytes} from '../src/pipeline.js'
import {splitLines} from '../src/lines/split.js'
import {pointLocator} from '../src/util/line-breaks.js'
import {dropFirst, maxOf, pushAll} from '../src/util/arrays.js'
import {bin, root} from './support/paths.js'
import {kic} from './support/run.js'

function temporary(): string {
  return mkdtempSync(join(tmpdir(), 'kic-reliability-'))
}

/** A clean failure: exit 1, one located error line (plus its hint), no stack trace. */
export function assertLocatedError(run: {status: number | null; stderr: string}, pattern: RegExp): void {
  assert.equal(run.status, 1, run.stderr)
  assert.match(run.stderr, pattern)
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at |RangeError|TypeError/, run.stderr)
}

const encoder = new TextEncoder()
const documentOf = async (text: string, path = 'x.txt') => (await processBytes(encoder.encode(text), path)).document

test('defect 1: huge element counts do not overflow the stack (no spread of big arrays into a call)', () => {
  // The stack is made small so that 40,000 elements overflow a spread as 130,000 do by default.
  const folder = temporary()
  const file = join(folder, 'p.txt')
  writeFileSync(file, Array.from({length: 40_000}, () => '가나다').join('\n\n') + '\n')
  const run = spawnSync(process.execPath, ['--stack-size=200', bin, 'parse', file, '-q'], {encoding: 'utf8', maxBuffer: 1 << 30})
  assert.equal(run.status, 0, run.stderr.slice(0, 500))
  assert.equal((run.stdout.match(/"type": "paragraph"/g) ?? []).length, 40_000)
  const figures = join(folder, 'f.txt')
  writeFileSync(figures, Array.from({length: 20_000}, (_, index) => `매출은 ${index + 1}억 원이다.`).join('\n\n') + '\n')
  const figuresRun = spawnSync(process.execPath, ['--stack-size=200', bin, 'figures', figures, '-q', '--format', 'jsonl'], {encoding: 'utf8', maxBuffer: 1 << 30})
  assert.equal(figuresRun.status, 0, figuresRun.stderr.slice(0, 500))
  assert.ok(figuresRun.stdout.split('\n').length > 20_000)
})

test('dropFirst removes the first items in place, in order, on any count', () => {
  for (const count of [0, 1, 3, 5]) {
    // dropFirst returns nothing: the list it was given is the one that must now hold the rest.
    const list = ['a', 'b', 'c', 'd', 'e']
    dropFirst(list, count)
    assert.deepEqual(list, ['a', 'b', 'c', 'd', 'e'].slice(count))
  }
  const big = Array.from({length: 1_000_000}, (_, index) => index)
  dropFirst(big, 999_998)
  assert.deepEqual(big, [999_998, 999_999])
})

test('defect 1: the array helpers take a million elements; no source file spreads an array into push or Math.max', async () => {
  const big = Array.from({length: 1_000_000}, (_, index) => index)
  assert.equal(pushAll([], big).length, 1_000_000)
  assert.equal(maxOf(big), 999_999)
  assert.equal(maxOf([], 1), 1)
  const {readdirSync} = await import('node:fs')
  const offenders: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        for (const [index, line] of readFileSync(path, 'utf8').split('\n').entries()) {
          if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) continue
          if (/\b(?:push|unshift|Math\.(?:max|min)|fromCharCode|fromCodePoint)\((?:[^(){}]*,\s*)?\.\.\./.test(line)) offenders.push(`${path}:${index + 1}: ${line.trim()}`)
        }
      }
    }
  }
  walk(join(root, 'src'))
  assert.deepEqual(offenders, [])
})

test('defect 4: a heading line ending in U+2028 / U+2029 / vertical tab keeps its first title character', async () => {
  for (const end of ['\u2029', '\u2028', '\u000b', '\u205f']) {
    const document = await documentOf(`서론\n① 공급 수준 제고${end}\n본문입니다.\n`)
    const blocks = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks))
    const heading = blocks.find((block) => block.type === 'heading') as {title: string} | undefined
    assert.equal(heading?.title, '공급 수준 제고', JSON.stringify(end))
  }
})

test('defect 13: U+2028, U+2029, NEL and form feed are line breaks, the same for lines and positions', async () => {
  const text = 'a\u2028b\u2029c\u0085d\fe\r\nf\rg'
  assert.deepEqual(splitLines(text).map((line) => line.text), ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  assert.deepEqual(splitLines(text).map((line) => Boolean(line.pageBreak)), [false, false, false, true, false, false, false])
  const locate = pointLocator(text)
  for (const line of splitLines(text)) assert.deepEqual(locate(line.start), {line: line.number, column: 1, offset: line.start})
  // Through the pipeline: each separated sentence is its own paragraph, located on its own line.
  const document = await documentOf('첫 문단입니다.\u2029\u2029둘째 문단입니다.\u0085\u0085셋째 문단입니다.\f넷째 문단입니다.\n')
  const paragraphs = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)).filter((block) => block.type === 'paragraph')
  // One form feed is one line break (a page ends there): the paragraph goes on.
  assert.deepEqual(paragraphs.map((block) => (block as {text: string}).text), ['첫 문단입니다.', '둘째 문단입니다.', '셋째 문단입니다. 넷째 문단입니다.'])
  assert.deepEqual(paragraphs.map((block) => [block.position.start.line, block.position.end.line]), [[1, 1], [3, 3], [5, 6]])
  // Markdown reads the same breaks.
  const markdown = await documentOf('첫 문단입니다.\u2029\u2029둘째 문단입니다.\n', 'x.md')
  const mdParagraphs = markdown.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)).filter((block) => block.type === 'paragraph')
  assert.deepEqual(mdParagraphs.map((block) => block.position.start.line), [1, 3])
})

test('defect 6: a bad byte is reported where it is, as byte offset and line:column', () => {
  const folder = temporary()
  const cases: Array<[string, Buffer, string[], RegExp]> = [
    ['b.txt', Buffer.concat([Buffer.from('가나다'), Buffer.from([0xff]), Buffer.from('\n')]), [], /b\.txt:1:4 error .*invalid byte 0xff at byte 9 \(encoding-invalid\)/],
    ['c.txt', Buffer.concat([Buffer.from('ab\n한cd'), Buffer.from([0xe0, 0x80]), Buffer.from('\n')]), ['--encoding', 'utf-8'], /c\.txt:2:4 error .*invalid byte 0xe0 at byte 8/],
    ['d.txt', Buffer.concat([Buffer.from('ab\ncd'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('x\n')]), ['--encoding', 'utf-8'], /d\.txt:2:3 error .*invalid byte 0xed at byte 5/],
    ['e.txt', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x62, 0x00]), [], /e\.txt:2:1 error .*UTF-16LE: invalid byte 0x00 at byte 6/]
  ]
  for (const [name, bytes, args, pattern] of cases) {
    writeFileSync(join(folder, name), bytes)
    assertLocatedError(kic(['parse', join(folder, name), ...args]), pattern)
  }
})

test('defect 7: export validates a kic document before using it', async () => {
  const folder = temporary()
  const bare = join(folder, 'm.json')
  const {schemaId} = await import('../src/contract/document.js')
  writeFileSync(bare, JSON.stringify({schema: schemaId}))
  assertLocatedError(kic(['export', bare, '--to', 'md']), /m\.json error not a valid kic\/\d+ document: \/: missing `tool` \(input-json\)/)
  const parsed = kic(['parse', join(root, 'corpus', '287.txt'), '-q'])
  const good = JSON.parse(parsed.stdout)
  const {schemaProblem} = await import('../src/emit/validate.js')
  const {documentSchema} = await import('../src/emit/schema.js')
  const {validateDocument} = await import('./support/schema.js')
  assert.equal(schemaProblem(good, documentSchema), null)
  const broken: Array<[string, (document: any) => void, RegExp]> = [
    ['type', (d) => (d.sections[0].articles[0].blocks[0].type = 'bogus'), /blocks\/0\/type: unknown type "bogus"/],
    ['position', (d) => (d.sections[1].articles[0].blocks[0].position = null), /blocks\/0\/position: must be object, not null/],
    ['sections', (d) => (d.sections = {}), /\/sections: must be array/],
    ['rows', (d) => {
      const table = d.sections.flatMap((s: any) => s.articles.flatMap((a: any) => a.blocks)).find((b: any) => b.type === 'table')
      table.rows = [[null]]
    }, /rows\/0\/0: must be object, not null/]
  ]
  for (const [name, damage, pattern] of broken) {
    const document = structuredClone(good)
    damage(document)
    // The same verdict as a full JSON Schema validator.
    assert.notDeepEqual(validateDocument(document), [], name)
    assert.match(schemaProblem(document, documentSchema) ?? '', pattern, name)
    const path = join(folder, `${name}.json`)
    writeFileSync(path, JSON.stringify(document))
    assertLocatedError(kic(['export', path]), /error not a valid kic\/\d+ document: .* \(input-json\)/)
  }
  // The schema uses only keywords the validator reads.
  const {validatedKeywords} = await import('../src/emit/validate.js')
  const unknown = new Set<string>()
  const walk = (value: unknown, inProperties: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, false))
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) {
      if (!inProperties && !validatedKeywords.has(key)) unknown.add(key)
      if (key !== 'discriminator') walk(child, !inProperties && (key === 'properties' || key === '$defs'))
    }
  }
  walk(documentSchema, false)
  assert.deepEqual([...unknown], [])
})

const articlesOf = (document: Awaited<ReturnType<typeof documentOf>>) => document.sections.flatMap((section) => section.articles)

test('defect 4: a line ending in blanks keeps its article title, category and source whole', async () => {
  const document = await documentOf('서론\n\n1. 【분류】 중국 창업 동향 \u3000 \n\u2014 인민망\u00a0 \n본문입니다.\n\n*출처:\u2003\n1. 인민망(人民网) 기사  \n')
  const [article] = articlesOf(document).filter((item) => item.number === 1)
  assert.equal(article.title, '중국 창업 동향')
  assert.equal(article.category, '분류')
  assert.equal(article.source?.text, '인민망')
})

test('defect 5: Markdown `## 12. 3D 프린팅` is article 12 titled `3D 프린팅`', async () => {
  const document = await documentOf('# 산업\n\n## 12. 3D 프린팅\n\n본문입니다.\n\n## 13. 3차원 기술 동향\n\n본문.\n\n## 2023년 시장\n\n본문.\n', 'x.md')
  assert.deepEqual(
    articlesOf(document).map((article) => [article.number, article.title]),
    [[12, '3D 프린팅'], [13, '3차원 기술 동향'], [14, '2023년 시장']]
  )
  assert.ok(document.diagnostics.some((diagnostic) => diagnostic.ruleId === 'article-sequence'))
  // In text, a numbered line starting with a digit stays what it was (not an article).
  const text = await documentOf('서론\n\n1. 중국 창업 동향\n본문입니다.\n\n2. 3D 프린팅 시장\n')
  assert.deepEqual(articlesOf(text).map((article) => article.number).filter((number) => number !== null), [1])
})

const sample = join(root, 'corpus', '287.txt')
const isRoot = process.getuid?.() === 0

test('defect 8: -o onto a device or FIFO writes into it, never replaces it; a replaced file keeps its mode; a link is followed', async (t) => {
  const {mkfifoSync, statSync, lstatSync, chmodSync, symlinkSync, readlinkSync} = await import('node:fs').then((fs) => ({
    ...fs,
    mkfifoSync: (path: string) => spawnSync('mkfifo', [path])
  }))
  const folder = temporary()
  // A FIFO: the reader gets the document, the FIFO stays a FIFO.
  const fifo = join(folder, 'out.fifo')
  mkfifoSync(fifo)
  const reader = spawnSync('sh', ['-c', `cat "${fifo}" > "${join(folder, 'read.json')}" & "${process.execPath}" "${bin}" parse "${sample}" -q -o "${fifo}"; wait`], {encoding: 'utf8'})
  assert.equal(reader.status, 0, reader.stderr)
  assert.ok(statSync(fifo).isFIFO())
  assert.match(JSON.parse(readFileSync(join(folder, 'read.json'), 'utf8')).schema, /^kic\/\d+$/)
  // A replaced regular file keeps its permissions.
  const kept = join(folder, 'kept.json')
  writeFileSync(kept, 'old')
  chmodSync(kept, 0o640)
  assert.equal(kic(['schema', '-o', kept]).status, 0)
  assert.equal(statSync(kept).mode & 0o777, 0o640)
  assert.match(readFileSync(kept, 'utf8'), /"\$schema"/)
  // A link is followed: the link stays, its target (even a missing one) gets the content.
  const target = join(folder, 'target.json')
  const link = join(folder, 'link.json')
  symlinkSync('target.json', link)
  assert.equal(kic(['schema', '-o', link]).status, 0)
  assert.ok(lstatSync(link).isSymbolicLink())
  assert.equal(readlinkSync(link), 'target.json')
  assert.match(readFileSync(target, 'utf8'), /"\$schema"/)
  // `-o -` is stdout.
  const dash = kic(['schema', '-o', '-'], {cwd: folder})
  assert.match(dash.stdout, /"\$schema"/)
  assert.equal(spawnSync('ls', [folder]).stdout.toString().includes('-\n'), false)
  // A character device (a private null device, made only when allowed): still a device afterwards.
  if (!isRoot) return t.diagnostic('character device case skipped: needs root to make a device node')
  const device = join(folder, 'null')
  if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status !== 0) return t.diagnostic('mknod refused')
  assert.equal(kic(['parse', sample, '-q', '-o', device]).status, 0)
  assert.ok(statSync(device).isCharacterDevice())
})

test('defect 9: -o onto a folder, a full disk or a full stdout is one clear error, exit 1, no stack trace', async (t) => {
  const folder = temporary()
  const run = kic(['parse', sample, '-q', '-o', folder])
  assertLocatedError(run, /error cannot write: is a folder, not a file \(EISDIR\) \(output-unwritable\)/)
  // stdout onto a full device (`> /dev/full`).
  const full = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" parse "${sample}" -q > /dev/full`], {encoding: 'utf8'})
  assertLocatedError({status: full.status, stderr: full.stderr}, /^<stdout> error cannot write: no space left on the device \(ENOSPC\)/)
  assert.equal(full.stderr.split('\n').filter((line) => line.includes('error')).length, 1)
  assertLocatedError(kic(['schema', '-o', '/dev/full']), /\/dev\/full error cannot write: no space left on the device \(ENOSPC\)/)
  // A really full file system: -o and a batch checkpoint (only where a small tmpfs can be mounted).
  const small = join(folder, 'small')
  spawnSync('mkdir', [small])
  if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small]).status !== 0) {
    return t.diagnostic('disk-full cases skipped: cannot mount a small tmpfs')
  }
  try {
    assertLocatedError(kic(['parse', sample, '-q', '-o', join(small, 'x.json')]), /x\.json error cannot write: no space left on the device \(ENOSPC\)/)
    assert.deepEqual(spawnSync('ls', ['-A', small], {encoding: 'utf8'}).stdout, '')
    const batch = kic(['batch', sample, '-o', join(small, 'out'), '-q'])
    assert.equal(batch.status, 1, batch.stderr)
    assert.match(batch.stderr, /ENOSPC/)
    assert.doesNotMatch(batch.stderr, /internal error|\n\s+at /)
    const left = spawnSync('find', [small, '-name', '*.tmp', '-o', '-name', '.kic-batch.lock'], {encoding: 'utf8'}).stdout
    assert.equal(left, '')
  } finally {
    spawnSync('umount', [small])
  }
})

test('defect 10: per-issue JSON left by a killed run (after its last checkpoint) is removed by the next run', async () => {
  const {makeArchive} = await import('./support/archive.js')
  const {readdirSync, copyFileSync} = await import('node:fs')
  const folder = temporary()
  const archive = join(folder, 'archive')
  await makeArchive(archive, 3)
  const out = join(folder, 'out')
  assert.equal(kic(['batch', archive, '-o', out, '-q', '--jobs', '1']).status, 0)
  // A killed run of other inputs wrote these after its last checkpoint: the manifest does not name them.
  copyFileSync(join(out, 'issues', '1.json'), join(out, 'issues', '77.json'))
  copyFileSync(join(out, 'issues', '1.json'), join(out, 'issues', 'unnumbered-x.json'))
  writeFileSync(join(out, 'issues', 'README.txt'), 'not kic’s: kept')
  const again = kic(['batch', archive, '-o', out, '-q', '--jobs', '1'])
  assert.equal(again.status, 0, again.stderr)
  assert.deepEqual(readdirSync(join(out, 'issues')).sort(), ['1.json', '2.json', '3.json', 'README.txt'])
})

test('defect 11: a newline or escape in a file name cannot forge a diagnostic line', () => {
  const folder = temporary()
  const name = join(folder, 'evil\nfake.txt:1:1 error forged (x)\u2028\u001b[31m.txt')
  writeFileSync(name, '')
  const run = kic(['parse', name])
  assertLocatedError(run, /evil\\nfake\.txt:1:1 error forged \(x\)\\u2028\\x1b\[31m\.txt error the file is empty \(input-empty\)/)
  assert.equal(run.stderr.split('\n').filter(Boolean).length, 2) // the error and its hint
  const batch = kic(['batch', name, '-o', join(folder, 'out'), '-q'])
  assert.equal(batch.status, 1)
  assert.equal(batch.stderr.split('\n').filter((line) => /error/.test(line)).length, 1, batch.stderr)
  assert.match(batch.stderr, /evil\\nfake/)
})

test('defect 12: Ctrl-C on a batch leaves no temporary file or lock, a manifest naming every JSON written, and a clean rerun', async () => {
  const {makeArchive} = await import('./support/archive.js')
  const {readdirSync, existsSync} = await import('node:fs')
  const {spawn} = await import('node:child_process')
  const folder = temporary()
  const archive = join(folder, 'archive')
  await makeArchive(archive, 40)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const out = join(folder, `out-${signal}`)
    const child = spawn(process.execPath, [bin, 'batch', archive, '-o', out, '--jobs', '1'], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // Interrupt once the first issues are in place.
    const started = Date.now()
    while (!(existsSync(join(out, 'issues')) && readdirSync(join(out, 'issues')).filter((name) => name.endsWith('.json')).length >= 2)) {
      if (Date.now() - started > 60_000) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill(signal)
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)))
    assert.equal(code, signal === 'SIGINT' ? 130 : 143, stderr)
    assert.match(stderr, new RegExp(`interrupted by ${signal}`))
    const everything = [...readdirSync(out), ...readdirSync(join(out, 'issues'))]
    assert.deepEqual(everything.filter((name) => name.endsWith('.tmp') || name === '.kic-batch.lock'), [], everything.join(' '))
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const written = readdirSync(join(out, 'issues')).filter((name) => name.endsWith('.json')).map((name) => `issues/${name}`).sort()
    const named = manifest.inputs.filter((entry: {output: string | null}) => entry.output).map((entry: {output: string}) => entry.output).sort()
    assert.deepEqual(named, written)
  }
  const out = join(folder, 'out-SIGINT')
  const rerun = kic(['batch', archive, '-o', out, '--jobs', '1'])
  assert.equal(rerun.status, 0, rerun.stderr)
  assert.match(rerun.stderr, /40 ok|\d+ ok, 0 failed, [1-9]\d* skipped/)
  assert.equal(readdirSync(join(out, 'issues')).length, 40)
})

test('defect 13: a tampered manifest (`"inputs":[null]`) is read as no manifest, with a warning', async () => {
  const folder = temporary()
  const out = join(folder, 'out')
  assert.equal(kic(['batch', sample, '-o', out, '-q']).status, 0)
  for (const inputs of ['[null]', '[{"path": 3}]', '"x"', '[{"path":"a","sha256":null,"size":null,"issue":null,"status":"bogus","version":"0","output":null,"error":null}]']) {
    writeFileSync(join(out, 'manifest.json'), `{"schema":"kic-batch/1","tool":{"name":"kic","version":"0"},"complete":true,"files":[],"inputs":${inputs}}`)
    const run = kic(['batch', sample, '-o', out])
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /warning: manifest\.json is damaged \(.*\); read as no manifest/)
    assert.match(run.stderr, /1 ok, 0 failed, 0 skipped/)
    assert.doesNotMatch(run.stderr, /internal error|TypeError/)
  }
})

test('defect 2: deep Markdown nesting and wide tables are refused before remark, with a located error', async () => {
  const {checkMarkdownSize, markdownLimits} = await import('../src/markdown/limits.js')
  const {KicError} = await import('../src/errors.js')
  const refused = (text: string, rule: string, line: number) => {
    assert.throws(() => checkMarkdownSize(text, 'x.md'), (error: unknown) => error instanceof KicError && error.ruleId === rule && error.line === line)
  }
  refused('- '.repeat(2000) + 'x\n', 'markdown-too-deep', 1)
  refused(Array.from({length: 1000}, (_, depth) => '  '.repeat(depth) + '- x').join('\n'), 'markdown-too-deep', markdownLimits.depth + 1)
  refused(Array.from({length: 2000}, (_, depth) => '>'.repeat(depth + 1) + ' x').join('\n'), 'markdown-too-deep', markdownLimits.depth + 1)
  refused('text\n\n' + '- - - '.repeat(2700) + 'x\n', 'markdown-too-deep', 3)
  refused('1. '.repeat(40) + 'x', 'markdown-too-deep', 1)
  refused('|' + 'a|'.repeat(5_000) + '\n|' + '-|'.repeat(5_000) + '\n', 'markdown-too-wide', 1)
  refused('a\n|' + '-|'.repeat(5_000) + '\n', 'markdown-too-wide', 2)
  refused('|a|b|\n|-|-|\n|' + 'b|'.repeat(5_000) + '\n', 'markdown-too-wide', 3)
  refused('|a|b|c|d|e|\n|-|-|-|-|-|\n' + '|b|b|b|b|b|\n'.repeat(2100), 'markdown-too-wide', 2002)
  refused('> '.repeat(20).concat('x\n').repeat(2100), 'markdown-too-deep', 2001)
  // What issues hold passes: thematic breaks of any length, three-level lists, small tables, pipes in text.
  checkMarkdownSize('x\n\n' + '* '.repeat(500) + '\n\n- a\n  - b\n    - c\n\n|a|b|\n|-|-|\n|1|2|\n\n' + 'a | b '.repeat(60) + '\n', 'ok.md')
  // A line of many pipes costs the GFM table reader as much as a table row, even when its delimiter row is damaged.
  refused('|a|b|\n|-|-|x\n|' + 'b|'.repeat(500) + '\n', 'markdown-too-wide', 3)
  // Through the CLI: one located error, exit 1, in about a second (the reader is never reached).
  const folder = temporary()
  const file = join(folder, 'l.md')
  writeFileSync(file, '- '.repeat(2000) + 'x\n')
  assertLocatedError(kic(['parse', file]), /l\.md:1:\d+ error Markdown nesting more than 32 levels deep .*\(markdown-too-deep\)/)
})

test('defect 13: symbolic links in folders are taken only when they point inside the folders given, unless --follow-links', async () => {
  const {symlinkSync, mkdirSync, copyFileSync} = await import('node:fs')
  const folder = temporary()
  const archive = join(folder, 'archive')
  const elsewhere = join(folder, 'elsewhere')
  mkdirSync(archive)
  mkdirSync(elsewhere)
  copyFileSync(sample, join(archive, '287.txt'))
  writeFileSync(join(elsewhere, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n')
  symlinkSync(join(archive, '287.txt'), join(archive, 'inside.txt'))
  symlinkSync(join(elsewhere, 'secret.txt'), join(archive, 'outside.txt'))
  const run = kic(['batch', archive, '-o', join(folder, 'out')])
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stderr, /warning: left out .*outside\.txt: a link to .*secret\.txt, outside the folders given \(--follow-links to take it\)/)
  const blocks = readFileSync(join(folder, 'out', 'blocks.csv'), 'utf8')
  assert.doesNotMatch(blocks, /root:x:0:0/)
  assert.match(run.stderr, /2 ok/)
  // Both folders given, or --follow-links: taken.
  const both = kic(['batch', archive, elsewhere, '-o', join(folder, 'both'), '-q'])
  assert.match(readFileSync(join(folder, 'both', 'blocks.csv'), 'utf8'), /root:x:0:0/, both.stderr)
  kic(['batch', archive, '-o', join(folder, 'follow'), '-q', '--follow-links'])
  assert.match(readFileSync(join(folder, 'follow', 'blocks.csv'), 'utf8'), /root:x:0:0/)
  // The glossary walks folders the same way.
  const glossary = kic(['glossary', archive, '-q', '--format', 'json'])
  assert.equal(glossary.status, 0, glossary.stderr)
})

test('defect 13: `kic parse` (and export) with no file on a terminal prints help instead of waiting', (t) => {
  if (spawnSync('script', ['--version']).status !== 0) return t.skip('no `script` to give a terminal')
  for (const command of ['parse', 'export']) {
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" ${command}`, '/dev/null'], {encoding: 'utf8', timeout: 30_000, input: ''})
    assert.equal(run.status, 2, run.stdout)
    assert.match(run.stdout, new RegExp(`kic ${command}: no input file given and stdin is a terminal`))
    assert.match(run.stdout, new RegExp(`Usage: kic ${command}`))
  }
  // Not a terminal: stdin is read as before.
  const piped = kic(['parse', '-q'], {input: readFileSync(sample)})
  assert.equal(piped.status, 0)
})

test('defect 13: `kic batch - < file` is a usage error that creates nothing', async () => {
  const {existsSync} = await import('node:fs')
  const folder = temporary()
  const out = join(folder, 'out')
  const run = kic(['batch', '-', '-o', out], {input: readFileSync(sample)})
  assert.equal(run.status, 2)
  assert.match(run.stderr, /kic batch: batch reads files and folders, not stdin \(`-`\)/)
  assert.equal(existsSync(out), false)
})

test('defect 13: a file of issues run together warns at the second masthead', async () => {
  const text = readFileSync(sample, 'utf8')
  const second = text.replace('제 287호', '제 288호')
  const document = await documentOf(text + '\n' + second)
  const warning = document.diagnostics.find((diagnostic) => diagnostic.ruleId === 'several-issues')
  assert.ok(warning, 'no several-issues warning')
  assert.equal(warning.line, text.split('\n').length + 1 + second.split('\n').findIndex((line) => line.includes('제 288호')))
  assert.match(warning.message, /주간 중국 창업 제 288호/)
  // One issue alone, or a body that cites another decree number, is not warned about.
  assert.equal((await documentOf(text)).diagnostics.some((diagnostic) => diagnostic.ruleId === 'several-issues'), false)
  assert.equal((await documentOf(text.replace('1) 실시 배경', '국무원령 제 5호\n\n1) 실시 배경'))).diagnostics.some((diagnostic) => diagnostic.ruleId === 'several-issues'), false)
})

test('defect 1: a run of thousands of paragraphs cut by page breaks is rejoined into one (one pass, not a copy per join)', async () => {
  const opening = '서론 문장은 여기에서 끝나지 않고 다음 쪽까지 계속 이어지는 아주 긴 문장입니다 그리고'
  const pieces = Array.from({length: 20_000}, (_, n) => (n % 2 === 0 ? '가' : '나다 라'))
  const document = await documentOf([opening, ...pieces].join('\n\n') + '\n')
  const paragraphs = document.sections.flatMap((section) => section.articles.flatMap((article) => article.blocks)).filter((block) => block.type === 'paragraph')
  assert.equal(paragraphs.length, 1)
  const text = (paragraphs[0] as {text: string}).text
  // A one-syllable fragment (`가`) is glued without a space to the word before it; `나다 라` is not.
  assert.equal(text, opening + '가' + ' 나다 라가'.repeat(pieces.length / 2 - 1) + ' 나다 라')
  assert.equal(paragraphs[0]!.position.end.line, 2 * pieces.length + 1)
  assert.equal(document.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'page-break-join').length, pieces.length)
})

test('defect 1: a huge table row label is not copied into every figure of the row (output stays proportional)', async () => {
  const label = '화웨이클라우드 생태계 '.repeat(20_000)
  const figures = Array.from({length: 2_000}, (_, n) => `${n + 1}억 위안`).join(', ')
  const document = await documentOf(`서론\n\n${label}\t${figures}\n`)
  assert.ok(document.figures.length >= 2_000)
  assert.ok(document.figures.every((figure) => (figure.subject ?? '').length <= 80))
  const size = JSON.stringify(document).length
  assert.ok(size < 50 * (label.length + figures.length), `${size} characters of JSON`)
})
