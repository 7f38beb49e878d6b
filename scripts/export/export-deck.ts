import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../build/static-server.ts'
import type { DeckModel } from '../generate/deck-model.ts'
import type { ExportOptions } from './options.ts'
import type { ExportProgress } from './progress.ts'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { findChromium } from '../browser/find-chromium.ts'
import { blockRemoteRequests, launchChromium } from '../browser/launch-browser.ts'
import { ensureDeckBuilt } from '../build/build-cache.ts'
import { PROJECT_ROOT } from '../build/build-deck.ts'
import { serveStatic } from '../build/static-server.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { generateDeck } from '../generate/generate-deck.ts'
import { printDocument, routeExportAssets } from './browser.ts'
import { handoutSlides, renderHandoutHtml } from './handout-html.ts'
import { EXPORT_PATH } from './html.ts'
import { DEFAULT_EXPORT_OPTIONS, exportFileNames } from './options.ts'
import { addOutline, deckOutline, documentInfo, PDF_LOAD_OPTIONS, printProblems, setDocumentInfo } from './pdf-document.ts'
import { placeSlides } from './place-slides.ts'
import { printSlides, SLIDE_HEIGHT, SLIDE_WIDTH } from './print-slides.ts'
import { SILENT_PROGRESS } from './progress.ts'
import { renderScriptHtml } from './script-html.ts'

export interface ExportHooks {
  readonly progress?: ExportProgress
  /** Runs in the slides' page just before it is printed; tests use it to make an export fail. */
  readonly beforePrint?: (page: Page) => Promise<void>
}

export interface ExportResult {
  readonly deck: DeckModel
  /** Paths written, relative to the project root where possible. */
  readonly files: readonly string[]
  readonly built: boolean
}

export class RemoteRequestError extends Error {
  constructor(urls: readonly string[]) {
    super(`the page asked for a host other than the local one, so the export stops: ${[
      ...new Set(urls),
    ].slice(0, 5).join(', ')}`)
    this.name = 'RemoteRequestError'
  }
}

function display(path: string): string {
  const rel = relative(PROJECT_ROOT, path)
  return rel.startsWith('..')
    ? path
    : rel
}

function kilobytes(bytes: Uint8Array): string {
  return `${Math.round(bytes.length / 1024)} KB`
}

/** PNGs of an earlier, longer deck that this export does not replace. */
function stalePngs(pngDir: string, fresh: ReadonlySet<string>, prefix: string): string[] {
  if (!existsSync(pngDir))
    return []
  return readdirSync(pngDir)
    .filter(name => name.startsWith(prefix) && name.endsWith('.png') && !fresh.has(name))
    .map(name => join(pngDir, name))
}

/** Generates the deck and makes sure its static build is current, while Chromium starts. */
async function prepare(settings: ExportOptions, launching: Promise<Browser>): Promise<{ deck: DeckModel, built: boolean }> {
  try {
    const deck = await generateDeck(settings.dataDir, join(PROJECT_ROOT, 'generated'))
    const built = ensureDeckBuilt(settings.buildDir, { rebuild: settings.rebuild })
    return { deck, built }
  }
  catch (error) {
    await (await launching.catch(() => undefined))?.close()
    throw error
  }
}

/**
 * Exports the deck: builds the static site (or reuses a build of the same inputs), prints all slides
 * in one pass of one Chromium, and assembles the slides PDF, the handout and the speaker script, the
 * latter two with the slides' own vector pages. Nothing is written until everything is ready; then
 * each file replaces its previous version by a rename, so a failed export leaves the previous files.
 */
