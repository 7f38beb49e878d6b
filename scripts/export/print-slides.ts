import type { Page } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import { CANVAS } from '../../contract/room-rules.ts'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { measureFit } from '../audit/measure.ts'
import { settle } from '../browser/launch-browser.ts'
import { slideAltText } from './slide-figure.ts'

const RENDER_TIMEOUT = 30_000

interface PrintSlidesOptions {
  readonly png: boolean
  /** Called as each slide is ready, in slide order. */
  readonly onSlide: (slide: SlideModel) => void
  /** Throws if anything went wrong outside the page (a blocked request). */
  readonly check: () => void
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
  await page.locator('.print-slide-container').evaluateAll((containers, texts) => {
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

/** Opens Slidev's print page (`/print?print=true`, every slide in its final state), waits for every slide and returns their containers. */
async function openPrint(page: Page, baseUrl: string, slides: readonly SlideModel[], options: PrintSlidesOptions) {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(`${baseUrl}/print?print=true`, { waitUntil: 'load' })
  const containers = page.locator('.print-slide-container')
  try {
    await containers.first().waitFor({ timeout: RENDER_TIMEOUT })
  }
  catch {
    throw new Error(`${baseUrl}/print shows no slides: the static deck lacks Slidev's print page (rebuild with --rebuild)`)
  }
  const shown = await containers.count()
  if (shown !== slides.length)
    throw new Error(`the print page shows ${shown} slides, the deck has ${slides.length}`)
  for (const [index, slide] of slides.entries()) {
    const container = containers.nth(index)
    try {
      await container.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout: RENDER_TIMEOUT })
      if (drawsDiagram(slide.view))
        await container.locator('[data-diagram-ready]').first().waitFor({ state: 'attached', timeout: RENDER_TIMEOUT })
    }
    catch (error) {
      throw new Error(`slide ${slide.number} ("${slide.title}") did not render: ${(error as Error).message.split('\n')[0]}`)
    }
    options.check()
    options.onSlide(slide)
  }
  // Mermaid measures its labels in a scratch container; it must be empty and out of the print.
  await page.evaluate(() => document.querySelector<HTMLElement>('#mermaid-rendering-container')?.style.setProperty('display', 'none'))
  await settle(page)
  const heights = await containers.evaluateAll(nodes => nodes.map(node => Math.round(node.getBoundingClientRect().height)))
  const odd = heights.map((height, index) => [slides[index]!.number, height] as const).filter(([, height]) => Math.abs(height - CANVAS.height) > 1)
  if (odd.length > 0)
    throw new Error(`slides ${odd.map(([number, height]) => `${number} (${height}px)`).join(', ')} are not ${CANVAS.height}px tall, so pages would not match slides`)
  return containers
}

/** Prints every slide in its final state in one `page.pdf`, a PNG of each if asked, and `fits`: how far each overflows, which texts overlap. */
export async function printSlides(page: Page, baseUrl: string, slides: readonly SlideModel[], options: PrintSlidesOptions) {
  const containers = await openPrint(page, baseUrl, slides, options)
  const fits = await measureFit(page, slides.map(slide => slide.number))
  await labelFigures(page, slides)
  options.check()
  // The open print as one PDF: each font is embedded once and text stays text.
  const size = { width: `${CANVAS.width}px`, height: `${CANVAS.height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 } }
  const pdf = await page.pdf({ ...size, pageRanges: slidePageRange(slides.length), printBackground: true, preferCSSPageSize: true, tagged: true })
  const pngs: Uint8Array[] = []
  if (options.png) {
    for (let index = 0; index < slides.length; index++)
      pngs.push(await containers.nth(index).screenshot({ type: 'png' }))
  }
  return { pdf, pngs, fits }
}
