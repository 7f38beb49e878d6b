import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { ExportResult } from '../../scripts/export/export-deck.ts'
import type { RawDataset } from '../support/datasets.ts'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { apparatusIn } from '../../scripts/dataset/apparatus.ts'
import { exportDeck } from '../../scripts/export/export-deck.ts'
import { inHandout } from '../../scripts/export/handout-html.ts'
import { APPARATUS_HEADING } from '../../scripts/export/html.ts'
import { ARTIFACTS, exportFileNames } from '../../scripts/export/options.ts'
import { DECK_FONT, fontBaseName, pageFonts, pageImages } from '../../scripts/export/pdf-document.ts'
import { printPages } from '../../scripts/export/print-slides.ts'
import { createProgress } from '../../scripts/export/progress.ts'
import { scriptNotes } from '../../scripts/export/script-apparatus.ts'
import { clickNotes } from '../../scripts/export/venue-pptx.ts'
import { positionIn, stepsOf } from '../support/browser-deck.ts'
import { copyDatasetDir, rawDataset, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { GIANT_POINT } from '../support/giant-point.ts'
import { readStructure } from '../support/pdf-structure.ts'
import { runScript } from '../support/run-script.ts'
import { tapKey } from '../support/tap-key.ts'
import { FIXTURE_BUILD } from './global-setup.ts'

interface PdfText {
  readonly pages: readonly string[]
  readonly outline: readonly { title: string, items: readonly { title: string }[] }[]
  readonly info: Record<string, unknown>
}

const FOOTER = /^(?:Page \d+ of \d+|.* · (?:Handout|Detailed handout|Speaker script))$/

/** Page texts (footers left out), outline and document info, as a PDF reader sees them. */
async function readPdf(file: string): Promise<PdfText> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
  }).promise
  const pages: string[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent()
    pages.push(content.items.map(item => 'str' in item && !FOOTER.test(item.str)
      ? item.str
      : '').join(' '))
  }
  const outline = (await doc.getOutline()) ?? []
  const { info } = await doc.getMetadata()
  await doc.destroy()
  return { pages, outline, info: info as Record<string, unknown> }
}

/** Compares text as read back from a PDF: line breaks, spacing and ligatures aside. */
function squeeze(text: string): string {
  return text.normalize('NFKC').replaceAll(/\s+/g, '')
}

/** Letters and digits only, for titles the slide lays out over several lines or with extra labels. */
function letters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, '')
}

/** The title as a slide shows it: without its section's prefix. */
function displayedTitle(deck: DeckModel, slide: SlideModel): string {
  const section = deck.sections.find(candidate => candidate.id === slide.section)!
  return slide.title.replace(`${section.title}: `, '').replace(/^\d+\.\s+/, '')
}

/** What the tagged PDFs should give a slide as alternative text: its number and title, and a diagram's description. */
function expectedAlt(slide: SlideModel): string {
  const title = `Slide ${slide.number}: ${slide.title}`
  return slide.view.kind === 'decision'
    ? `${title}${/[.?!…]$/.test(title) ? '' : '.'} Diagram: ${slide.view.description.replace(/\s+/g, ' ').trim()}`
    : title
}

/** The slides the handout shows, as its design says: the timed talk but the title and closing cards and the episodes' opening timelines. */
function handoutShows(slide: SlideModel): boolean {
  return !slide.backup && !['title', 'closing'].includes(slide.view.kind) && !slide.id.endsWith('/opener')
}

/** The fixture's build, which the browser tests share: the export reuses it, as a build of the same inputs. */
const BUILD = FIXTURE_BUILD
/** A copy of the fixture talk and of its build: the export must know the build by its inputs, not by its folder. */
const DATA = copyDatasetDir(SECOND_TALK)
const BUILD_COPY = join(temporaryDir('deck-export-build-'), 'dist')
const OUT = temporaryDir('deck-export-')
let raw: RawDataset
let result: ExportResult
let deck: DeckModel
let names: ReturnType<typeof exportFileNames>
let slides: PdfText
/** What the export printed as it went. */
const progress: string[] = []
/** Its warnings that a slide breaks a room rule: `slide 15 runs 78 px off the canvas; ...`. */
const roomWarnings = (lines: readonly string[]) => lines.filter(line => line.startsWith('export: warning: slide '))

