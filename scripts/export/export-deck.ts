import type { Browser } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import type { ExportFileNames, ExportOptions } from './options.ts'
import type { ExportProgress } from './progress.ts'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { CANVAS } from '../../contract/room-rules.ts'
import { findChromium } from '../browser/find-chromium.ts'
import { blockRemoteRequests, launchChromium } from '../browser/launch-browser.ts'
import { buildEntry } from '../build/build-deck.ts'
import { writeDeckEntry } from '../build/deck-entry.ts'
import { stopSlidevRuns } from '../build/run-slidev.ts'
import { serveStatic } from '../build/static-server.ts'
import { projectPath } from '../files/project-root.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { latestRehearsal } from '../rehearsal/rehearsals.ts'
import { printDocument, routeExportAssets } from './browser.ts'
import { fitWarnings } from './fit-warnings.ts'
import { inHandout, renderHandoutHtml } from './handout-html.ts'
import { EXPORT_PATH } from './html.ts'
import { exportFileNames, exportSettings, PAPER_NAMES } from './options.ts'
import { addOutline, deckOutline, documentInfo, PDF_LOAD_OPTIONS, printProblems, setDocumentInfo } from './pdf-document.ts'
import { placeSlides } from './place-slides.ts'
import { printSlides } from './print-slides.ts'
import { SILENT_PROGRESS } from './progress.ts'
import { renderScriptHtml } from './script-html.ts'
import { renderSheetHtml, sheetLengthWarning } from './sheet-html.ts'
import { staleExports } from './stale-exports.ts'

export type ExportResult = Awaited<ReturnType<typeof exportDeck>>

const kilobytes = (bytes: Uint8Array) => `${Math.round(bytes.length / 1024)} KB`

interface PrintJob {
  readonly file: string
  readonly kind: string
  readonly html: string
  readonly slides: readonly number[]
}

interface Run {
  readonly settings: ExportOptions
  readonly progress: ExportProgress
  readonly deck: DeckModel
  readonly names: ExportFileNames
}

/** The handout and the speaker script wanted, by the path they are served at. */
function printJobs({ deck, settings, names, progress }: Run): Map<string, PrintJob> {
  const jobs = new Map<string, PrintJob>()
  const add = (page: string, job: PrintJob) => jobs.set(`${EXPORT_PATH}${page}.html`, job)
  if (settings.only.includes('handout'))
    add('handout', { file: names.handout, kind: 'Handout', html: renderSheetHtml(deck, settings.paper), slides: [] })
  if (settings.only.includes('handout-detailed')) {
    const slides = deck.slides.filter(inHandout).map(slide => slide.number)
    add('handout-detailed', { file: names.handoutDetailed, kind: 'Detailed handout', html: renderHandoutHtml(deck, settings), slides })
  }
  if (settings.only.includes('notes')) {
    const { summary, skipped } = latestRehearsal(settings.rehearsalsDir, deck)
    for (const line of skipped)
      progress.stage(`rehearsal ${line}`)
    if (summary) {
      progress.stage(`the speaker script shows rehearsal ${summary.label} beside the plan`)
      for (const line of summary.unmatched)
        progress.warn(`rehearsal: ${line}`)
    }
    const slides = deck.slides.map(slide => slide.number)
    add('script', { file: names.notes, kind: 'Speaker script', html: renderScriptHtml(deck, settings.paper, summary), slides })
  }
  return jobs
}

/** Prints the slides in one page and, meanwhile, the handout and the script in another; fails on any remote request; then closes server and browser. */
async function printAll(browser: Browser, dist: string, jobs: ReadonlyMap<string, PrintJob>, { deck, settings, progress }: Run) {
  const server = await serveStatic(dist)
  try {
    const context = await browser.newContext({ viewport: { ...CANVAS }, deviceScaleFactor: settings.png ? 2 : 1 })
    const blocked = await blockRemoteRequests(context)
    const assertLocal = () => {
      if (blocked.length > 0)
        throw new Error(`the page asked for a host other than the local one, so the export stops: ${[...new Set(blocked)].slice(0, 5).join(', ')}`)
    }
    await routeExportAssets(context, server.url, new Map([...jobs].map(([path, job]) => [path, job.html])))
    const documentPage = await context.newPage()
    const printingDocuments = (async () => {
      const printed = new Map<string, Uint8Array>()
      for (const path of jobs.keys())
        printed.set(path, await printDocument(documentPage, `${server.url}${path}`))
      return printed
    })()
    printingDocuments.catch(() => undefined)
    const documentKinds = [...jobs.values()].map(job => job.kind.toLowerCase()).join(' and the ')
    progress.stage(`printing ${deck.slides.length} slides${jobs.size > 0 ? `, the ${documentKinds}` : ''}`)
    let ready = 0
    const slides = await printSlides(await context.newPage(), server.url, deck.slides, {
      png: settings.png,
      check: assertLocal,
      onSlide: slide => progress.slide(++ready, deck.slides.length, `${slide.number}. ${slide.title}`),
    })
    for (const warning of fitWarnings(slides.fits, settings.dataDir))
      progress.warn(warning)
    const documents = await printingDocuments
    assertLocal()
    return { slides, documents }
  }
  finally {
    await Promise.allSettled([browser.close(), server.close()])
  }
}

type Printed = Awaited<ReturnType<typeof printAll>>

