import type { Browser } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import type { PerPage } from '../../scripts/export/options.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { printDocument, routeExportAssets } from '../../scripts/export/browser.ts'
import { inHandout, renderHandoutHtml } from '../../scripts/export/handout-html.ts'
import { APPARATUS_HEADING, EXPORT_PATH } from '../../scripts/export/html.ts'
import { DECK_FONT, fontBaseName, pageFonts } from '../../scripts/export/pdf-document.ts'
import { talkModel } from '../support/browser-deck.ts'
import { temporaryDir } from '../support/datasets.ts'
import { readStructure } from '../support/pdf-structure.ts'

/**
 * The talk's own detailed handout, printed as the export prints it before it puts the slides in (each slide a
 * placeholder of its size, so no build is needed): however long a slide's text, the slide keeps its heading.
 */
const ORIGIN = 'http://127.0.0.1:9'
const FOOTER = /^(?:Page \d+ of \d+|.* · Detailed handout)$/

let browser: Browser
let deck: DeckModel
beforeAll(async () => {
  deck = await talkModel()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function printHandout(perPage: PerPage, lines: boolean): Promise<string> {
  const context = await browser.newContext()
  try {
    const path = `${EXPORT_PATH}handout-detailed.html`
    await routeExportAssets(context, ORIGIN, new Map([[path, renderHandoutHtml(deck, { paper: 'a4', perPage, lines })]]))
    const file = join(temporaryDir('live-detailed-handout-'), 'handout.pdf')
    writeFileSync(file, await printDocument(await context.newPage(), `${ORIGIN}${path}`))
    return file
  }
  finally {
    await context.close()
  }
}

describe('the talk\'s detailed handout', () => {
  it.each([
    [2, false],
    [3, false],
    [4, true],
  ] as const)('keeps every slide on the page of its whole heading, in the deck\'s own fonts, %d a page (ruled lines: %s)', async (perPage, lines) => {
    const file = await printHandout(perPage, lines)
    const fonts = [...pageFonts(await PDFDocument.load(readFileSync(file))).values()].flat()
    expect(fonts.filter(font => !font.embedded || !DECK_FONT.test(fontBaseName(font.name))).map(font => font.name)).toEqual([])
    const { nodes } = await readStructure(file, FOOTER)
    const apparatus = nodes.find(node => node.role === 'H2' && node.text === APPARATUS_HEADING)!.page
    // A heading split over two pages is two H3s, one on each; the apparatus has H3s of its own.
    const headings = nodes.filter(node => node.role === 'H3' && node.page < apparatus)
    const figures = nodes.filter(node => node.role === 'Figure')
    expect(figures).toHaveLength(deck.slides.filter(inHandout).length)
    expect(headings.map(node => node.page)).toEqual(figures.map(node => node.page))
  })

  it.each([1, 2, 3, 4, 6] as const)('keeps %d slides a page with ruled lines, on as many pages as without them', async (perPage) => {
    // Each row was a page's share tall or more, and never split: a slide and its text outgrew the share, so most pages held one
    // row less (2 a page printed 22 pages of slides, 13 without lines) and ended in blank paper.
    const slidesByPage = async (lines: boolean) => {
      const { nodes } = await readStructure(await printHandout(perPage, lines), FOOTER)
      const pages = nodes.filter(node => node.role === 'Figure').map(node => node.page)
      expect(pages).toHaveLength(deck.slides.filter(inHandout).length)
      return [...new Set(pages)].map(page => pages.filter(other => other === page).length)
    }
    const ruled = await slidesByPage(true)
    const plain = await slidesByPage(false)
    expect(Math.max(...ruled)).toBeLessThanOrEqual(perPage)
    // A page holds fewer only where the text leaves no room for the next slide with its ruled lines: a page in four more at most.
    expect(ruled.length).toBeLessThanOrEqual(Math.ceil(plain.length * 1.25))
  })
})
