import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { stopOnInterrupt } from '../cli/interrupt.ts'
import { findChromium } from './find-chromium.ts'

/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
]

/** Starts the Chromium findChromium names; one that fails to start is named in the error, with what to do. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium()
  let browser: Browser
  try {
    // Not Playwright's own Ctrl-C handler, which closes Chromium and exits 130 at once: a stage that takes longer to stop
    // (a Slidev build) never said it was interrupted. The command's (cli/interrupt.ts) closes it below.
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false })
  }
  catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new Error(`Chromium at ${executablePath} did not start (${reason}); point CHROMIUM_PATH at a Chromium that runs`, { cause: error })
  }
  browser.once('disconnected', stopOnInterrupt(() => browser.close()))
  return browser
}

export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  return ['data:', 'blob:', 'about:'].includes(protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
}

/** Aborts and records every request to a host other than this machine: the caller fails on any. */
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

/**
 * Waits for fonts, running finite animations and transitions, then two frames. A paused animation
 * never finishes, so only running ones count, and no wait lasts longer than a few seconds.
 */
export async function settle(page: Page): Promise<void> {
  // No named helpers inside: the function is serialised into the page, where a bundler's helpers do not exist.
  await page.evaluate(async () => {
    await Promise.race([document.fonts.ready, new Promise(done => setTimeout(done, 5000))])
    const finite = document.getAnimations().filter((animation) => {
      const timing = animation.effect?.getComputedTiming()
      return animation.playState === 'running' && timing && Number.isFinite(timing.endTime)
    })
    await Promise.race([
      Promise.all(finite.map(animation => animation.finished.catch(() => undefined))),
      new Promise(done => setTimeout(done, 3000)),
    ])
    await Promise.race([
      new Promise<void>(done => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      new Promise(done => setTimeout(done, 1000)),
    ])
  })
}
