#!/usr/bin/env node
// Make the fixture PDFs offline, run by hand (tests only read the committed
// PDFs). Needs Debian's chromium, libreoffice-writer-nogui, fonts-noto-cjk.
//
//   node scripts/make-fixture-pdfs.mjs [issue.txt …]   (default corpus/287.txt)
//
// Each issue text is laid out as a printed bulletin — running header, page
// number footer `- N -`, a page break in mid-sentence, tables on their own
// page — and printed to PDF by two producers: chromium (HTML, CSS page
// margin boxes) and LibreOffice Writer (HTML with header/footer sections).
// Then the bad inputs: encrypted, image-only, truncated, and not a PDF.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join, resolve} from 'node:path'

const out = resolve('fixtures/pdf')
const work = mkdtempSync(join(tmpdir(), 'kic-pdf-'))
mkdirSync(out, {recursive: true})
const inputs = process.argv.slice(2)
if (inputs.length === 0) inputs.push('corpus/287.txt')

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const terminal = /[.!?。」』"')\]]$/

/**
 * A cell of the extracted text: `<p>…</p>` is unwrapped; `<ul …> • a • b`
 * becomes a list (one line per item) or, `inline`, a run of `• a • b`.
 */
function cellHtml(text, inline) {
  const stripped = text.replace(/<\/?p>/g, '')
  const list = /^<ul[^>]*>\s*(.*)$/.exec(stripped)
  if (list && inline) return escape(list[1].trim())
  if (list) {
    const items = list[1].split('•').map((item) => item.trim()).filter(Boolean)
    return `<ul>${items.map((item) => `<li>• ${escape(item)}</li>`).join('')}</ul>`
  }
  return escape(stripped.trim())
}

/** Issue text → body HTML: tab rows are tables, other lines paragraphs. */
function bodyHtml(text, inline = false) {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n')
  const html = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line.trim()) continue
    if (line.includes('\t')) {
      const rows = []
      while (index < lines.length && lines[index].includes('\t')) rows.push(lines[index++].split('\t'))
      index--
      const width = Math.max(...rows.map((row) => row.length))
      const isToc = rows.some((row) => /^P\d+$/.test(row[row.length - 1].trim()))
      // Tables with list cells get a page of their own: the "table page".
      const own = rows.some((row) => row.some((cell) => cell.includes('<ul')))
      html.push(`<table class="${isToc ? 'toc' : 'data'}${own ? ' own' : ''}" cellpadding="${isToc ? 3 : 6}" cellspacing="0">` +
        rows.map((row) => '<tr>' + Array.from({length: width}, (_, at) => `<td valign="top">${cellHtml(row[at] ?? '', inline)}</td>`).join('') + '</tr>').join('\n') +
        '</table>')
      continue
    }
    // A paragraph cut without closing punctuation and continued after blank
    // lines (a page break in the source): print it across a page break.
    let next = index + 1
    while (next < lines.length && !lines[next].trim()) next++
    const cut = line.length >= 40 && !terminal.test(line.trim()) && next - index >= 2 && next < lines.length && !lines[next].includes('\t') && /^[\uac00-\ud7a3]/.test(lines[next])
    html.push(`<p${cut ? ' class="cut"' : ''}>${escape(line.trim())}</p>`)
  }
  return html.join('\n')
}

const style = `
  body { font-family: 'Noto Sans CJK KR', 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; line-height: 1.6; word-break: keep-all; }
  p { margin: 0 0 0.7em 0; text-align: left; }
  p.cut { break-after: page; }
  table { border-collapse: collapse; margin: 0.6em 0 1.2em 0; width: 100%; }
  table.own { break-before: page; break-after: page; }
  td { border: 0.5pt solid #555; padding: 5pt 6pt; vertical-align: top; font-size: 9.5pt; line-height: 1.5; }
  table.toc td { border: none; padding: 3pt 6pt; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { margin: 0; }
`
const header = 'KIC China · Weekly China Startup'

// A second chromium layout: Letter paper, smaller justified type, paragraphs set solid with a
// first-line indent (no space between them), `N / M` page numbers and a header at the right.
const tightStyle = `
  body { font-family: 'Noto Sans CJK KR', 'Noto Sans CJK SC', sans-serif; font-size: 9.5pt; line-height: 1.45; word-break: keep-all; }
  p { margin: 0; text-align: justify; text-indent: 1em; }
  p.cut { break-after: page; }
  table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; width: 100%; }
  table.own { break-before: page; break-after: page; }
  td { border: 0.5pt solid #555; padding: 4pt 5pt; vertical-align: top; font-size: 9pt; line-height: 1.4; }
  table.toc td { border: none; padding: 2pt 5pt; }
  ul { list-style: none; margin: 0; padding: 0; }
`

