import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { auditAccessibility, judgeSlide, measureSlide, openSlide, prepareContext, problemsOfA11y, problemsOfPage, VIEWPORTS, watchPage } from '../../scripts/audit/slide-audit.ts'
import { blockRemoteRequests, launchChromium } from '../../scripts/browser/launch-browser.ts'
import { saveFailureShot, talkModel } from '../support/browser-deck.ts'
import { fontProblems, INTENDED_FAMILIES } from '../support/fonts-in-use.ts'

const deck = await talkModel()
const deckUrl = inject('talkUrl')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Every slide, as a venue without a network shows it: every request to another host is blocked and
 * recorded, so a slide that renders here needs nothing from outside the build. The first viewport
 * also runs axe-core and checks each text style is drawn in the deck's own fonts.
 */
describe.each(VIEWPORTS)('every slide at $name, offline', (viewport) => {
  let context: BrowserContext
  let page: Page
  let watch: PageWatch
  let blocked: string[]
  const thorough = viewport === VIEWPORTS[0]

  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    })
    await prepareContext(context)
    blocked = await blockRemoteRequests(context)
    page = await context.newPage()
    watch = watchPage(page)
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(deck.slides.map(slide => [slide.number, slide.title, slide] as const))(
    `slide %i (%s) renders without errors, fits, uses legible fonts, draws its diagrams${thorough ? ', passes axe-core and draws its text in the deck\'s fonts' : ''}`,
    async (_number, _title, slide) => {
      watch.take()
      await openSlide(page, deckUrl, slide, watch)
      const measured = await measureSlide(page, slide.number)
      expect(measured.scale, 'the canvas is scaled to the window').toBeGreaterThan(0)
      const problems = [
        ...judgeSlide(slide, measured),
        ...(thorough
          ? [
              ...problemsOfA11y(await auditAccessibility(page, slide.number)),
              ...await fontProblems(page, slide.number),
            ]
          : []),
        ...problemsOfPage(watch.take()),
      ]
      if (problems.length > 0)
        problems.push(`screenshot: ${await saveFailureShot(page, `slide-${slide.number}-${viewport.name}`)}`)
      expect(problems).toEqual([])
    },
  )

  it('had the deck\'s fonts loaded and sent nothing to another host', async () => {
    const faces = await page.evaluate(() => [...document.fonts].map(face => ({
      family: face.family.replace(/^["']|["']$/g, ''),
      status: face.status,
    })))
    for (const family of INTENDED_FAMILIES) {
      const ofFamily = faces.filter(face => face.family === family)
      expect(ofFamily.some(face => face.status === 'loaded'), `${family} is loaded`).toBe(true)
      expect(ofFamily.every(face => face.status !== 'error'), `no face of ${family} failed`).toBe(true)
    }
    expect(blocked, 'requests the deck tried to send off this machine').toEqual([])
  })
})
