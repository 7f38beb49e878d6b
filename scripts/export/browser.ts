import type { BrowserContext, Page } from 'playwright-chromium'
import { join } from 'node:path'
import { settle } from '../browser/launch-browser.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { EXPORT_PATH } from './html.ts'

const FONT_PACKAGES = new Set(['inter', 'source-serif-4'])
const FONTSOURCE = join(PROJECT_ROOT, 'node_modules', '@fontsource')

/** Where a font request under `/__export/fonts/` is served from, or undefined if it is not one of the deck's fonts. */
export function fontFile(pathname: string): string | undefined {
  const match = /^\/__export\/fonts\/([\w-]+)\/([\w./-]+)$/.exec(pathname)
  // Without a `..`, the path cannot leave the package's folder.
  return match && FONT_PACKAGES.has(match[1]!) && !match[2]!.includes('..') ? join(FONTSOURCE, match[1]!, match[2]!) : undefined
}

/** Serves the export's HTML documents and the deck's fonts under `/__export/` on the deck's origin: the pages load nothing from elsewhere. */
export async function routeExportAssets(context: BrowserContext, baseUrl: string, documents: ReadonlyMap<string, string>): Promise<void> {
  const { origin } = new URL(baseUrl)
  await context.route(url => url.origin === origin && url.pathname.startsWith(EXPORT_PATH), async (route) => {
    const { pathname } = new URL(route.request().url())
    const html = documents.get(pathname)
    if (html !== undefined)
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
    const font = fontFile(pathname)
    if (font)
      return route.fulfill({ path: font })
    return route.fulfill({ status: 404, body: 'not found' })
  })
}

export async function printDocument(page: Page, url: string): Promise<Uint8Array> {
  await page.goto(url, { waitUntil: 'load' })
  await settle(page)
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
}