function tightHtml(title, body) {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
  @page { size: letter; margin: 18mm 20mm 18mm 20mm;
    @top-right { content: "주간 중국 창업 · KIC 중국"; font-family: 'Noto Sans CJK KR'; font-size: 8pt; }
    @bottom-right { content: counter(page) " / " counter(pages); font-family: 'Noto Sans CJK KR'; font-size: 8pt; } }
  ${tightStyle}</style></head><body>${body}</body></html>`
}

function chromiumHtml(title, body) {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
  @page { size: A4; margin: 22mm 18mm 22mm 18mm;
    @top-center { content: "${header}"; font-family: 'Noto Sans CJK KR'; font-size: 8.5pt; color: #444; }
    @bottom-center { content: "- " counter(page) " -"; font-family: 'Noto Sans CJK KR'; font-size: 9pt; } }
  ${style}</style></head><body>${body}</body></html>`
}

// LibreOffice reads `<div title="header|footer">` and `<sdfield type=PAGE>` as page header/footer and page field.
function writerHtml(title, body) {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
  @page { size: 21cm 29.7cm; margin: 2cm 1.8cm 2cm 1.8cm; }
  ${style}</style></head><body>
  <div title="header"><p style="text-align:center; font-size:8.5pt">${header}</p></div>
  ${body.replace(/<p class="cut">(.*?)<\/p>/g, '<p>$1</p><p style="page-break-before: always"></p>')}
  <div title="footer"><p style="text-align:center; font-size:9pt">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>
  </body></html>`
}

function chromium(html, pdf) {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], {stdio: 'ignore'})
}

function writer(html, pdf, filter = 'pdf:writer_pdf_Export') {
  const dir = join(work, 'lo')
  mkdirSync(dir, {recursive: true})
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', dir, html], {stdio: 'ignore'})
  renameSync(join(dir, basename(html).replace(/\.html$/, '.pdf')), pdf)
}

for (const input of inputs) {
  const name = basename(input).replace(/\.[^.]+$/, '')
  const text = readFileSync(input, 'utf8')
  const c = join(work, `${name}-chromium.html`)
  writeFileSync(c, chromiumHtml(name, bodyHtml(text)))
  chromium(c, join(out, `${name}-chromium.pdf`))
  const tight = join(work, `${name}-tight.html`)
  writeFileSync(tight, tightHtml(name, bodyHtml(text)))
  chromium(tight, join(out, `${name}-chromium-tight.pdf`))
  const w = join(work, `${name}-writer.html`)
  // Writer lays list cells out as inline runs of bullets (its HTML lists add their own markers).
  writeFileSync(w, writerHtml(name, bodyHtml(text, true)))
  writer(w, join(out, `${name}-writer.pdf`))
  console.log(`${name}: chromium and writer PDFs`)
}

// Bad inputs. Encrypted: a password to open (LibreOffice's PDF export options).
const small = join(work, 'small.html')
writeFileSync(small, writerHtml('small', '<p>주간 중국 창업 제 1호</p><p>암호가 걸린 문서입니다.</p>'))
writer(small, join(out, 'encrypted.pdf'), 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"kic"}}')

// A stamp set at an angle over a short issue: left out of the body, and reported.
const stamp = join(work, 'stamp.html')
writeFileSync(stamp, chromiumHtml('stamp', '<p>주간 중국 창업 제 1호</p><p>2024.01.03</p><p>본문입니다. 도장이 비스듬히 찍혀 있습니다.</p><div style="transform: rotate(-30deg); position: absolute; top: 300px; left: 200px; font-size: 40pt; color: #c00">검토용 DRAFT</div>'))
chromium(stamp, join(out, 'rotated-stamp.pdf'))

// Image-only: a screenshot of a page printed into a PDF, no text layer.
const shot = join(work, 'shot.png')
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=600,400', `--screenshot=${shot}`, `file://${small}`], {stdio: 'ignore'})
const image = join(work, 'image.html')
writeFileSync(image, `<!doctype html><html><body style="margin:0"><img src="shot.png" style="width:100%"></body></html>`)
chromium(image, join(out, 'image-only.pdf'))

// Truncated: the first half of a small real PDF (no cross-reference table, no trailer).
const whole = join(work, 'whole.pdf')
writer(small, whole)
const bytes = readFileSync(whole)
writeFileSync(join(out, 'truncated.pdf'), bytes.subarray(0, Math.floor(bytes.length / 2)))

// Not a PDF: text and garbage named .pdf.
writeFileSync(join(out, 'not-a-pdf.pdf'), '주간 중국 창업 — this is text, not a PDF\n')
writeFileSync(join(out, 'garbage.pdf'), Buffer.from(Array.from({length: 512}, (_, index) => (index * 73 + 41) % 256)))
// A PDF header and trailer with nothing a reader can use between them.
writeFileSync(join(out, 'damaged.pdf'), '%PDF-1.7\n%garbage follows\n' + 'x'.repeat(200) + '\n%%EOF\n')

rmSync(work, {recursive: true, force: true})
console.log(`written to ${out}`)
