/**
 * A real browser for the report's tests: the system Chromium (Debian's
 * `chromium`) driven by playwright-core, which downloads nothing. Pages are
 * opened from file:// with every other request refused and recorded, and
 * console errors collected.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser, Page} from 'playwright-core'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** Path of a Chromium executable, or null when none is installed. `KIC_CHROMIUM` names the only one to use. */
export function findChromium(): string | null {
  const chosen = process.env.KIC_CHROMIUM
  if (chosen !== undefined) return chosen && existsSync(chosen) ? chosen : null
  for (const path of candidates) if (path && existsSync(path)) return path
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) if (dir && existsSync(join(dir, name))) return join(dir, name)
  }
  return null
}

export async function launch(executablePath: string): Promise<Browser> {
  const {chromium} = await import('playwright-core')
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu'], headless: true})
}

export interface Watched {
  page: Page
  /** Console errors and uncaught page errors. */
  errors: string[]
  /** Requests to anything but file:// (all refused). */
  network: string[]
}

export async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({viewport: {width: 1100, height: 900}})
  const errors: string[] = []
  const network: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith('file://')) await route.continue()
    else {
      network.push(url)
      await route.abort()
    }
  })
  return {page, errors, network}
}