export async function exportDeck(options: Partial<ExportOptions> = {}, hooks: ExportHooks = {}): Promise<ExportResult> {
  const settings: ExportOptions = {
    ...DEFAULT_EXPORT_OPTIONS,
    ...options,
  }
  const progress = hooks.progress ?? SILENT_PROGRESS
  findChromium()
  const launching = launchChromium()
  launching.catch(() => undefined)
  const { deck, built } = await prepare(settings, launching)
  progress.stage(built
    ? `built the static deck in ${display(settings.buildDir)} (${deck.slides.length} slides)`
    : `reusing the static deck in ${display(settings.buildDir)} (inputs unchanged; --rebuild forces a build)`)

  const names = exportFileNames(settings.outDir, deck.talk.title)
  const wanted = new Set(settings.only)
  const documents = new Map<string, { file: string, kind: string, html: string, slides: readonly number[] }>()
  if (wanted.has('handout')) {
    documents.set(`${EXPORT_PATH}handout.html`, {
      file: names.handout,
      kind: 'Handout',
      html: renderHandoutHtml(deck, settings.paper),
      slides: handoutSlides(deck).map(slide => slide.number),
    })
  }
  if (wanted.has('notes')) {
    documents.set(`${EXPORT_PATH}script.html`, {
      file: names.notes,
      kind: 'Speaker script',
      html: renderScriptHtml(deck, settings.paper),
      slides: deck.slides.map(slide => slide.number),
    })
  }

  let server: StaticServer | undefined
  let browser: Browser | undefined
  const files = new Map<string, Uint8Array>()
  try {
    browser = await launching
    server = await serveStatic(settings.buildDir)
    const baseUrl = server.url
    const context = await browser.newContext({
      viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT },
      deviceScaleFactor: settings.png ? 2 : 1,
    })
    const blocked = await blockRemoteRequests(context)
    const assertLocal = () => {
      if (blocked.length > 0)
        throw new RemoteRequestError(blocked)
    }
    await routeExportAssets(context, baseUrl, new Map([...documents].map(([path, document]) => [path, document.html])))

    // The handout and the script print in a second page while the slides render.
    const documentPage = await context.newPage()
    const printingDocuments = (async () => {
      const printed = new Map<string, Uint8Array>()
      for (const path of documents.keys())
        printed.set(path, await printDocument(documentPage, `${baseUrl}${path}`))
      return printed
    })()
    printingDocuments.catch(() => undefined)
    progress.stage(`printing ${deck.slides.length} slides${documents.size > 0
      ? `, the ${[
        ...documents.values(),
      ].map(document => document.kind.toLowerCase()).join(' and the ')}`
      : ''}`)
    let ready = 0
    const printed = await printSlides(await context.newPage(), baseUrl, deck.slides, {
      png: settings.png,
      check: assertLocal,
      beforePrint: hooks.beforePrint,
      onSlide: slide => progress.slide(++ready, deck.slides.length, `${slide.number}. ${slide.title}`),
    })
    const printedDocuments = await printingDocuments
    assertLocal()

    const slides = await PDFDocument.load(printed.pdf, PDF_LOAD_OPTIONS)
    if (slides.getPageCount() !== deck.slides.length)
      throw new Error(`the slides PDF has ${slides.getPageCount()} pages for ${deck.slides.length} slides`)
    for (const problem of printProblems(slides))
      progress.warn(`slides: ${problem}`)
    if (wanted.has('slides')) {
      const bytes = await withInfo(slides, deck, 'Slides', doc => addOutline(doc, deckOutline(deck)))
      files.set(names.slides, bytes)
      progress.artifact(display(names.slides), `${deck.slides.length} pages, ${kilobytes(bytes)}`)
    }
    for (const [path, document] of documents) {
      const doc = await placeSlides(printedDocuments.get(path)!, slides, document.slides)
      const bytes = await withInfo(doc, deck, document.kind)
      files.set(document.file, bytes)
      progress.artifact(display(document.file), `${doc.getPageCount()} pages, ${settings.paper === 'a4'
        ? 'A4'
        : 'US Letter'}, ${kilobytes(bytes)}`)
    }
    printed.pngs.forEach((png, index) => files.set(names.png(index + 1, deck.slides.length), png))
    if (settings.png)
      progress.artifact(display(dirname(names.png(1, deck.slides.length))), `${printed.pngs.length} PNGs, ${SLIDE_WIDTH * 2}x${SLIDE_HEIGHT * 2}`)
  }
  finally {
    progress.finish()
    await Promise.allSettled([
      browser?.close(),
      server?.close(),
    ])
  }

  writeFilesAtomically(files)
  if (settings.png) {
    const first = names.png(1, deck.slides.length)
    const fresh = new Set([
      ...files.keys(),
    ].filter(file => dirname(file) === dirname(first)).map(file => basename(file)))
    for (const stale of stalePngs(dirname(first), fresh, basename(first).replace(/\d+\.png$/, '')))
      rmSync(stale)
  }
  return {
    deck,
    files: [
      ...files.keys(),
    ].map(display),
    built,
  }
}

async function withInfo(doc: PDFDocument, deck: DeckModel, kind: string, extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  setDocumentInfo(doc, documentInfo(deck, kind))
  extra?.(doc)
  return doc.save()
}