beforeAll(async () => {
  raw = (await rawDataset(SECOND_TALK)).raw
  cpSync(BUILD, BUILD_COPY, { recursive: true })
  result = await exportDeck({
    dataDir: DATA,
    outDir: OUT,
    only: ARTIFACTS,
    png: true,
    venue: true,
    buildDir: BUILD_COPY,
  }, createProgress(line => progress.push(line)))
  deck = result.deck
  names = exportFileNames(OUT, deck.talk)
  slides = await readPdf(names.slides)
})

describe('npm run export: the slides PDF', () => {
  it('writes the four PDFs, the three venue files, the record of the talk they were made from and a PNG per slide, at twice the canvas size', () => {
    expect(readdirSync(OUT).sort()).toEqual([
      names.handout,
      names.handoutDetailed,
      names.slides,
      names.notes,
      names.clicks,
      names.pptx,
      names.html,
      names.record,
    ].map(file => file.slice(OUT.length + 1)).concat('png').sort())
    const pngs = readdirSync(join(OUT, 'png'))
    expect(pngs).toHaveLength(deck.slides.length)
    const png = readFileSync(join(OUT, 'png', pngs[0]!))
    expect([
      png.readUInt32BE(16),
      png.readUInt32BE(20),
    ]).toEqual([1960, 1104])
  })

  it('warns of no slide: every slide of the fixture keeps to its canvas, none sets texts on each other', () => {
    expect(progress.some(line => line.startsWith('export: slides '))).toBe(true)
    expect(roomWarnings(progress)).toEqual([])
  })

  it('prints one page per slide, each with its headline at the last click (a diagram\'s answer in its question\'s place)', () => {
    expect(slides.pages).toHaveLength(deck.slides.length)
    const headline = (slide: SlideModel) => slide.view.kind === 'decision' ? slide.view.answer : displayedTitle(deck, slide)
    const missing = deck.slides
      .filter(slide => !letters(slides.pages[slide.number - 1]!).includes(letters(headline(slide))))
      .map(slide => `${slide.number}: ${slide.title}`)
    expect(missing).toEqual([])
  })

  it('has an outline naming every section, with its slides', () => {
    expect(slides.outline.map(entry => entry.title)).toEqual(deck.sections.map(section => section.title))
    slides.outline.forEach((entry, index) => expect(entry.items).toHaveLength(deck.sections[index]!.slides.length))
  })

  it('sets title, author, subject and keywords, dated from the talk', () => {
    expect(slides.info.Title).toContain(raw.talk.title)
    expect(slides.info.Author).toBe(raw.talk.speaker)
    expect(slides.info.Subject).toContain(raw.talk.thesis)
    expect(slides.info.Keywords).toContain(raw.talk.title)
    expect(slides.info.CreationDate).toMatch(new RegExp(`^D:${raw.talk.venue.date.replaceAll('-', '')}`))
  })

  it('uses no fallback font in any of the five PDFs: every glyph comes from the deck\'s own fonts, embedded', async () => {
    for (const file of [
      names.slides,
      names.handout,
      names.handoutDetailed,
      names.notes,
      names.clicks,
    ]) {
      const doc = await PDFDocument.load(readFileSync(file))
      const fonts = [
        ...pageFonts(doc).values(),
      ].flat()
      const problems = fonts.filter(font => !font.embedded || !DECK_FONT.test(fontBaseName(font.name))).map(font => fontBaseName(font.name))
      expect(problems, file).toEqual([])
      expect(new Set(fonts.map(font => fontBaseName(font.name).split('-')[0])).size, file).toBeGreaterThan(1)
    }
  })

  it('prints the diagrams as vector graphics, every event\'s label as selectable text at full strength', async () => {
    const doc = await PDFDocument.load(readFileSync(names.slides))
    const images = pageImages(doc)
    for (const slide of deck.slides.filter(candidate => candidate.view.kind === 'decision')) {
      if (slide.view.kind !== 'decision')
        continue
      expect(images.get(slide.number), `slide ${slide.number}`).toEqual([])
      for (const step of slide.view.steps)
        expect(letters(slides.pages[slide.number - 1]!), `slide ${slide.number}`).toContain(letters(step.label))
      expect(letters(slides.pages[slide.number - 1]!)).toContain(letters(slide.view.answer))
    }
  })
})

