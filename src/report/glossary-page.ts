/**
 * The glossary as a table with search and filters (category, flag, count),
 * and one page per entry listing its occurrences and the figures about it.
 */
import type {GlossaryEntry} from '../terms/glossary.js'
import {escape, page, text} from './html.js'
import {header} from './nav.js'
import {renderTopicCharts, type Topic} from './figures-page.js'

export interface Occurrence {
  issue: number | null
  date: string | null
  /** Issue page name. */
  page: string
  /** Term record id: the anchor of its highlight on the issue page. */
  id: string
  korean: string
  chinese: string | null
  flags: string[]
  line: number | null
  column: number | null
}

interface Options {
  css: string
  script: string
  reading: (chinese: string) => string | null
}

export function renderGlossaryPage(entries: GlossaryEntry[], options: Options & {href: (entry: GlossaryEntry) => string}): string {
  const categories = [...new Set(entries.map((entry) => entry.category))].sort()
  const flags = [...new Set(entries.flatMap((entry) => entry.flags))].sort()
  const maxCount = entries.reduce((max, entry) => Math.max(max, entry.count), 1)
  const rows = entries.map((entry) => {
    const reading = entry.chinese ? options.reading(entry.chinese) : null
    const search = [entry.korean, ...entry.koreanVariants.map((variant) => variant.text), entry.chinese ?? '', ...entry.chineseForms, entry.english ?? '', reading ?? '']
      .join(' ')
      .toLowerCase()
    return (
      `<tr data-s="${escape(search)}" data-c="${escape(entry.category)}" data-f="${escape(entry.flags.join(' '))}" data-n="${entry.count}">` +
      `<td lang="ko"><a href="${escape(options.href(entry))}">${escape(entry.korean)}</a>${variants(entry)}</td>` +
      `<td lang="zh">${escape(entry.chineseForms.join(' / ') || entry.chinese || '')}</td><td lang="ko">${escape(reading ?? '')}</td><td lang="en">${escape(entry.english ?? '')}</td>` +
      `<td>${escape(entry.category)}</td><td class="flags">${entry.flags.map((flag) => `<span>${escape(flag)}</span>`).join('')}</td>` +
      `<td class="n">${entry.count}</td><td class="n">${entry.issues.length}</td></tr>`
    )
  })
  const select = (name: string, label: string, values: string[]) =>
    `<label>${label}<select name="${name}" id="${name}"><option value="">모두 (all)</option>${values.map((value) => `<option>${escape(value)}</option>`).join('')}</select></label>`
  const body =
    header('', '용어집 (glossary)', `${entries.length} entries · Chinese/Korean term pairs across the archive`) +
    `<main id="main"><form id="filters" class="filters" role="search" aria-controls="glossary">` +
    `<label>검색 search (/)<input type="search" name="q" id="q" placeholder="한국어, 中文, English, reading" autocomplete="off"></label>` +
    select('category', '분류 category', categories) +
    select('flag', '표시 flag', flags) +
    `<label>최소 횟수 min. count<input type="number" name="min" id="min" min="1" max="${maxCount}" value="1"></label>` +
    `<p><output id="shown" aria-live="polite">${entries.length} / ${entries.length}</output> entries</p></form>` +
    `<table class="grid" id="glossary"><thead><tr><th scope="col">한국어</th><th scope="col">中文</th><th scope="col">reading</th><th scope="col">English</th>` +
    `<th scope="col">category</th><th scope="col">flags</th><th scope="col" class="n">count</th><th scope="col" class="n">issues</th></tr></thead><tbody>${rows.join('')}</tbody></table></main>`
  return page({title: '용어집 — kic report', body, css: options.css, script: options.script, inline: false})
}

function variants(entry: GlossaryEntry): string {
  const others = entry.koreanVariants.filter((variant) => variant.text !== entry.korean)
  return others.length > 0 ? ` <span class="meta">(${others.map((variant) => `${escape(variant.text)}×${variant.count}`).join(', ')})</span>` : ''
}

export function renderTermPage(entry: GlossaryEntry, occurrences: Occurrence[], topics: Topic[], options: Options & {subjectHref: (topic: Topic) => string}): string {
  const reading = entry.chinese ? options.reading(entry.chinese) : null
  const title = `${entry.korean}${entry.chinese ? ` ${entry.chinese}` : entry.english ? ` (${entry.english})` : ''}`
  const facts: Array<[string, string]> = [
    ['한국어', `<span lang="ko">${escape(entry.korean)}</span>${variants(entry)}`],
    ['中文', `<span lang="zh">${escape(entry.chineseForms.join(' / ') || entry.chinese || '—')}</span>`],
    ['reading', `<span lang="ko">${escape(reading ?? '—')}</span>`],
    ['English', escape(entry.english ?? '—')],
    ['category', escape(entry.category)],
    ['flags', entry.flags.length > 0 ? `<span class="flags">${entry.flags.map((flag) => `<span>${escape(flag)}</span>`).join('')}</span>` : '—'],
    ['count', `${entry.count} in ${entry.issues.length} issues`]
  ]
  if (entry.standard) facts.push(['standard spelling', `<span lang="ko">${escape(entry.standard)}</span>`])
  if (entry.explanation) facts.push(['note', text(entry.explanation)])
  if (entry.homographs.length > 0) facts.push(['same Korean for', `<span lang="zh">${escape(entry.homographs.join(' '))}</span>`])
  const rows = occurrences.map(
    (each) =>
      `<tr><td>${escape(each.date ?? '')}</td><td><a href="../issues/${escape(each.page)}.html#${escape(each.id)}">${escape(each.issue !== null ? `제 ${each.issue}호` : each.page)}</a></td>` +
      `<td lang="ko">${escape(each.korean)}</td><td lang="zh">${escape(each.chinese ?? '')}</td><td class="n">${each.line ?? ''}:${each.column ?? ''}</td>` +
      `<td class="flags">${each.flags.map((flag) => `<span>${escape(flag)}</span>`).join('')}</td></tr>`
  )
  const charts = topics.length > 0 ? `<h2>관련 수치 (figures about this term)</h2>${renderTopicCharts(topics, options.subjectHref)}` : ''
  const body =
    header('../', title) +
    `<main id="main"><section class="masthead"><dl>${facts.map(([key, value]) => `<dt>${escape(key)}</dt><dd>${value}</dd>`).join('')}</dl></section>` +
    `<h2>출현 (occurrences)</h2><table class="grid" id="occurrences"><thead><tr><th scope="col">date</th><th scope="col">issue</th><th scope="col">한국어</th><th scope="col">中文</th>` +
    `<th scope="col" class="n">line:col</th><th scope="col">flags</th></tr></thead><tbody>${rows.join('')}</tbody></table>${charts}</main>`
  return page({title: `${title} — 용어집`, body, css: options.css, script: options.script, inline: false})
}
