import type { Browser } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import type { Paper } from '../../scripts/export/options.ts'
import type { StructureNode } from '../support/pdf-structure.ts'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { formatSeconds } from '../../contract/deck-model.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { printDocument, routeExportAssets } from '../../scripts/export/browser.ts'
import { clickCues, cueText } from '../../scripts/export/click-cues.ts'
import { APPARATUS_HEADING, EXPORT_PATH } from '../../scripts/export/html.ts'
import { DECK_FONT, fontBaseName, pageFonts } from '../../scripts/export/pdf-document.ts'
import { scriptNotes } from '../../scripts/export/script-apparatus.ts'
import { renderScriptHtml } from '../../scripts/export/script-html.ts'
import { SCRIPT_BODY } from '../../scripts/export/script-style.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { readStructure } from '../support/pdf-structure.ts'

const FOOTER = /^(?:Page \d+ of \d+|.* · Speaker script)$/

/** Words enough to make a click's paragraph six lines or so, so that some would straddle a page break if the script let them. */
const MORE = ' Every word of this paragraph belongs to the same click, and the speaker reads it without turning the page.'.repeat(3)

/** The fixture talk, its spoken words lengthened: each click a paragraph of several lines, each slide's opening words too. */
function lengthened(deck: DeckModel): DeckModel {
  return {
    ...deck,
    slides: deck.slides.map(slide => ({
      ...slide,
      notes: { lead: `${slide.notes.lead}${MORE}`, steps: slide.notes.steps.map(step => `${step}${MORE}`) },
    })),
  }
}

interface PrintedText {
  /** Fonts other than the deck's own, or not embedded. */
  readonly fontProblems: readonly string[]
  /** Each page's text, squeezed; footers left out. */
  readonly pages: readonly string[]
  readonly items: readonly { readonly page: number, readonly text: string, readonly size: number, readonly y: number }[]
  readonly nodes: readonly StructureNode[]
}

/** Compares text as read back from a PDF: line breaks, spacing and ligatures aside. */
function squeeze(text: string): string {
  return text.normalize('NFKC').replaceAll(/\s+/g, '')
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const value of values)
    counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
}

async function readPrinted(file: string, bytes: Uint8Array): Promise<PrintedText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
  const pages: string[] = []
  const items: PrintedText['items'][number][] = []
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent()
    const texts = content.items.flatMap(item => 'str' in item && !FOOTER.test(item.str)
      ? [item]
      : [])
    pages.push(squeeze(texts.map(item => item.str).join('')))
    for (const item of texts)
      items.push({ page, text: item.str, size: Math.hypot(item.transform[0], item.transform[1]), y: item.transform[5] })
  }
  await doc.destroy()
  const fonts = [...pageFonts(await PDFDocument.load(bytes)).values()].flat()
  const fontProblems = [...new Set(fonts.filter(font => !font.embedded || !DECK_FONT.test(fontBaseName(font.name))).map(font => fontBaseName(font.name)))]
  return { fontProblems, pages, items, nodes: (await readStructure(file, FOOTER)).nodes }
}

const deck = lengthened(buildDeckModel((await loadDataset(SECOND_TALK)).dataset))
const spoken = deck.slides.flatMap(slide => [slide.notes.lead, ...slide.notes.steps])
const OUT = temporaryDir('speaker-script-')
const printed = new Map<Paper, PrintedText>()
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  const baseUrl = inject('fixtureUrl')
  for (const paper of ['a4', 'letter'] as const) {
    const context = await browser.newContext()
    await routeExportAssets(context, baseUrl, new Map([[`${EXPORT_PATH}script.html`, renderScriptHtml(deck, paper)]]))
    const bytes = await printDocument(await context.newPage(), new URL(`${EXPORT_PATH}script.html`, baseUrl).href)
    const file = join(OUT, `${paper}.pdf`)
    writeFileSync(file, bytes)
    printed.set(paper, await readPrinted(file, bytes))
    await context.close()
  }
})

afterAll(async () => {
  await browser?.close()
})