describe('npm run export: tagged PDFs', () => {
  it('tags all four PDFs: marked, in English, with a structure tree', async () => {
    for (const file of [names.slides, names.handout, names.handoutDetailed, names.notes]) {
      const catalog = (await PDFDocument.load(readFileSync(file))).catalog
      expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')), file).toBe(PDFBool.True)
      expect(catalog.lookup(PDFName.of('Lang'))?.toString(), file).toMatch(/^\((?:en|en-\w+)\)$/)
      expect(catalog.has(PDFName.of('StructTreeRoot')), file).toBe(true)
    }
  })

  it('tags the slides: a heading on every slide, each diagram a Figure with the slide\'s alternative text', async () => {
    const { nodes } = await readStructure(names.slides, FOOTER)
    const pagesWithHeadings = new Set(nodes.filter(node => /^H\d$/.test(node.role) && node.text).map(node => node.page))
    expect(deck.slides.map(slide => slide.number).filter(number => !pagesWithHeadings.has(number))).toEqual([])
    for (const slide of deck.slides.filter(candidate => candidate.view.kind === 'decision'))
      expect(nodes.filter(node => node.page === slide.number && node.role === 'Figure').map(node => node.alt)).toContain(expectedAlt(slide))
    expect(nodes.filter(node => node.role === 'Figure' && !node.alt)).toEqual([])
  })

  it('tags the detailed handout: headings for the talk, its sections and slides, and every slide a Figure with its alternative text', async () => {
    const { nodes } = await readStructure(names.handoutDetailed, FOOTER)
    const texts = (role: string) => nodes.filter(node => node.role === role).map(node => letters(node.text))
    const shown = deck.slides.filter(handoutShows)
    expect(texts('H1')).toEqual([
      letters(raw.talk.title),
    ])
    expect(texts('H2')).toEqual([
      // The opening section, named after the talk, is headed by the cover's H1 alone.
      ...deck.sections.filter(section => shown.some(slide => slide.section === section.id) && letters(section.title) !== letters(raw.talk.title)).map(section => letters(section.title)),
      'sources',
      'notesondatesandsources',
    ])
    expect(texts('H3').filter(text => text.startsWith('slide')).map(text => text.replace(/^slide\d+(?:essay|nn?\d+)*(?:seethenotesattheend)?/, ''))).toEqual(shown.map(slide => letters(displayedTitle(deck, slide))))
    expect(nodes.filter(node => node.role === 'Figure').map(node => node.alt)).toEqual(shown.map(expectedAlt))
  })

  it('tags the speaker script: a heading per section, per slide and per section\'s apparatus, and every slide a Figure with its alternative text', async () => {
    const { nodes } = await readStructure(names.notes, FOOTER)
    expect(nodes.filter(node => node.role === 'H2').map(node => letters(node.text))).toEqual(deck.sections.map(section => letters(section.title)))
    const notes = scriptNotes(deck)
    const headings = deck.sections.flatMap(section => [
      ...section.slides.map(number => letters(displayedTitle(deck, deck.slides[number - 1]!))),
      ...notes.get(section.id)!.length > 0
        ? [letters(APPARATUS_HEADING)]
        : [],
    ])
    const h3 = nodes.filter(node => node.role === 'H3').map(node => letters(node.text))
    expect(h3).toHaveLength(headings.length)
    expect(h3.filter((text, index) => !text.includes(headings[index]!))).toEqual([])
    expect(nodes.filter(node => node.role === 'Figure').map(node => node.alt)).toEqual(deck.slides.map(expectedAlt))
  })

  it('fills every page of the detailed handout at least half, but the last before the sources and the last', async () => {
    const { nodes, fill } = await readStructure(names.handoutDetailed, FOOTER)
    const sourcesPage = nodes.find(node => node.role === 'H2' && node.text === 'Sources')!.page
    const halfEmpty = fill.map((share, index) => [index + 1, share] as const)
      .filter(([page, share]) => share < 0.5 && page !== sourcesPage - 1 && page !== fill.length)
    expect(halfEmpty).toEqual([])
  })
})

