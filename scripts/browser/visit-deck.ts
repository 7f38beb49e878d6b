import type { Page } from 'playwright-chromium'

/**
 * Takes a page to `path` of the deck served at `baseUrl` (`/5?clicks=99`, `/presenter/5`): loaded on the first
 * visit, then moved by the deck's own router, as a key press does; a full load would restart the app every slide.
 */
export async function visitDeck(page: Page, baseUrl: string, path: string): Promise<void> {
  const onDeck = page.url().startsWith(`${baseUrl}/`) && await page.evaluate('document.querySelector(".slidev-page") !== null')
  // Vue Router follows the address on popstate, as it does for the browser's back and forward buttons.
  if (onDeck)
    await page.evaluate(`history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`)
  else
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
}
