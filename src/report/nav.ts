/** The archive pages' header: the site name and links between its pages. */
import {escape} from './html.js'

/** `prefix` leads from the page to the site's folder (`` or `../`). */
export function header(prefix: string, title: string, subtitle = ''): string {
  const links: Array<[string, string]> = [
    ['index.html', '호 목록 (issues)'],
    ['glossary.html', '용어집 (glossary)'],
    ['figures.html', '수치 (figures)']
  ]
  return (
    `<header class="top"><nav aria-label="report"><p>${links.map(([href, label]) => `<a href="${prefix}${href}">${label}</a>`).join(' · ')}</p></nav>` +
    `<h1>${escape(title)}</h1>${subtitle ? `<p class="meta">${subtitle}</p>` : ''}</header>`
  )
}