describe('npm run export: the handout sheet', () => {
  it('is one sheet, both sides: at most two pages, with a heading for the talk and every part, the timeline and the map vector Figures with alternative text', async () => {
    const sheet = await readPdf(names.handout)
    expect(sheet.pages.length).toBeLessThanOrEqual(2)
    const { nodes } = await readStructure(names.handout, FOOTER)
    expect(nodes.filter(node => node.role === 'H1').map(node => letters(node.text))).toEqual([letters(raw.talk.title)])
    expect(nodes.filter(node => node.role === 'H2').map(node => letters(node.text))).toEqual(expect.arrayContaining(['whodecided', 'furtherreading']))
    expect(nodes.filter(node => node.role === 'Figure').map(node => node.alt?.split(':')[0])).toEqual(['Timeline from 1945', 'Map of the Korean peninsula'])
    expect([...pageImages(await PDFDocument.load(readFileSync(names.handout))).values()].flat()).toEqual([])
  })

  it('carries the thesis word for word, each episode, and at least three works to read next, cited in full as the sources print them', async () => {
    const text = squeeze((await readPdf(names.handout)).pages.join(' '))
    expect(text).toContain(squeeze(raw.talk.thesis))
    for (const episode of raw.episodes)
      expect(text, episode.id).toContain(squeeze(episode.title))
    const cited = raw.sources.flatMap((source: RawDataset) => source.reading ?? []).filter((work: string) => text.includes(squeeze(work)))
    expect(cited.length).toBeGreaterThanOrEqual(3)
    for (const work of cited)
      expect(raw.sources.some((source: RawDataset) => source.text?.includes(work))).toBe(true)
  })

  it('carries no editor\'s apparatus', async () => {
    const text = (await readPdf(names.handout)).pages.join(' ')
    expect(apparatusIn(text)).toBeUndefined()
    const notes = deck.slides.flatMap(slide => slide.handout.footnotes)
    expect(notes.filter(note => squeeze(text).includes(squeeze(note)))).toEqual([])
  })
})

