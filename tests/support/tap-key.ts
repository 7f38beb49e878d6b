import type { Page } from 'playwright-chromium'

/**
 * Presses and releases a navigation key in one task of the page. Slidev repeats a navigation key held
 * for a second, and Playwright's `press` sends the release as a message of its own: with both cores
 * busy it reached the page more than a second after the press, and one → moved two slides.
 */
export async function tapKey(page: Page, key: 'ArrowRight' | 'ArrowDown'): Promise<void> {
  await page.evaluate((key) => {
    const target = document.activeElement ?? document.body
    for (const type of ['keydown', 'keyup'])
      target.dispatchEvent(new KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true }))
  }, key)
}