describe.each(['a4', 'letter'] as const)('the speaker script on %s', (paper) => {
  it('sets the spoken words to read at arm\'s length: 15 pt or more, on lines 1.4 times that apart or more', () => {
    const said = squeeze(spoken.join(''))
    // Whole lines of the spoken words; a short run could also be a heading's or a note's.
    const body = printed.get(paper)!.items.filter(item => item.text.length > 30 && said.includes(squeeze(item.text)))
    expect(body.length).toBeGreaterThan(spoken.length)
    const sizes = [...new Set(body.map(item => Number(item.size.toFixed(2))))]
    expect(sizes).toEqual([SCRIPT_BODY.sizePt])
    expect(sizes[0]).toBeGreaterThanOrEqual(15)
    const gaps = body.slice(1).flatMap((item, index) => item.page === body[index]!.page ? [Number((body[index]!.y - item.y).toFixed(1))] : [])
    const lineToLine = mostCommon(gaps)
    expect(lineToLine).toBe(SCRIPT_BODY.sizePt * SCRIPT_BODY.leading)
    expect(lineToLine / sizes[0]!).toBeGreaterThanOrEqual(1.4)
  })

  it('draws every glyph in the deck\'s own fonts, embedded: none falls back to a system font', () => {
    expect(printed.get(paper)!.fontProblems).toEqual([])
  })

  it('keeps each click\'s words on one page, with its number, its planned start and what it brings on screen', () => {
    const { pages } = printed.get(paper)!
    const split: string[] = []
    for (const slide of deck.slides) {
      const cues = clickCues(slide.view, slide.notes.steps.length)
      slide.notes.steps.forEach((words, index) => {
        const start = deck.plan.slides[slide.number - 1]!.clicks[index + 1]!.start
        const page = pages.find(text => text.includes(squeeze(`plan ${formatSeconds(start)}${words}`)))
        const shown = [`click ${index + 1}`, ...cues[index]!.map(cueText)]
        if (page === undefined || shown.some(text => !page.includes(squeeze(text))))
          split.push(`slide ${slide.number}, click ${index + 1}`)
      })
    }
    expect(deck.slides.some(slide => slide.notes.steps.length > 3)).toBe(true)
    expect(split).toEqual([])
  })

  it('keeps each slide\'s heading on the page of its first words', () => {
    const { pages, nodes } = printed.get(paper)!
    const headings = nodes.filter(node => node.role === 'H3' && node.text !== APPARATUS_HEADING)
    expect(headings).toHaveLength(deck.slides.length)
    const apart = deck.slides.filter((slide, index) => !pages[headings[index]!.page - 1]!.includes(squeeze(slide.notes.lead)))
    expect(apart.map(slide => slide.number)).toEqual([])
  })

  it('gathers the apparatus at each section\'s end, under its heading, after the last words spoken', () => {
    const { nodes } = printed.get(paper)!
    const notes = scriptNotes(deck)
    const sectionStarts = nodes.flatMap((node, index) => node.role === 'H2' ? [index] : [])
    expect(sectionStarts).toHaveLength(deck.sections.length)
    deck.sections.forEach((section, order) => {
      const part = nodes.slice(sectionStarts[order], sectionStarts[order + 1])
      const heading = part.findIndex(node => node.role === 'H3' && node.text === APPARATUS_HEADING)
      const sectionNotes = notes.get(section.id)!
      expect(heading === -1, section.title).toBe(sectionNotes.length === 0)
      const lastSpoken = Math.max(...part.flatMap((node, index) => node.role === 'P' && spoken.some(words => squeeze(words).includes(squeeze(node.text)) && node.text.length > 30) ? [index] : []))
      for (const note of sectionNotes) {
        const at = part.findIndex(node => node.role === 'P' && squeeze(node.text).includes(squeeze(note.text)))
        expect(at, `note ${note.number}`).toBeGreaterThan(heading)
        expect(heading, section.title).toBeGreaterThan(lastSpoken)
      }
    })
  })
})
