import type { Browser } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import { PDFDocument } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { apparatusIn } from '../../scripts/dataset/apparatus.ts'
import { validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { printDocument, routeExportAssets } from '../../scripts/export/browser.ts'
import { EXPORT_PATH, PAGE_MARGIN_MM, PAPER_SIZES } from '../../scripts/export/html.ts'
import { PAPERS } from '../../scripts/export/options.ts'
import { DECK_FONT, fontBaseName, pageFonts } from '../../scripts/export/pdf-document.ts'
import { renderSheetHtml } from '../../scripts/export/sheet-html.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { talkModel } from '../support/browser-deck.ts'
import { MAIN_DATA, rawDataset } from '../support/datasets.ts'

/**
 * The talk's own handout sheet, printed as the export prints it (the sheet places no slide, so it needs
 * no build): it must stay one sheet, both sides, on either paper, however the talk's wording changes.
 */
const ORIGIN = 'http://127.0.0.1:9'
const CSS_PX_PER_MM = 96 / 25.4

let browser: Browser
let deck: DeckModel
beforeAll(async () => {
  deck = await talkModel()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function printSheet(paper: (typeof PAPERS)[number], sheetDeck = deck): Promise<{ pdf: Uint8Array, decidedLines: number[], overflows: string[] }> {
  const context = await browser.newContext({
    viewport: { width: Math.round((PAPER_SIZES[paper].widthMm - 2 * PAGE_MARGIN_MM.side) * CSS_PX_PER_MM), height: 1200 },
  })
  try {
    await routeExportAssets(context, ORIGIN, new Map([[`${EXPORT_PATH}sheet.html`, renderSheetHtml(sheetDeck, paper)]]))
    const page = await context.newPage()
    const pdf = await printDocument(page, `${ORIGIN}${EXPORT_PATH}sheet.html`)
    await page.emulateMedia({ media: 'print' })
    const decidedLines = await page.locator('.decided').evaluateAll(paragraphs => paragraphs.map(paragraph => Math.round(paragraph.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(paragraph).lineHeight))))
    // Anything past the page's edge, or a name or citation past its column's, named by its text.
    const overflows = await page.locator('body *').evaluateAll(elements => elements.flatMap((element) => {
      const right = element.getBoundingClientRect().right
      const column = element.matches('.actor, .quote-cite') ? element.closest('div, blockquote')! : document.body
      return right > Math.min(window.innerWidth, column.getBoundingClientRect().right) + 0.5 ? [element.textContent!.slice(0, 40)] : []
    }))
    return { pdf, decidedLines, overflows }
  }
  finally {
    await context.close()
  }
}

describe.each(PAPERS)('the talk\'s handout sheet on %s paper', (paper) => {
  let printed: Awaited<ReturnType<typeof printSheet>>
  beforeAll(async () => {
    printed = await printSheet(paper)
  })

  it('keeps everything inside the page and each name and citation inside its column', () => {
    expect(printed.overflows).toEqual([])
  })

  it('fits one sheet, both sides, in the deck\'s own fonts', async () => {
    const doc = await PDFDocument.load(printed.pdf)
    expect(doc.getPageCount()).toBeLessThanOrEqual(2)
    const fonts = [...pageFonts(doc).values()].flat()
    expect(fonts.filter(font => !font.embedded || !DECK_FONT.test(fontBaseName(font.name))).map(font => font.name)).toEqual([])
  })

  it('says who decided in each episode in three lines at most', () => {
    expect(printed.decidedLines).toHaveLength(deck.sheet.episodes.length)
    expect(printed.decidedLines.filter(lines => lines < 1 || lines > 3), `lines: ${printed.decidedLines.join(', ')}`).toEqual([])
  })

  it('carries no editor\'s apparatus', async () => {
    const doc = await getDocument({ data: new Uint8Array(printed.pdf), verbosity: 0 }).promise
    const pages: string[] = []
    for (let number = 1; number <= doc.numPages; number++)
      pages.push((await (await doc.getPage(number)).getTextContent()).items.map(item => 'str' in item ? item.str : '').join(' '))
    await doc.destroy()
    expect(apparatusIn(pages.join(' '))).toBeUndefined()
  })
})

describe('a sheet whose title, capitals and speakers have long names', () => {
  it('wraps each inside its column, so nothing runs past the page and Chromium prints the sheet at full size', async () => {
    // Held on one line, a long title or citation ran past the page's edge and Chromium printed both sides shrunk whole; a long
    // capital's name ran out of the turning point's column into the episode's text beside it.
    const { raw, files } = await rawDataset(MAIN_DATA)
    raw.talk.title = 'North Korean Foreign Relations and the Alliances of the Cold War in Northeast Asia'
    raw.actors.find((actor: { id: string }) => actor.id === 'moscow').name = 'Moscow (the Soviet leadership)'
    raw.people.find((person: { id: string }) => person.id === 'shtykov').name = 'Terentii F. Shtykov, Soviet Ambassador to the Democratic People’s Republic of Korea'
    const { overflows } = await printSheet('a4', buildDeckModel(validateDataset(raw, files)))
    expect(overflows).toEqual([])
  })
})
