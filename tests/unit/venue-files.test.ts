import type { DeckModel } from '../../contract/deck-model.ts'
import type { PrintedPage } from '../../scripts/export/print-slides.ts'
import { Buffer } from 'node:buffer'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { crc32, deflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import PptxGenJS from 'pptxgenjs'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { clickCues, cueText } from '../../scripts/export/click-cues.ts'
import { escapeHtml } from '../../scripts/export/html.ts'
import { exportFileNames } from '../../scripts/export/options.ts'
import { documentInfo } from '../../scripts/export/pdf-document.ts'
import { printPages } from '../../scripts/export/print-slides.ts'
import { createProgress, SILENT_PROGRESS } from '../../scripts/export/progress.ts'
import { slideAltText } from '../../scripts/export/slide-figure.ts'
import { normaliseVenuePptx } from '../../scripts/export/venue-pptx.ts'
import { finishClicksPdf, outsideReferences } from '../../scripts/export/venue-slidev.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { renderNotes } from '../../scripts/generate/render-markdown.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'

let deck: DeckModel
beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})
const zone = process.env.TZ
afterEach(() => {
  process.env.TZ = zone
})

/** A 1x1 white PNG: the PowerPoint file's pictures, without a browser. */
function whitePixel(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([
      Buffer.from(type),
      data,
    ])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([
      0x89,
      0x50,
      0x4E,
      0x47,
      0x0D,
      0x0A,
      0x1A,
      0x0A,
    ]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A PowerPoint file as Slidev's export writes it: a picture a page, the slide's whole note on every click's page. */
async function slidevLikePptx(pages: readonly PrintedPage[], title?: string): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  if (title)
    pptx.title = title
  pptx.defineLayout({ name: 'deck', width: 980 / 96, height: 552 / 96 })
  pptx.layout = 'deck'
  for (const { slide } of pages) {
    const page = pptx.addSlide()
    page.background = { data: `data:image/png;base64,${Buffer.from(whitePixel()).toString('base64')}` }
    page.addNotes(renderNotes(slide.notes).slice('<!--'.length, -'-->'.length).trim())
  }
  return await pptx.write({ outputType: 'uint8array' }) as Uint8Array
}

describe('the venue\'s PowerPoint file', () => {
  const pages = () => printPages(deck.slides, true)
  const info = () => documentInfo(deck, 'Slides with speaker notes')
  const date = () => info().date

  it('is the same bytes from the same slides, in any time zone, dated the talk\'s day', async () => {
    const slidev = await slidevLikePptx(pages())
    process.env.TZ = 'UTC'
    const first = await normaliseVenuePptx(slidev, pages(), info())
    process.env.TZ = 'Pacific/Auckland'
    const second = await normaliseVenuePptx(slidev, pages(), info())
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')!.async('string')
    // The talk's day at noon UTC, as the PDFs are dated; no clock time of the export.
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date().toISOString().replace('.000Z', 'Z')}</dcterms:created>`)
    expect(date().toISOString().slice(0, 7)).toBe(deck.talk.dateValue.slice(0, 7))
  })

  it('gives each click\'s page the words said at that click, on a notes page its placeholders fit', async () => {
    const zip = await JSZip.loadAsync(await normaliseVenuePptx(await slidevLikePptx(pages()), pages(), info()))
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:notesSz cx="6858000" cy="9144000"/>')
    const diagram = deck.slides.find(slide => slide.notes.steps.length > 1)!
    const first = pages().findIndex(page => page.slide === diagram)
    const text = async (index: number) => [
      ...(await zip.file(`ppt/notesSlides/notesSlide${index + 1}.xml`)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ].map(match => match[1]).join(' ')
    expect(await text(first)).toContain(diagram.notes.lead.slice(0, 40))
    expect(await text(first + 2)).toContain(`[click 2 of ${diagram.notes.steps.length}]`)
    expect(await text(first + 2)).toContain(diagram.notes.steps[1]!.slice(0, 40))
    expect(await text(first + 2)).not.toContain(diagram.notes.lead.slice(0, 40))
  })

  it('describes each click\'s picture for a screen reader, by its slide and click: Slidev drew it as the slide\'s background, with no alternative text', async () => {
    const zip = await JSZip.loadAsync(await normaliseVenuePptx(await slidevLikePptx(pages()), pages(), info()))
    const slides = await Promise.all(pages().map((_, index) => zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string')))
    expect(slides.filter(xml => xml.includes('<p:bg>') || !/<p:pic>.*<p:cNvPr id="2" name="Slide \d+" descr="[^"]+"\/>.*<a:blip r:embed="rId\d+"\/>/.test(xml))).toEqual([])
    const diagram = deck.slides.find(slide => drawsDiagram(slide.view))!
    const first = pages().findIndex(page => page.slide === diagram)
    const clicks = diagram.notes.steps.length
    const alt = (step: string) => `descr="${escapeHtml(slideAltText(diagram).replace(`Slide ${diagram.number}:`, `Slide ${diagram.number}, ${step} of ${clicks}:`))}"`
    // The last click shows the whole diagram and its answer, as the PDFs do; an earlier click only the events come by then.
    expect(slides[first + clicks]).toContain(alt(`click ${clicks}`))
    expect(slides[first]).toContain(`descr="${escapeHtml(`Slide ${diagram.number}, before click 1 of ${clicks}: ${diagram.title}`)}"`)
    const events = clickCues(diagram.view, clicks).flat().map(cue => escapeHtml(`${cue.kind === 'answer' ? cue.answer : cueText(cue)}.`))
    for (let click = 0; click < clicks; click++) {
      expect(slides[first + click]).toContain(`, ${click ? `click ${click}` : 'before click 1'} of ${clicks}:`)
      events.slice(0, click).forEach(event => expect(slides[first + click]).toContain(event))
      events.slice(click).forEach(event => expect(slides[first + click]).not.toContain(event))
    }
  })

  it('writes a note and a subject with a dollar sign as they are, not as a replacement pattern', async () => {
    const diagram = deck.slides.find(slide => slide.notes.steps.length > 1)!
    const words = 'Aid worth $1 billion, then $300 million; $& and $\' stay too.'
    const slides = deck.slides.map(slide => slide === diagram ? { ...slide, notes: { ...slide.notes, steps: [words, ...slide.notes.steps.slice(1)] } } : slide)
    const edited = printPages(slides, true)
    const subject = { ...info(), subject: 'A talk on $2 of aid' }
    const zip = await JSZip.loadAsync(await normaliseVenuePptx(await slidevLikePptx(edited), edited, subject))
    const page = edited.findIndex(({ slide, clicks }) => slide.number === diagram.number && clicks === 1)
    const texts = [...(await zip.file(`ppt/notesSlides/notesSlide${page + 1}.xml`)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => match[1])
    expect(texts).toContain(`[click 1 of ${diagram.notes.steps.length}] ${words.replaceAll('&', '&amp;')}`)
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:subject>A talk on $2 of aid</dc:subject>')
  })

  it('is titled as the PDFs are, not with the first slide\'s title as its Markdown escapes it', async () => {
    // Slidev titles the file with the first slide's `title` frontmatter, which the generator escapes for Markdown and Vue.
    const slidevTitle = 'Q&amp;A &lt;live&gt; <span>{</span><span>{</span> x <span>}</span><span>}</span> \\$1'
    const titled = { ...info(), title: 'Q&A <live> {{ x }} $1: Notes (Slides with speaker notes)' }
    const zip = await JSZip.loadAsync(await normaliseVenuePptx(await slidevLikePptx(pages(), slidevTitle), pages(), titled))
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>Q&amp;A &lt;live&gt; {{ x }} $1: Notes (Slides with speaker notes)</dc:title>')
  })

  it('refuses a file whose pages are not the deck\'s clicks, or not in their order', async () => {
    await expect(normaliseVenuePptx(await slidevLikePptx(pages().slice(1)), pages(), info())).rejects.toThrow(/slides and .* notes pages for \d+ clicks/)
    const swapped = [
      ...pages(),
    ]
    const last = swapped.length - 1;
    [swapped[0], swapped[last]] = [swapped[last]!, swapped[0]!]
    await expect(normaliseVenuePptx(await slidevLikePptx(swapped), pages(), info())).rejects.toThrow(/page 1 holds the notes of another slide than slide 1, click 0/)
  })
})

describe('the venue\'s clicks PDF', () => {
  it('warns of text in a font not the deck\'s, as when Slidev\'s dev server could not serve the deck\'s fonts', async () => {
    const pages = printPages(deck.slides, true)
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.TimesRoman)
    for (const _ of pages)
      pdf.addPage([735, 414]).drawText('Kim', { font })
    const lines: string[] = []
    const doc = await PDFDocument.load(await finishClicksPdf(await pdf.save(), deck, createProgress(line => lines.push(line))))
    expect(doc.getPageCount()).toBe(printPages(deck.slides.filter(slide => !slide.backup), true).length)
    expect(lines).toEqual([expect.stringMatching(/^export: warning: clicks PDF: font Times-Roman is not embedded on pages 1, 2, 3, /)])
  })

  it('drops the backup slides\' pages from the file, and warns of none of them', async () => {
    const pages = printPages(deck.slides, true)
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.TimesRoman)
    // Only the backup slides' pages, which Slidev prints all the same, are set in a font not the deck's.
    for (const { slide } of pages) {
      const page = pdf.addPage([735, 414])
      if (slide.backup)
        page.drawText('Sources', { font })
    }
    const lines: string[] = []
    const doc = await PDFDocument.load(await finishClicksPdf(await pdf.save(), deck, createProgress(line => lines.push(line))))
    expect(lines).toEqual([])
    // pdf-lib's removePage leaves a removed page's objects in the saved file, where they are read on and sized.
    const pageObjects = [...doc.context.enumerateIndirectObjects()].filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Page'))
    expect(pageObjects).toHaveLength(printPages(deck.slides.filter(slide => !slide.backup), true).length)
  })
})

describe('the venue\'s single HTML file', () => {
  const model = '<script type="module">mount()</script>'
  it('accepts a page whose scripts, styles and pictures are all inline', () => {
    expect(outsideReferences(`<html><head>${model}<script type="module">const a = 1</script><link rel="icon" href="data:image/svg+xml,x"></head><body><a href="#/2">next</a></body></html>`)).toEqual([])
  })

  it.each([
    ['<script src="/assets/index.js"></script>', '/assets/index.js'],
    ['<link rel="stylesheet" href="style.css">', 'style.css'],
    ['<link rel="modulepreload" href="data:x">', 'a module preload'],
    ['<script>const m = import("./chunk.js")</script>', 'a dynamic import()'],
  ])('refuses %s', (tag, reason) => {
    expect(outsideReferences(`<html><head>${model}${tag}</head></html>`)).toContain(reason)
  })
})

it('a venue export that fails ends only once the single HTML file\'s build has removed its scratch folder', async () => {
  // Slidev stood in for: its export fails at once (an interrupt, a closed pipe), its build of the HTML ends a moment later.
  vi.resetModules()
  vi.doMock('../../scripts/build/run-slidev.ts', () => ({
    runSlidev: async (_entry: unknown, args: string[]) => {
      if (args[0] === 'export')
        throw new Error('slidev export was stopped (SIGTERM)')
      await new Promise(done => setTimeout(done, 300))
    },
  }))
  try {
    const { venueFiles } = await import('../../scripts/export/venue-slidev.ts')
    const root = temporaryDir('venue-entry-')
    const entry = { root, slides: join(root, 'slides.md'), generated: join(root, 'generated'), dist: join(root, 'dist') }
    await expect(venueFiles(entry, deck, exportFileNames(root, deck.talk), SILENT_PROGRESS)).rejects.toThrow('was stopped')
    // Without the fix the export exited here, the HTML's build still running in .tmp/venue-<pid>-index.html.
    expect(existsSync(join(root, '.tmp')) ? readdirSync(join(root, '.tmp')) : []).toEqual([])
  }
  finally {
    vi.doUnmock('../../scripts/build/run-slidev.ts')
    vi.resetModules()
  }
})
