import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts'

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
}

export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
    return true
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

/**
 * Aborts every request to a host other than this machine and records it, so a caller can fail on
 * anything the deck tried to fetch from outside.
 */
export async function blockRemoteRequests(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocalUrl(url))
      return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  return blocked
}

/** Waits for fonts, finite animations and transitions, then two frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    const finite = document.getAnimations().filter((animation) => {
      const timing = animation.effect?.getComputedTiming()
      return timing && Number.isFinite(timing.endTime)
    })
    await Promise.all(finite.map(animation => animation.finished.catch(() => undefined)))
    await new Promise<void>(done => requestAnimationFrame(() => requestAnimationFrame(() => done())))
  })
}