describe('npm run export -- --venue: the files for a venue PC', () => {
  const timed = () => deck.slides.filter(slide => !slide.backup)

  it('prints a page per click of every timed slide, with the outline and the deck\'s fonts', async () => {
    const clicks = await readPdf(names.clicks)
    const pages = timed().flatMap(slide => Array.from<SlideModel>({ length: slide.notes.steps.length + 1 }).fill(slide))
    expect(clicks.pages).toHaveLength(pages.length)
    // A diagram's answer takes its question's place once every event is drawn.
    const headline = (slide: SlideModel, click: number) =>
      slide.view.kind === 'decision' && click > slide.view.steps.length ? slide.view.answer : displayedTitle(deck, slide)
    const untitled = pages
      .map((slide, index) => [slide, index - pages.indexOf(slide), clicks.pages[index]!] as const)
      .filter(([slide, click, page]) => !letters(page).includes(letters(headline(slide, click))))
      .map(([slide, click]) => `${slide.number}.${click}`)
    expect(untitled).toEqual([])
    // A diagram builds up: each of its pages shows one event label more than the page before (the legend may name a mark too).
    const count = (text: string, part: string) => squeeze(text).split(squeeze(part)).length - 1
    for (const slide of timed().filter(candidate => candidate.view.kind === 'decision')) {
      if (slide.view.kind !== 'decision')
        continue
      const first = pages.indexOf(slide)
      for (const [index, step] of slide.view.steps.entries())
        expect(count(clicks.pages[first + index + 1]!, step.label) - count(clicks.pages[first + index]!, step.label), `slide ${slide.number}, click ${step.step}`).toBe(1)
    }
    expect(clicks.outline.map(entry => [entry.title, entry.items.length])).toEqual(deck.sections
      .filter(section => section.kind !== 'backup')
      .map(section => [section.title, section.slides.length]))
  })

  it('writes Slidev\'s PowerPoint file: a picture a click of every slide, the words said at that click in its notes', async () => {
    const zip = await JSZip.loadAsync(readFileSync(names.pptx))
    const pages = printPages(deck.slides, true)
    const slideFiles = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slideFiles).toHaveLength(pages.length)
    const unescape = (xml: string) => xml.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', '\'').replaceAll('&amp;', '&')
    for (const [index, page] of pages.entries()) {
      const xml = await zip.file(`ppt/notesSlides/notesSlide${index + 1}.xml`)!.async('string')
      // The notes placeholder (PowerPoint's notes page also holds the slide's image and number).
      const body = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? ''
      const paragraphs = [
        ...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g),
      ]
        .map(([, paragraph]) => unescape([
          ...paragraph!.matchAll(/<a:t>([^<]*)<\/a:t>/g),
        ].map(([, text]) => text).join('')))
      expect(paragraphs.join('\n'), `notes of slide ${page.slide.number}, click ${page.clicks}`).toBe(clickNotes(page))
      // The click's picture, described as the click shows it (scripts/export/venue-pptx.ts).
      const slide = await zip.file(`ppt/slides/slide${index + 1}.xml`)!.async('string')
      expect(slide).toMatch(new RegExp(`<p:pic><p:nvPicPr><p:cNvPr id="2" name="Slide ${page.slide.number}" descr="Slide ${page.slide.number}[^"]+"/>[\\s\\S]*r:embed=`))
    }
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:notesSz cx="6858000" cy="9144000"/>')
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(`<dc:title>${deck.talk.title}`)
  })

  it('writes one HTML file that runs the deck from disk with every request outside the file blocked', async () => {
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        offline: true,
      })
      const outside: string[] = []
      await context.route('**/*', route => /^(?:file|data|blob):/.test(route.request().url())
        ? route.continue()
        : (outside.push(route.request().url()), route.abort()))
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', error => errors.push(error.message))
      await page.goto(pathToFileURL(names.html).href)
      await page.locator('.slidev-page-1').getByText(deck.talk.title).waitFor()
      expect(new URL(page.url()).hash).toBe('#/1')
      // → through every click: each key waits for the deck to reach its step, and each diagram to be drawn.
      for (const step of stepsOf(deck).slice(1)) {
        await tapKey(page, 'ArrowRight')
        await expect.poll(() => positionIn(deck, page.url()), { message: 'one step per key' }).toEqual(step)
        if (step.clicks === 0 && deck.slides[step.slide - 1]!.view.kind === 'decision')
          await page.locator(`.slidev-page-${step.slide} [data-diagram-ready] svg`).first().waitFor()
      }
      // The presenter view, from the same file in a second window: the notes of its slide, and the audience window follows it.
      await page.goto(`${pathToFileURL(names.html).href}#/1`)
      const presenter = await context.newPage()
      await presenter.goto(`${pathToFileURL(names.html).href}#/presenter/2`)
      await expect.poll(async () => squeeze(await presenter.locator('.slidev-note').textContent() ?? '')).toContain(squeeze(deck.slides[1]!.notes.lead))
      await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/2(?:\?|$)/)
      await tapKey(presenter, 'ArrowDown')
      await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/3(?:\?|$)/)
      expect(outside).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await browser.close()
    }
  })
})

