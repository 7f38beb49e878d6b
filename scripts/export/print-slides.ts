import type { Page } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import { CANVAS } from '../../contract/room-rules.ts'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { measureFit } from '../audit/measure.ts'
import { settle } from '../browser/launch-browser.ts'
import { slideAltText } from './slide-figure.ts'

const RENDER_TIMEOUT = 30_000

export interface PrintSlidesOptions {
  readonly png: boolean
  /** Called as each slide is ready, in slide order. */
  readonly onSlide?: (slide: SlideModel) => void
  /** Throws if anything went wrong outside the page (a blocked request). */
  readonly check?: () => void
}

/** `1-51`: the slides' pages, leaving out the empty page Chromium adds after the last slide. */
export function slidePageRange(count: number): string {
  return count > 1 ? `1-${count}` : '1'
}

/**
 * Gives each diagram its slide's alternative text, so the tagged PDF has it as a Figure with `/Alt` (Chromium takes a figure's accessible
 * name, not the SVG's own title and description); figures that are not pictures (a quotation and its attribution) become plain groups.
 */
async function labelFigures(page: Page, slides: readonly SlideModel[]): Promise<void> {
  const labels = slides.map(slide => drawsDiagram(slide.view) ? slideAltText(slide) : '')
  await page.locator('.print-slide-container:visible').evaluateAll((containers, texts) => {
    containers.forEach((container, index) => {
      for (const figure of container.querySelectorAll('figure')) {
        // Slidev draws a Mermaid diagram in a shadow root. (No named helper: Vitest's transform would wrap it in `__name`, unknown in the page.)
        const label = texts[index]
        if (label && (figure.querySelector('svg') || [...figure.querySelectorAll('*')].some(node => node.shadowRoot?.querySelector('svg'))))
          figure.setAttribute('aria-label', label)
        else if (!figure.hasAttribute('aria-label'))
          figure.setAttribute('role', 'group')
      }
      for (const diagram of container.querySelectorAll('.mermaid')) {
        if (texts[index] && !diagram.closest('figure')) {
          diagram.setAttribute('role', 'img')
          diagram.setAttribute('aria-label', texts[index])
        }
      }
    })
  }, labels)
}

/** A print's pages, a slide at a click each: every slide once in its final state, or (`withClicks`) at each click from none to all. */
export function printPages(slides: readonly SlideModel[], withClicks: boolean) {
  return slides.flatMap(slide => withClicks
    ? Array.from({ length: slide.notes.steps.length + 1 }, (_, clicks) => ({ slide, clicks }))
    : [{ slide, clicks: slide.notes.steps.length }])
}

export type PrintedPage = ReturnType<typeof printPages>[number]

/**
 * Opens Slidev's print page (`/print?print=true`, every slide in its final state) and waits for every
 * slide wanted; the pages of slides not wanted are hidden.
 */
async function openPrint(page: Page, baseUrl: string, pages: readonly PrintedPage[], options: PrintSlidesOptions): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(`${baseUrl}/print?print=true`, { waitUntil: 'load' })
  const containers = page.locator('.print-slide-container')
  try {
    await containers.first().waitFor({ timeout: RENDER_TIMEOUT })
  }
  catch {
    throw new Error(`${baseUrl}/print shows no slides: the static deck lacks Slidev's print page (rebuild with --rebuild)`)
  }
  // Slidev names a page `<slide>-<click + 1>` with clicks (`007-03`), `<slide>` without. (Slidev 53 reads
  // `&range=` before its router resolves the query, so the range is applied here.)
  const wanted = new Set(pages.map(({ slide }) => slide.number))
  const shown = await containers.evaluateAll((nodes, numbers) => nodes.filter((node) => {
    const keep = numbers.includes(Number.parseInt(node.id, 10))
    if (!keep)
      node.style.display = 'none'
    return keep
  }).length, [...wanted])
  if (shown !== pages.length)
    throw new Error(`the print page shows ${shown} slides, the deck has ${pages.length}`)
  const visible = page.locator('.print-slide-container:visible')
  for (const [index, { slide }] of pages.entries()) {
    const container = visible.nth(index)
    try {
      await container.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout: RENDER_TIMEOUT })
      if (drawsDiagram(slide.view))
        await container.locator('[data-diagram-ready]').first().waitFor({ state: 'attached', timeout: RENDER_TIMEOUT })
    }
    catch (error) {
      throw new Error(`slide ${slide.number} ("${slide.title}") did not render: ${(error as Error).message.split('\n')[0]}`)
    }
    options.check?.()
    options.onSlide?.(slide)
  }
  // Mermaid measures its labels in a scratch container; it must be empty and out of the print.
  await page.evaluate(() => document.querySelector<HTMLElement>('#mermaid-rendering-container')?.style.setProperty('display', 'none'))
  await settle(page)
  const heights = await visible.evaluateAll(nodes => nodes.map(node => Math.round(node.getBoundingClientRect().height)))
  const odd = heights.map((height, index) => [pages[index]!.slide.number, height] as const).filter(([, height]) => Math.abs(height - CANVAS.height) > 1)
  if (odd.length > 0)
    throw new Error(`slides ${odd.map(([number, height]) => `${number} (${height}px)`).join(', ')} are not ${CANVAS.height}px tall, so pages would not match slides`)
}

/**
 * Prints every slide in its final click state, in one `page.pdf` of a page per slide; a PNG of each when asked for; and `fits`,
 * how far each slide runs off its canvas and which of its texts overlap, as printed.
 */
export async function printSlides(page: Page, baseUrl: string, slides: readonly SlideModel[], options: PrintSlidesOptions) {
  const pages = printPages(slides, false)
  await openPrint(page, baseUrl, pages, options)
  const containers = page.locator('.print-slide-container:visible')
  const fits = await measureFit(page, slides.map(slide => slide.number))
  await labelFigures(page, slides)
  options.check?.()
  // The open print as one PDF: each font is embedded once and text stays text.
  const size = { width: `${CANVAS.width}px`, height: `${CANVAS.height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 } }
  const pageRanges = slidePageRange(pages.length)
  const pdf = await page.pdf({ ...size, pageRanges, printBackground: true, preferCSSPageSize: true, tagged: true })
  const pngs: Uint8Array[] = []
  if (options.png) {
    for (let index = 0; index < slides.length; index++)
      pngs.push(await containers.nth(index).screenshot({ type: 'png' }))
  }
  return { pdf, pngs, fits }
}
