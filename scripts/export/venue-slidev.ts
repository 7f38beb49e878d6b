import type { DeckModel } from '../../contract/deck-model.ts'
import type { DeckEntry } from '../build/deck-entry.ts'
import type { ExportFileNames } from './options.ts'
import type { ExportProgress } from './progress.ts'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { findChromium } from '../browser/find-chromium.ts'
import { runSlidev } from '../build/run-slidev.ts'
import { addOutline, deckOutline, documentInfo, PDF_LOAD_OPTIONS, setDocumentInfo } from './pdf-document.ts'
import { printPages } from './print-slides.ts'
import { buildVenueHtml } from './venue-html.ts'
import { normaliseVenuePptx } from './venue-pptx.ts'

/** Runs `slidev export` on the entry with the deck's Chromium into a scratch file, and returns its bytes. */
async function slidevExport(entry: DeckEntry, file: string, args: readonly string[]): Promise<Uint8Array> {
  const scratch = join(entry.root, '.tmp', `venue-${process.pid}-${file}`)
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  try {
    const output = join(scratch, file)
    await runSlidev(entry, ['export', entry.slides, '--output', output, '--executable-path', findChromium(), ...args], { quiet: true })
    return readFileSync(output)
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The clicks PDF and the pptx one after the other (each runs a Slidev dev server; they would share its dependency cache), the HTML meanwhile. */
export async function venueFiles(entry: DeckEntry, deck: DeckModel, names: ExportFileNames, progress: ExportProgress): Promise<Map<string, Uint8Array>> {
  const html = buildVenueHtml(entry)
  html.catch(() => undefined)
  progress.stage('slidev export: the timed slides, a page per click')
  const clicks = await venueClicksPdf(entry, deck)
  progress.stage('slidev export: the PowerPoint file, a slide per click')
  const pptx = await venuePptx(entry, deck)
  return new Map([[names.clicks, clicks], [names.pptx, pptx], [names.html, await html]])
}

/** The venue's PDF, a page per click of every timed slide (`slidev export --with-clicks`), dated the talk's day, with the deck's outline. */
async function venueClicksPdf(entry: DeckEntry, deck: DeckModel): Promise<Uint8Array> {
  const timed = deck.slides.filter(slide => !slide.backup)
  const pages = printPages(timed, true)
  const bytes = await slidevExport(entry, 'clicks.pdf', ['--with-clicks', '--range', `1-${timed.length}`])
  const doc = await PDFDocument.load(bytes, PDF_LOAD_OPTIONS)
  // Slidev 53's print page ignores `--range` (docs/workarounds.md): the backup slides follow, a page each.
  if (doc.getPageCount() === printPages(deck.slides, true).length) {
    while (doc.getPageCount() > pages.length)
      doc.removePage(pages.length)
  }
  if (doc.getPageCount() !== pages.length)
    throw new Error(`slidev export printed ${doc.getPageCount()} pages for the ${pages.length} clicks of the timed slides`)
  const firstPage = new Map<number, number>()
  pages.forEach(({ slide }, index) => firstPage.has(slide.number) || firstPage.set(slide.number, index + 1))
  setDocumentInfo(doc, documentInfo(deck, 'Slides, a page per click'))
  addOutline(doc, deckOutline(deck, number => firstPage.get(number)))
  return doc.save()
}

/** The venue's PowerPoint file: a picture per click of every slide, the timed talk then the backup slides, each click's words in its notes. */
async function venuePptx(entry: DeckEntry, deck: DeckModel): Promise<Uint8Array> {
  const bytes = await slidevExport(entry, 'slides.pptx', ['--format', 'pptx', '--with-clicks'])
  return normaliseVenuePptx(bytes, printPages(deck.slides, true), documentInfo(deck, 'Slides with speaker notes'))
}
