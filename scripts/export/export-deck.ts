import type { Browser, BrowserContext } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import type { BuiltDeck } from '../build/build-deck.ts'
import type { StaticServer } from '../build/static-server.ts'
import type { ExportFileNames, ExportOptions } from './options.ts'
import type { PrintedSlides } from './print-slides.ts'
import type { ExportProgress } from './progress.ts'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { CANVAS } from '../../contract/room-rules.ts'
import { findChromium } from '../browser/find-chromium.ts'
import { blockRemoteRequests, launchChromium } from '../browser/launch-browser.ts'
import { buildDeck } from '../build/build-deck.ts'
import { serveStatic } from '../build/static-server.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { latestRehearsal } from '../rehearsal/rehearsals.ts'
import { printDocument, routeExportAssets } from './browser.ts'
import { inHandout, renderHandoutHtml } from './handout-html.ts'
import { EXPORT_PATH } from './html.ts'
import { DEFAULT_EXPORT_OPTIONS, exportFileNames } from './options.ts'
import { addOutline, deckOutline, documentInfo, PDF_LOAD_OPTIONS, printProblems, setDocumentInfo } from './pdf-document.ts'
import { placeSlides } from './place-slides.ts'
import { printClicks, printPages, printSlides } from './print-slides.ts'
import { SILENT_PROGRESS } from './progress.ts'
import { renderScriptHtml } from './script-html.ts'

