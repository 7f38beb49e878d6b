import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { auditAccessibility, judgeSlide, measureSlide, openSlide, prepareContext, problemsOfA11y, problemsOfPage, VIEWPORTS, watchPage } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { builtDeckModel, saveFailureShot } from '../support/browser-deck.ts'

const deck = builtDeckModel()
const deckUrl = inject('deckUrl')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(VIEWPORTS)('every slide at $name', (viewport) => {
  let context: BrowserContext
  let page: Page
  let watch: PageWatch
  const accessibility = viewport === VIEWPORTS[0]

  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    })
    await prepareContext(context)
    page = await context.newPage()
    watch = watchPage(page)
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(deck.slides.map(slide => [slide.number, slide.title, slide] as const))(
    `slide %i (%s) renders without errors, fits, uses legible fonts, draws its diagrams${accessibility ? ' and passes axe-core' : ''}`,
    async (_number, _title, slide) => {
      watch.take()
      await openSlide(page, deckUrl, slide, watch)
      const measured = await measureSlide(page, slide.number)
      expect(measured.scale, 'the canvas is scaled to the window').toBeGreaterThan(0)
      const problems = [
        ...judgeSlide(slide, measured),
        ...(accessibility
          ? problemsOfA11y(await auditAccessibility(page, slide.number))
          : []),
        ...problemsOfPage(watch.take()),
      ]
      if (problems.length > 0)
        problems.push(`screenshot: ${await saveFailureShot(page, `slide-${slide.number}-${viewport.name}`)}`)
      expect(problems).toEqual([])
    },
  )
})
