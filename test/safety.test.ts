/**
 * Output safety: CSV cells never run as spreadsheet formulas, `-o` writes
 * exactly the file named, `kic batch` writes only inside its output folder
 * whatever the input's file names and issue numbers, and no file name ever
 * reaches a shell.
 */
import {listFiles} from './support/files.js'
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve, sep} from 'node:path'
import test from 'node:test'
import {toCsv} from '../src/emit/csv.js'
import {candidates, fileStem} from '../src/batch/naming.js'
import {readCsv} from './support/csv.js'
import {corpus, root} from './support/paths.js'
import {kic} from './support/run.js'

const sample = readFileSync(join(corpus, '287.txt'), 'utf8')

function temporary(): string {
  return mkdtempSync(join(tmpdir(), 'kic-safety-'))
}

const tree = listFiles

test('safety: CSV cells starting with = + - @ (and tab, CR, full-width forms) are escaped', () => {
  const dangerous = ['=1+2', '+1', '-cmd|calc', '@SUM(A1)', '\t=1', '\r=1', '＝1', '＋1', '－1', '＠x', "=HYPERLINK(\"http://x\")"]
  const csv = toCsv(dangerous.map((value) => ({value})), ['value'])
  const rows = readCsv(csv).slice(1)
  assert.equal(rows.length, dangerous.length)
  for (const [index, [cell]] of rows.entries()) {
    assert.equal(cell, `'${dangerous[index]}`, `cell ${JSON.stringify(dangerous[index])} → ${JSON.stringify(cell)}`)
  }
  // Plain text and numbers are left alone.
  const plain = readCsv(toCsv([{a: '중국', b: -3, c: 'a=b', d: '2022-07-13'}], ['a', 'b', 'c', 'd']))
  assert.deepEqual(plain[1], ['중국', '-3', 'a=b', '2022-07-13'])
})

test('safety: CSV from the CLI keeps formula-like text from the input escaped', () => {
  const folder = temporary()
  try {
    // A term pair and a figure whose text starts with `=`/`-`/`@` when cut into cells.
    const input = sample.replace('1) 실시 배경', '1) 실시 배경\n\n=HYPERLINK("http://evil")(伊利) -2+3 @SUM(A1) 예시 문장입니다.')
    const file = join(folder, 'issue.txt')
    writeFileSync(file, input)
    const out = join(folder, 'out')
    const run = kic(['batch', file, '-o', out, '-q'])
    assert.equal(run.status, 0, run.stderr)
    for (const name of readdirSync(out).filter((each) => each.endsWith('.csv'))) {
      for (const row of readCsv(readFileSync(join(out, name), 'utf8'))) {
        for (const cell of row) {
          assert.doesNotMatch(cell, /^[=+@\t\r＝＋＠]/, `${name}: ${JSON.stringify(cell.slice(0, 40))}`)
          if (cell.startsWith('-')) assert.match(cell, /^-\d+(?:\.\d+)?$/, `${name}: ${JSON.stringify(cell.slice(0, 40))}`)
        }
      }
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('safety: -o writes exactly the named file, nothing beside it', () => {
  const folder = temporary()
  try {
    const target = join(folder, 'result.json')
    const run = kic(['parse', join(corpus, '287.txt'), '-o', target, '-q'])
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stdout, '')
    assert.deepEqual(tree(folder), ['result.json'])
    JSON.parse(readFileSync(target, 'utf8'))

    // An input named like a path, with a masthead like `제 ../1호`, changes nothing about where output goes.
    const sneaky = join(folder, '..evil.txt')
    writeFileSync(sneaky, sample.replace('제 287호', '제 ../../1호'))
    const second = kic(['parse', sneaky, '-o', join(folder, 'second.json'), '-q'])
    assert.ok(second.status === 0 || second.status === 1, second.stderr)
    assert.deepEqual(tree(folder), second.status === 0 ? ['..evil.txt', 'result.json', 'second.json'] : ['..evil.txt', 'result.json'])

    // A failing input leaves no file and no temporary behind.
    const failing = kic(['parse', '-', '-o', join(folder, 'failed.json')], {input: Buffer.from([0, 1, 2, 3])})
    assert.equal(failing.status, 1)
    assert.ok(!existsSync(join(folder, 'failed.json')))
    assert.ok(tree(folder).every((name) => !name.includes('.tmp')), tree(folder).join(', '))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('safety: batch output names come from letters, digits, _ and - only', () => {
  for (const path of ['../../x.txt', '/a/b/../../../etc/passwd', '..txt', '...', '.hidden.txt', '제 ../1호.txt', 'a/b\\..\\c.txt', '$(touch pwned).txt', '; rm -rf ~.txt', '-rf.txt', '\u0000.txt', '%2e%2e%2f.txt', 'ＣＯＮ.txt', '\u202e.txt']) {
    const stem = fileStem(path)
    assert.match(stem, /^[\p{L}\p{N}_-]+$/u, `${JSON.stringify(path)} → ${JSON.stringify(stem)}`)
    assert.ok(!stem.startsWith('-') && !stem.startsWith('.'), stem)
    for (const issue of [null, 1, 287, -1]) {
      for (const name of candidates(issue, path)) {
        const absolute = resolve('/out', name)
        assert.ok(absolute.startsWith(`/out${sep}issues${sep}`), `${JSON.stringify(path)}, issue ${issue} → ${name}`)
      }
    }
  }
})

test('safety: kic batch never writes outside its output folder, whatever the input names', () => {
  const folder = temporary()
  try {
    const input = join(folder, 'in')
    const nested = join(input, '..', 'in', 'sub')
    mkdirSync(nested, {recursive: true})
    const names = ['..txt', '...txt', '-rf.txt', '$(touch pwned).txt', '`touch pwned2`.txt', 'a;b&c|d.txt', "it's.txt", '제 ..호.txt', ' spaced .txt']
    for (const [index, name] of names.entries()) {
      writeFileSync(join(index % 2 ? nested : input, name), sample.replace('제 287호', index % 3 ? `제 ${index}호` : '제 ../../1호'))
    }
    const out = join(folder, 'out')
    const before = tree(folder)
    const run = kic(['batch', input, '-o', out, '-q'], {cwd: folder})
    assert.ok(run.status === 0 || run.status === 1, run.stderr)
    // Nothing new outside `out`; no file named by a shell command anywhere.
    const after = tree(folder).filter((name) => !name.startsWith(`out${sep}`))
    assert.deepEqual(after, before)
    assert.ok(!existsSync(join(folder, 'pwned')) && !existsSync(join(root, 'pwned')) && !existsSync('pwned'))
    for (const name of tree(out)) {
      assert.match(name, /^(?:issues\/[\p{L}\p{N}_-]+\.json|[a-z-]+\.(?:csv|jsonl|json))$/u, name)
    }
    // Hidden files (`..txt`) are skipped when walking a folder; every other input has its JSON.
    assert.equal(readdirSync(join(out, 'issues')).length, names.filter((name) => !name.startsWith('.')).length)
    assert.ok(statSync(join(out, 'manifest.json')).isFile())
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})

test('safety: no source file runs a shell or a child process', () => {
  const offenders: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8')
        if (/['"](?:node:)?child_process['"]|shell\s*:\s*true|\beval\s*\(|new Function\s*\(/.test(text)) offenders.push(relative(root, path))
      }
    }
  }
  walk(join(root, 'src'))
  assert.deepEqual(offenders, [])
})