export interface ExportHooks {
  readonly progress?: ExportProgress
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
async function prepare(settings: ExportOptions, launching: Promise<Browser>): Promise<BuiltDeck> {
  try {
    return await buildDeck(settings.dataDir, settings.buildDir, { quiet: true, rebuild: settings.rebuild })
  }
  catch (error) {
    await (await launching.catch(() => undefined))?.close()
    throw error
  }
}

interface PrintJob {
  readonly file: string
  readonly kind: string
  readonly html: string
  readonly slides: readonly number[]
}

/** The handout and the speaker script wanted, by the path they are served at. */
function printJobs(deck: DeckModel, settings: ExportOptions, names: ExportFileNames, progress: ExportProgress): Map<string, PrintJob> {
  const wanted = new Set(settings.only)
  const jobs = new Map<string, PrintJob>()
  if (wanted.has('handout')) {
    jobs.set(`${EXPORT_PATH}handout.html`, {
      file: names.handout,
      kind: 'Handout',
      html: renderHandoutHtml(deck, settings),
      slides: deck.slides.filter(inHandout).map(slide => slide.number),
    })
  }
  if (wanted.has('notes')) {
    const { summary, skipped } = latestRehearsal(settings.rehearsalsDir, deck)
    for (const line of skipped)
      progress.stage(`rehearsal ${line}`)
    if (summary) {
      progress.stage(`the speaker script shows rehearsal ${summary.label} beside the plan`)
      for (const line of summary.unmatched)
        progress.warn(`rehearsal: ${line}`)
    }
    jobs.set(`${EXPORT_PATH}script.html`, {
      file: names.notes,
      kind: 'Speaker script',
      html: renderScriptHtml(deck, settings.paper, summary),
      slides: deck.slides.map(slide => slide.number),
    })
  }
  return jobs
}

interface Printed {
  readonly slides: PrintedSlides
  readonly documents: ReadonlyMap<string, Uint8Array>
  /** With --venue: the timed slides, a page per click. */
  readonly clicks?: Uint8Array
}

/** The slides of the timed talk: what the venue's files hold. */
const timedSlides = (deck: DeckModel) => deck.slides.filter(slide => !slide.backup)

/** Prints the slides in one page and, meanwhile, the handout and the script in another; fails on any remote request. */
async function printAll(context: BrowserContext, baseUrl: string, deck: DeckModel, jobs: ReadonlyMap<string, PrintJob>, run: RunContext): Promise<Printed> {
  const blocked = await blockRemoteRequests(context)
  const assertLocal = () => {
    if (blocked.length > 0)
      throw new RemoteRequestError(blocked)
  }
  await routeExportAssets(context, baseUrl, new Map([...jobs].map(([path, job]) => [path, job.html])))
  const documentPage = await context.newPage()
  const printingDocuments = (async () => {
    const printed = new Map<string, Uint8Array>()
    for (const path of jobs.keys())
      printed.set(path, await printDocument(documentPage, `${baseUrl}${path}`))
    return printed
  })()
  printingDocuments.catch(() => undefined)
  run.progress.stage(`printing ${deck.slides.length} slides${jobs.size > 0
    ? `, the ${[
      ...jobs.values(),
    ].map(job => job.kind.toLowerCase()).join(' and the ')}`
    : ''}`)
  let ready = 0
  const slidesPage = await context.newPage()
  const slides = await printSlides(slidesPage, baseUrl, deck.slides, {
    png: run.settings.png || run.settings.venue,
    check: assertLocal,
    onSlide: slide => run.progress.slide(++ready, deck.slides.length, `${slide.number}. ${slide.title}`),
  })
  let clicks: Uint8Array | undefined
  if (run.settings.venue) {
    run.progress.stage('printing the timed slides once per click')
    clicks = await printClicks(slidesPage, baseUrl, timedSlides(deck), assertLocal)
  }
  const documents = await printingDocuments
  assertLocal()
  return { slides, documents, clicks }
}

/** The finished files: the slides PDF with its outline, the handout and script with the slides placed, the PNGs. */
async function assemble(printed: Printed, deck: DeckModel, jobs: ReadonlyMap<string, PrintJob>, names: ExportFileNames, run: RunContext): Promise<Map<string, Uint8Array>> {
  const { settings, progress } = run
  const files = new Map<string, Uint8Array>()
  const slides = await PDFDocument.load(printed.slides.pdf, PDF_LOAD_OPTIONS)
  if (slides.getPageCount() !== deck.slides.length)
    throw new Error(`the slides PDF has ${slides.getPageCount()} pages for ${deck.slides.length} slides`)
  for (const problem of printProblems(slides))
    progress.warn(`slides: ${problem}`)
  if (settings.only.includes('slides')) {
    const bytes = await withInfo(slides, deck, 'Slides', doc => addOutline(doc, deckOutline(deck)))
    files.set(names.slides, bytes)
    progress.artifact(display(names.slides), `${deck.slides.length} pages, ${kilobytes(bytes)}`)
  }
  for (const [path, job] of jobs) {
    const doc = await placeSlides(printed.documents.get(path)!, slides, job.slides)
    const bytes = await withInfo(doc, deck, job.kind)
    files.set(job.file, bytes)
    progress.artifact(display(job.file), `${doc.getPageCount()} pages, ${settings.paper === 'a4'
      ? 'A4'
      : 'US Letter'}, ${kilobytes(bytes)}`)
  }
  if (settings.png) {
    printed.slides.pngs.forEach((png, index) => files.set(names.png(index + 1, deck.slides.length), png))
    progress.artifact(display(dirname(names.png(1, deck.slides.length))), `${printed.slides.pngs.length} PNGs, ${CANVAS.width * 2}x${CANVAS.height * 2}`)
  }
  if (printed.clicks)
    await assembleVenue(printed, deck, names, files, run)
  return files
}

/** The venue's PDF with a page per click, with its outline, and its PowerPoint file. */
async function assembleVenue(printed: Printed, deck: DeckModel, names: ExportFileNames, files: Map<string, Uint8Array>, run: RunContext): Promise<void> {
  const timed = timedSlides(deck)
  const pages = printPages(timed, true)
  const clicks = await PDFDocument.load(printed.clicks!, PDF_LOAD_OPTIONS)
  if (clicks.getPageCount() !== pages.length)
    throw new Error(`the PDF of clicks has ${clicks.getPageCount()} pages for ${pages.length} clicks`)
  const firstPage = new Map<number, number>()
  pages.forEach(({ slide }, index) => firstPage.has(slide.number) || firstPage.set(slide.number, index + 1))
  const clicksBytes = await withInfo(clicks, deck, 'Slides, a page per click', doc => addOutline(doc, deckOutline(deck, number => firstPage.get(number))))
  files.set(names.clicks, clicksBytes)
  run.progress.artifact(display(names.clicks), `${pages.length} pages for ${timed.length} slides, ${kilobytes(clicksBytes)}`)
  // The venue's modules (PowerPoint's writer among them) load only for --venue.
  const { venuePptx } = await import('./venue-pptx.ts')
  const pptx = await venuePptx(timed.map((slide, index) => ({ slide, png: printed.slides.pngs[index]! })), documentInfo(deck, 'Slides with speaker notes'))
  files.set(names.pptx, pptx)
  run.progress.artifact(display(names.pptx), `${timed.length} slides with their notes, ${kilobytes(pptx)}`)
}

interface RunContext {
  readonly settings: ExportOptions
  readonly hooks: ExportHooks
  readonly progress: ExportProgress
  /** The static deck to print. */
  readonly dist: string
}

/** Serves the static deck, prints everything with one Chromium and assembles the files in memory. */
async function render(launching: Promise<Browser>, deck: DeckModel, names: ExportFileNames, run: RunContext): Promise<Map<string, Uint8Array>> {
  const jobs = printJobs(deck, run.settings, names, run.progress)
  let server: StaticServer | undefined
  let browser: Browser | undefined
  try {
    browser = await launching
    server = await serveStatic(run.dist)
    const context = await browser.newContext({
      viewport: { width: CANVAS.width, height: CANVAS.height },
      deviceScaleFactor: run.settings.png || run.settings.venue
        ? 2
        : 1,
    })
    const printed = await printAll(context, server.url, deck, jobs, run)
    return await assemble(printed, deck, jobs, names, run)
  }
  finally {
    await Promise.allSettled([
      browser?.close(),
      server?.close(),
    ])
  }
}

/**
 * Exports the deck: builds the static site (or reuses a build of the same inputs), prints all slides
 * in one pass of one Chromium, and assembles the slides PDF, the handout and the speaker script, the
 * latter two with the slides' own vector pages in tagged figures. Nothing is written until everything
 * is ready; then each file replaces its previous version by a rename, so a failed export leaves the
 * previous files.
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
  const { deck, built, dist, entry } = await prepare(settings, launching)
  // The single file is a build of its own: it runs beside the printing.
  const venueHtml = settings.venue
    ? import('./venue-html.ts').then(({ buildVenueHtml }) => buildVenueHtml(entry))
    : undefined
  venueHtml?.catch(() => undefined)
  progress.stage(built
    ? `built the static deck in ${display(dist)} (${deck.slides.length} slides)`
    : `reusing the static deck in ${display(dist)} (same shape: only the slide content was replaced; --rebuild forces a build)`)

  const names = exportFileNames(settings.outDir, deck.talk.title)
  const files = await render(launching, deck, names, { settings, hooks, progress, dist })
  if (venueHtml) {
    const html = await venueHtml
    files.set(names.html, html)
    progress.artifact(display(names.html), `the whole deck in one file, ${kilobytes(html)}`)
  }
  writeFilesAtomically(files)
  if (settings.png)
    removeStalePngs(names, deck, files)
  return {
    deck,
    files: [
      ...files.keys(),
    ].map(display),
    built,
  }
}

function removeStalePngs(names: ExportFileNames, deck: DeckModel, files: ReadonlyMap<string, Uint8Array>): void {
  const first = names.png(1, deck.slides.length)
  const fresh = new Set([
    ...files.keys(),
  ].filter(file => dirname(file) === dirname(first)).map(file => basename(file)))
  for (const stale of stalePngs(dirname(first), fresh, basename(first).replace(/\d+\.png$/, '')))
    rmSync(stale)
}

async function withInfo(doc: PDFDocument, deck: DeckModel, kind: string, extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  setDocumentInfo(doc, documentInfo(deck, kind))
  extra?.(doc)
  return doc.save()
}
