import type { PDFNumber } from 'pdf-lib'
import type { DeckModel } from '../../contract/deck-model.ts'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, StandardFonts } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { CANVAS_ASPECT } from '../../contract/room-rules.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { handoutSections, renderHandoutHtml } from '../../scripts/export/handout-html.ts'
import { handoutCss, handoutLayout } from '../../scripts/export/handout-layout.ts'
import { PAGE_MARGIN_MM, PAPER_SIZES } from '../../scripts/export/html.ts'
import { PER_PAGE } from '../../scripts/export/options.ts'
import { findPlaceholders, placeSlides } from '../../scripts/export/place-slides.ts'
import { PLACEHOLDER_HEIGHT, slideAltText, whitePng } from '../../scripts/export/slide-figure.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { mermaidOf } from '../support/browser-deck.ts'
import { SECOND_TALK } from '../support/datasets.ts'

let deck: DeckModel

beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

describe('slide alternative text', () => {
  it('is the slide\'s title, plus the diagram\'s description where there is one', () => {
    const diagram = deck.slides.find(slide => mermaidOf(slide))!
    expect(diagram.view.kind).toBe('decision')
    const description = (diagram.view as { description: string }).description.replaceAll(/\s+/g, ' ').trim()
    const stop = /[.?!…]$/.test(diagram.title) ? '' : '.'
    expect(slideAltText(diagram)).toBe(`Slide ${diagram.number}: ${diagram.title}${stop} Diagram: ${description}`)
    const plain = deck.slides.find(slide => !mermaidOf(slide))!
    expect(slideAltText(plain)).toBe(`Slide ${plain.number}: ${plain.title}`)
  })

  it('puts no full stop after a diagram\'s question', () => {
    const diagram = deck.slides.find(slide => mermaidOf(slide))!
    const asked = slideAltText({ ...diagram, title: 'Autumn 1950: who would come to the rescue?' })
    expect(asked).toMatch(/^Slide \d+: Autumn 1950: who would come to the rescue\? Diagram: /)
    expect(slideAltText({ ...diagram, title: 'The rescue' })).toMatch(/^Slide \d+: The rescue\. Diagram: /)
  })
})

describe('placing slides', () => {
  async function printedWithPlaceholder(slide: number, height: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create()
    const page = doc.addPage([595, 842])
    page.drawImage(await doc.embedPng(whitePng(slide, height)), {
      x: 40,
      y: 500,
      width: 300,
      height: 169,
    })
    return doc.save()
  }

  async function slidesPdf(count: number): Promise<PDFDocument> {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    for (let number = 1; number <= count; number++)
      doc.addPage([735, 414]).drawText(`Slide ${number}`, { x: 20, y: 380, font, size: 24 })
    return doc
  }

  it('finds placeholder images by their marker height, and only those', async () => {
    const placed = await PDFDocument.load(await printedWithPlaceholder(2, PLACEHOLDER_HEIGHT))
    expect(findPlaceholders(placed).map(({ slide, page }) => ({ slide, page }))).toEqual([
      { slide: 2, page: 1 },
    ])
    expect(findPlaceholders(await PDFDocument.load(await printedWithPlaceholder(2, 8)))).toEqual([])
  })

  it('swaps the image for the slide\'s page, scaled into the image\'s unit square', async () => {
    const placed = await placeSlides(await printedWithPlaceholder(2, PLACEHOLDER_HEIGHT), await slidesPdf(3), [2])
    expect([...placed.pageOf]).toEqual([[2, 1]])
    const doc = await PDFDocument.load(await placed.doc.save())
    const objects = doc.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict)
    const form = doc.context.lookup(objects.entries()[0]![1], PDFStream)
    expect(form.dict.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Form'))
    const matrix = form.dict.lookup(PDFName.of('Matrix'), PDFArray).asArray().map(value => (value as PDFNumber).asNumber())
    expect(matrix).toEqual([1 / 735, 0, 0, 1 / 414, 0, 0])
    expect(findPlaceholders(doc)).toEqual([])
  })

  it('refuses a document whose slide pictures are missing or repeated', async () => {
    await expect(placeSlides(await printedWithPlaceholder(2, PLACEHOLDER_HEIGHT), await slidesPdf(3), [1, 2])).rejects.toThrow(/missing 1/)
    await expect(placeSlides(await printedWithPlaceholder(5, PLACEHOLDER_HEIGHT), await slidesPdf(3), [5])).rejects.toThrow(/slides PDF has 3 pages/)
  })
})

describe('handout layout', () => {
  it.each(PER_PAGE.flatMap(perPage => (['a4', 'letter'] as const).map(paper => [perPage, paper] as const)))('fits %d slides a page on %s', (perPage, paper) => {
    const layout = handoutLayout(perPage, paper)
    const size = PAPER_SIZES[paper]
    const height = size.heightMm - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom
    expect(layout.rowMm * perPage / layout.columns).toBeLessThanOrEqual(height - 10)
    expect(layout.slideWidthMm * layout.columns).toBeLessThanOrEqual(size.widthMm - 2 * PAGE_MARGIN_MM.side)
    if (layout.text === 'beside')
      expect(layout.slideWidthMm * CANVAS_ASPECT).toBeLessThan(layout.rowMm)
  })

  it.each(PER_PAGE.filter(perPage => perPage > 1).flatMap(perPage => (['a4', 'letter'] as const).map(paper => [perPage, paper] as const)))(
    'leaves room at %d a page on %s for a section\'s heading and its question beside rows of a page\'s share (ruled lines)',
    (perPage, paper) => {
      // A heading with its question taller than the room kept pushed the last row of every page that starts a section over the page.
      const layout = handoutLayout(perPage, paper)
      const css = handoutCss(layout, true)
      const rule = (selector: string) => new RegExp(`^${selector.replaceAll('.', '\\.')} \\{([^}]*)\\}`, 'm').exec(css)![1]!
      const mmOf = (values: string) => [...values.matchAll(/(-?[\d.]+)mm/g)].reduce((sum, match) => sum + Number(match[1]), 0)
      const PT = 25.4 / 72
      const LINE = 1.35
      const heading = Number(/font-size: ([\d.]+)pt/.exec(rule('.section-start > h2'))![1]) * LINE * PT + mmOf(/padding: ([^;]+)/.exec(rule('.section-start > h2'))![1]!)
      const question = layout.fontPt * LINE * PT + mmOf(/margin: ([^;]+)/.exec(rule('.section-start > .question'))![1]!)
      const height = PAPER_SIZES[paper].heightMm - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom
      expect(height - layout.rowMm * perPage / layout.columns).toBeGreaterThanOrEqual(heading + question)
    },
  )

  it('puts the slides beside their text at 3 a page, and in two columns at 4', () => {
    expect(handoutLayout(3, 'a4')).toMatchObject({ text: 'beside', columns: 1 })
    expect(handoutLayout(4, 'a4')).toMatchObject({ text: 'below', columns: 2 })
  })

  it('rules lines for notes only when asked', () => {
    expect(renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: true })).toContain('class="lines"')
    expect(renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })).not.toContain('class="lines"')
  })

  it('heads each episode\'s section with its question', () => {
    const sections = handoutSections(deck)
    expect(sections.map(section => section.question ?? null)).toEqual(deck.sections.filter(section => section.kind !== 'backup').map((section) => {
      const opener = deck.slides.find(slide => slide.id === `${section.id}/opener`)?.view
      return opener?.kind === 'timeline'
        ? opener.question ?? null
        : null
    }))
  })
})