/** The file lines, and the warnings among them, held back until the files are written: an export that failed then had named files it never wrote. */
function heldBack(progress: ExportProgress) {
  const lines: (() => void)[] = []
  const held: ExportProgress = {
    ...progress,
    artifact: (file, detail) => lines.push(() => progress.artifact(file, detail)),
    warn: message => lines.push(() => progress.warn(message)),
  }
  return { held, print: () => lines.forEach(line => line()) }
}

async function assemble(printed: Printed, jobs: ReadonlyMap<string, PrintJob>, { deck, settings, progress, names }: Run): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>()
  const slides = await PDFDocument.load(printed.slides.pdf, PDF_LOAD_OPTIONS)
  if (slides.getPageCount() !== deck.slides.length)
    throw new Error(`the slides PDF has ${slides.getPageCount()} pages for ${deck.slides.length} slides`)
  for (const problem of printProblems(slides))
    progress.warn(`slides: ${problem}`)
  if (settings.only.includes('slides')) {
    setDocumentInfo(slides, documentInfo(deck, 'Slides'))
    addOutline(slides, deckOutline(deck))
    const bytes = await slides.save()
    files.set(names.slides, bytes)
    progress.artifact(projectPath(names.slides), `${deck.slides.length} pages, ${kilobytes(bytes)}`)
  }
  for (const [path, job] of jobs) {
    const { doc, pageOf } = await placeSlides(printed.documents.get(path)!, slides, job.slides)
    // A document without slides draws everything itself; the slides' own problems are reported above.
    if (job.slides.length === 0) {
      for (const problem of printProblems(doc))
        progress.warn(`${job.kind.toLowerCase()}: ${problem}`)
    }
    addOutline(doc, deckOutline(deck, slide => pageOf.get(slide)))
    const tooLong = job.file === names.handout ? sheetLengthWarning(doc.getPageCount()) : undefined
    if (tooLong)
      progress.warn(tooLong)
    setDocumentInfo(doc, documentInfo(deck, job.kind))
    const bytes = await doc.save()
    files.set(job.file, bytes)
    progress.artifact(projectPath(job.file), `${doc.getPageCount()} pages, ${PAPER_NAMES[settings.paper]}, ${kilobytes(bytes)}`)
  }
  if (settings.png) {
    printed.slides.pngs.forEach((png, index) => files.set(names.png(index + 1, deck.slides.length), png))
    progress.artifact(projectPath(dirname(names.png(1, deck.slides.length))), `${printed.slides.pngs.length} PNGs, ${CANVAS.width * 2}x${CANVAS.height * 2}`)
  }
  return files
}

/**
 * Writes nothing until all is ready, then renames each file over its previous one, so a failed export leaves the
 * previous files. The files it returns are relative to the project root where possible.
 */
export async function exportDeck(options: Partial<ExportOptions> = {}, progress: ExportProgress = SILENT_PROGRESS) {
  const settings = exportSettings(options)
  findChromium()
  const launching = launchChromium()
  launching.catch(() => undefined)
  let venue: Promise<Map<string, Uint8Array>> | undefined
  let building: ReturnType<typeof buildEntry> | undefined
  try {
    const { entry, deck } = await writeDeckEntry(settings.dataDir, progress.warn)
    const names = exportFileNames(settings.outDir, deck.talk)
    venue = settings.venue ? import('./venue-slidev.ts').then(({ venueFiles }) => venueFiles(entry, deck, names, progress)) : undefined
    venue?.catch(() => undefined)
    // The deck's static build is made current while Chromium starts; a Chromium that fails to start stops it at once.
    building = buildEntry(entry, settings.buildDir, { quiet: true, rebuild: settings.rebuild })
    const [{ built, dist }, browser] = await Promise.all([building, launching])
    progress.stage(built
      ? `built the static deck in ${projectPath(dist)} (${deck.slides.length} slides)`
      : `reusing the static deck in ${projectPath(dist)} (its inputs are unchanged; --rebuild forces a build)`)
    const run = { settings, progress, deck, names }
    const jobs = printJobs(run)
    const { held, print } = heldBack(progress)
    const files = await assemble(await printAll(browser, dist, jobs, run), jobs, { ...run, progress: held })
    for (const [file, bytes] of await venue ?? []) {
      files.set(file, bytes)
      held.artifact(projectPath(file), kilobytes(bytes))
    }
    const { stale, stalePngs, record } = staleExports(names, [...files.keys()], deck)
    writeFilesAtomically(new Map<string, string | Uint8Array>([...files, [names.record, record]]))
    print()
    for (const file of stale) {
      rmSync(file)
      progress.warn(`removed ${projectPath(file)}: it was made from another version of the talk (npm run export -- --only or --venue makes it again)`)
    }
    // With --png, the PNGs of an earlier, longer deck; without, the PNGs of another version of the talk.
    for (const file of stalePngs)
      rmSync(file)
    if (stalePngs.length > 0 && !settings.png)
      progress.warn(`removed ${stalePngs.length} PNGs in ${projectPath(dirname(stalePngs[0]!))}: they were made from another version of the talk (npm run export -- --png makes them again)`)
    return { deck, files: [...files.keys()].map(projectPath), built }
  }
  catch (error) {
    // The build's and the venue's Slidev runs stop with the export, and clean up after themselves first.
    stopSlidevRuns()
    await Promise.allSettled([venue, building])
    await (await launching.catch(() => undefined))?.close()
    throw error
  }
}
