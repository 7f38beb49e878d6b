import type { BrowserContext, Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SlideMeasurement } from './measure.ts'
import type { PageWatch } from './watch-page.ts'
import { auditAccessibility, problemsOfA11y } from './a11y.ts'
import { judgeSlide, roomFigures } from './judge.ts'
import { measureSlide, openSlide, VIEWPORTS } from './measure.ts'
import { prepareContext, problemsOfPage, watchPage } from './watch-page.ts'

/**
 * The audit of a built deck, in Chromium, shared by `npm run check` and the browser tests so that the
 * rules live in one place: watch-page.ts watches, measure.ts and in-page/ measure, judge.ts judges
 * (pure), report.ts prints. This module walks the deck.
 */
export * from './a11y.ts'
export * from './judge.ts'
export * from './measure.ts'
export * from './watch-page.ts'

interface ViewportPage { readonly name: string, readonly page: Page, readonly watch: PageWatch }

/** One row of `npm run check`. */
export type AuditRow = Awaited<ReturnType<typeof auditSlide>>

/** One slide at every viewport: its problems, tagged by viewport, and its worst figures. */
async function auditSlide(pages: readonly ViewportPage[], baseUrl: string, slide: SlideModel) {
  const problems: string[] = []
  const measures: (SlideMeasurement & ReturnType<typeof roomFigures>)[] = []
  let a11yViolations = 0
  let renderMs = 0
  for (const [index, { name, page, watch }] of pages.entries()) {
    const tag = (problem: string) => `[${name}] ${problem}`
    let ms: number
    let measured: SlideMeasurement
    try {
      ms = await openSlide(page, baseUrl, slide, watch)
      measured = await measureSlide(page, slide.number)
    }
    catch (error) {
      // A slide that never shows (its module throws, or it hangs) is this slide's failure, with what the page said; the walk goes on.
      if (page.isClosed())
        throw error
      problems.push(tag(`not measured: the slide did not render (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`))
      problems.push(...problemsOfPage(watch.take()).map(tag))
      continue
    }
    problems.push(...judgeSlide(slide, measured).map(tag))
    measures.push({ ...measured, ...roomFigures(measured) })
    if (index === 0) {
      renderMs = ms
      const findings = await auditAccessibility(page, slide.number)
      a11yViolations = findings.reduce((sum, finding) => sum + finding.targets.length, 0)
      problems.push(...problemsOfA11y(findings).map(tag))
    }
    problems.push(...problemsOfPage(watch.take()).map(tag))
  }
  const diagramShares = measures.flatMap(measure => measure.diagramShare ?? [])
  // A slide that rendered at no viewport has no figures.
  const some = measures.length > 0
  return {
    number: slide.number,
    title: slide.title,
    overflowPx: some ? Math.max(0, ...measures.map(measure => measure.overflowPx)) : undefined,
    smallestFontPx: some ? Math.min(...measures.map(measure => measure.smallestFontPx)) : undefined,
    bodyShare: some ? Math.min(1, ...measures.map(measure => measure.bodyShare)) : undefined,
    ...(diagramShares.length === 0 ? {} : { diagramShare: Math.min(1, ...diagramShares) }),
    a11yViolations,
    renderMs,
    problems,
  }
}

/**
 * Audits every slide of a served deck: in one browser context per viewport it opens each slide in its final click
 * state, measures it and, at the first viewport, runs axe-core. `onRow` gets each row as it is done, for progress.
 */
export async function auditDeck(newContext: (viewport: { width: number, height: number }) => Promise<BrowserContext>, baseUrl: string, deck: DeckModel, onRow?: (row: AuditRow) => void): Promise<AuditRow[]> {
  const pages: ViewportPage[] = []
  for (const viewport of VIEWPORTS) {
    const context = await newContext({ width: viewport.width, height: viewport.height })
    await prepareContext(context)
    const page = await context.newPage()
    pages.push({ name: viewport.name, page, watch: watchPage(page) })
  }
  const rows: AuditRow[] = []
  try {
    for (const slide of deck.slides) {
      const row = await auditSlide(pages, baseUrl, slide)
      rows.push(row)
      onRow?.(row)
    }
  }
  finally {
    await Promise.all(pages.map(({ page }) => page.context().close()))
  }
  return rows
}