describe('npm run export: handout, script and a failed export', () => {
  it('lists every source once, at the end of the detailed handout, and the apparatus after them, in one place', async () => {
    const handout = (await readPdf(names.handoutDetailed)).pages.map(squeeze)
    for (const source of raw.sources.filter((entry: RawDataset) => entry.text))
      expect(handout.filter(page => page.includes(squeeze(source.text))), source.id).toHaveLength(1)
    const dated = raw.episodes[1].events.find((event: RawDataset) => event.dateNote)
    const notesPage = handout.findIndex(page => page.includes(squeeze('Notes on dates and sources')))
    expect(notesPage).toBeGreaterThan(-1)
    expect(handout.findIndex(page => page.includes(squeeze(dated.dateNote)))).toBeGreaterThanOrEqual(notesPage)
  })

  it('outlines the speaker script and the detailed handout by section and slide, as the slides PDF is', async () => {
    const script = await readPdf(names.notes)
    expect(script.outline.map(entry => [entry.title, entry.items.length])).toEqual(deck.sections.map(section => [section.title, section.slides.length]))
    const detailed = await readPdf(names.handoutDetailed)
    const inDetailed = deck.slides.filter(inHandout)
    expect(detailed.outline.flatMap(entry => entry.items.map(item => item.title))).toEqual(inDetailed.map(slide => `${slide.number}. ${slide.title}`))
  })

  it('has every timed slide in the detailed handout but the title card and the episodes\' openers, whose headings say the same', async () => {
    const { nodes } = await readStructure(names.handoutDetailed, FOOTER)
    const figures = nodes.filter(node => node.role === 'Figure').map(node => node.alt)
    const timed = deck.slides.filter(slide => !slide.backup)
    expect(timed.filter(slide => !figures.includes(expectedAlt(slide))).map(slide => slide.id)).toEqual([
      timed[0]!.id,
      ...deck.sections.filter(section => section.kind === 'episode').map(section => `${section.id}/opener`),
    ])
  })

  it('puts every slide\'s spoken notes, click by click, in the speaker script, and the apparatus at each section\'s end', async () => {
    const script = squeeze((await readPdf(names.notes)).pages.join(' '))
    const missing = deck.slides.flatMap(slide => [
      slide.notes.lead,
      ...slide.notes.steps,
    ]
      .filter(text => !script.includes(squeeze(text)))
      .map(text => `${slide.number}: ${text.slice(0, 40)}`))
    expect(missing).toEqual([])
    const notes = [...scriptNotes(deck).values()].flat()
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.filter(note => !script.includes(squeeze(note.text))).map(note => note.text)).toEqual([])
    for (const section of deck.sections)
      expect(script).toContain(squeeze(`Budget ${section.minutes} min`))
  })

  it('fails on a request to another host and leaves the previous files as they were', async () => {
    const before = new Map(readdirSync(OUT).filter(name => name !== 'png').map(name => [
      name,
      readFileSync(join(OUT, name)),
    ]))
    // A build whose page loads a web font from a CDN, as Slidev's default font settings would make it.
    const withWebFont = join(temporaryDir('deck-web-font-'), 'dist')
    cpSync(BUILD, withWebFont, { recursive: true })
    const index = join(withWebFont, 'index.html')
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<link rel="stylesheet" href="https://cdn.example.com/font.css"></head>'))
    await expect(exportDeck({ dataDir: SECOND_TALK, outDir: OUT, buildDir: withWebFont })).rejects.toThrow(/host other than the local one.*cdn\.example\.com/)
    for (const [name, bytes] of before)
      expect(readFileSync(join(OUT, name)).equals(bytes), name).toBe(true)
    expect(readdirSync(OUT).filter(name => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('npm run export after wording edits, one of which runs a slide off its canvas', () => {
  const out = temporaryDir('deck-export-edited-')
  let outNames: ReturnType<typeof exportFileNames>
  let venueAndAll: string[]
  let same: ExportResult
  let keptBeforeEdit: string[]
  let edited: ExportResult
  let overflowing: SlideModel
  /** What the edited export printed as it went. */
  const printed: string[] = []
  /** The first episode's lesson, before and after its wording edit. */
  let headline: string
  let editedHeadline: string

  beforeAll(async () => {
    cpSync(OUT, out, { recursive: true })
    outNames = exportFileNames(out, deck.talk)
    venueAndAll = [outNames.slides, outNames.handout, outNames.handoutDetailed, outNames.notes, outNames.clicks, outNames.pptx, outNames.html]
    same = await exportDeck({ dataDir: DATA, outDir: out, only: ['slides'], buildDir: BUILD_COPY })
    keptBeforeEdit = venueAndAll.filter(file => existsSync(file))

    headline = raw.episodes[0].lesson.headline as string
    editedHeadline = `${headline.replace(/\.$/, '')}, always.`
    const episode = join(DATA, 'episodes', '01-first-request.ts')
    writeFileSync(episode, readFileSync(episode, 'utf8').replace(headline, editedHeadline))
    // The puzzle's questions are set large: a paragraph there runs off the slide.
    const point = raw.talk.puzzle.at(-1) as string
    const talk = join(DATA, 'talk.ts')
    writeFileSync(talk, readFileSync(talk, 'utf8').replace(`'${point}'`, JSON.stringify(GIANT_POINT)))
    edited = await exportDeck({ dataDir: DATA, outDir: out, only: ['slides'], buildDir: BUILD_COPY }, createProgress(line => printed.push(line)))
    overflowing = edited.deck.slides.find(slide => slide.view.kind === 'points' && slide.view.points.includes(GIANT_POINT))!
  })

  it('reuses a build of the same inputs, keeping the files of the same talk; after the edits, rebuilds and removes the files made from the old talk', () => {
    expect([result.built, same.built, edited.built]).toEqual([false, false, true])
    expect(keptBeforeEdit, 'files of the same talk are kept').toEqual(venueAndAll)
    expect(venueAndAll.filter(file => existsSync(file)), 'only the slides are of the edited talk').toEqual([outNames.slides])
  })

  it('prints the edits and nothing else, and the slide that runs off its canvas all the same', async () => {
    const pages = (await readPdf(outNames.slides)).pages
    const touched = slides.pages.flatMap((page, index) => squeeze(page).includes(squeeze(headline)) ? [index] : [])
    expect(touched.length).toBeGreaterThan(0)
    const changed = [...touched, overflowing.number - 1]
    expect(pages.filter((_, index) => !changed.includes(index)), 'the slides the edits do not touch print as before').toEqual(slides.pages.filter((_, index) => !changed.includes(index)))
    for (const index of touched)
      expect(squeeze(pages[index]!)).toBe(squeeze(slides.pages[index]!).replace(squeeze(headline), squeeze(editedHeadline)))
    expect(squeeze(pages[overflowing.number - 1]!), 'the slide that runs off its canvas is printed all the same').toContain(squeeze(GIANT_POINT.slice(0, 70)))
    expect(squeeze(pages[overflowing.number]!), 'the words clipped off its canvas are on no other page').not.toContain(squeeze(GIANT_POINT.slice(0, 70)))
  })

  it('warns of that slide, and names the check that says why', () => {
    expect(roomWarnings(printed)).toEqual([
      expect.stringMatching(new RegExp(`^export: warning: slide ${overflowing.number} runs [1-9]\\d* px off the canvas; npm run check -- --data ${DATA} --slides ${overflowing.number} says why$`)),
    ])
  })

  it('makes `npm run check` on the build it made exit 1, print that slide as the one FAIL row with its overflow in px, and say why', async () => {
    // Three slides, the broken one among them: the audit of every slide is the live-slides test's.
    const first = Math.max(1, overflowing.number - 2)
    const chosen = [first, first + 1, first + 2]
    const { status, stdout: output } = await runScript('check', ['--dist', BUILD_COPY, '--data', DATA, '--slides', `${first}-${first + 2}`])
    expect(status).toBe(1)
    const lines = output.split('\n')
    expect(output).toContain(`check: 3 of ${edited.deck.slides.length} slides of ${BUILD_COPY}`)
    expect(lines.some(line => /^\s*#\s+title\s+overflow px\s+smallest font px\s+body text %\s+diagram %\s+a11y violations\s+render ms\s+result$/.test(line))).toBe(true)
    const tableRows = lines.filter(line => /^\s*\d+ {2}/.test(line))
    expect(tableRows.map(line => Number(line.trim().split(/\s+/)[0]))).toEqual(chosen)
    for (const line of tableRows) {
      const number = Number(line.trim().split(/\s+/)[0])
      expect(line.endsWith(' ok'), line).toBe(number !== overflowing.number)
    }
    const row = tableRows.find(line => Number(line.trim().split(/\s+/)[0]) === overflowing.number)!
    const [, title, overflow, smallestFont, bodyShare, diagramShare, violations, , verdict] = row.trim().split(/ {2,}/)
    expect(overflowing.title.startsWith(title!.replace(/…$/, ''))).toBe(true)
    expect(verdict).toMatch(/^FAIL \(\d+\)$/)
    expect(Number(overflow)).toBeGreaterThan(50)
    expect(Number(smallestFont)).toBeGreaterThanOrEqual(13.8)
    expect(Number(bodyShare)).toBeGreaterThanOrEqual(75)
    expect(diagramShare).toBe('-')
    expect(Number(violations)).toBe(0)
    expect(output).toContain(`slide ${overflowing.number} (${overflowing.title}):`)
    expect(output).toMatch(/\[1920x1080\] overflows the canvas by [\d.]+px: li "Kim presses the ambassador/)
    expect(output).toMatch(/\[1024x768\] overflows the canvas by [\d.]+px: li "Kim presses the ambassador/)
    expect(output).toContain(`check: 1 of 3 slides fail: ${overflowing.number}.`)
  })
})
