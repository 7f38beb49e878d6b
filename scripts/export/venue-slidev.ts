import type { DeckModel } from '../../contract/deck-model.ts'
import type { DeckEntry } from '../build/deck-entry.ts'
import type { ExportFileNames } from './options.ts'
import type { ExportProgress } from './progress.ts'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { findChromium } from '../browser/find-chromium.ts'
import { runSlidev } from '../build/run-slidev.ts'
import { addOutline, deckOutline, documentInfo, PDF_LOAD_OPTIONS, printProblems, setDocumentInfo } from './pdf-document.ts'
import { printPages } from './print-slides.ts'
import { normaliseVenuePptx } from './venue-pptx.ts'

/** Runs Slidev's CLI on the entry, `args` given where `file` goes in a fresh scratch folder, and returns the bytes of `file`. */
async function slidevOutput(entry: DeckEntry, file: string, args: (output: string) => string[], env?: NodeJS.ProcessEnv) {
  const scratch = join(entry.root, '.tmp', `venue-${process.pid}-${file}`)
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  try {
    const output = join(scratch, file)
    await runSlidev(entry, args(output), { quiet: true, env })
    return readFileSync(output)
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** `slidev export` of the entry with the deck's Chromium into the scratch `file`. */
function slidevExport(entry: DeckEntry, file: string, args: readonly string[]) {
  return slidevOutput(entry, file, output => ['export', entry.slides, '--output', output, '--executable-path', findChromium(), ...args])
}

/** What in a page would make the browser fetch another file: a `src` or `href` not a data URI, a module preload, a dynamic `import()`. */
export function outsideReferences(html: string): string[] {
  const withoutScripts = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
  const markup = withoutScripts.replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/g, '$1</style>')
  const found = [...markup.matchAll(/\b(?:src|href)="(?!data:|#)([^"]+)"/g)].map(match => match[1]!)
  if (/<link[^>]*modulepreload/.test(markup))
    found.push('a module preload')
  if (/[^\w$.]import\(/.test(html))
    found.push('a dynamic import()')
  return found
}

/**
 * The deck as one HTML file that runs from `file://` with no network: Slidev's own build with every script, style and font inline,
 * and hash routes (`DECK_SINGLE_FILE`, read by vite.config.ts and setup/preparser.ts).
 */
export async function buildVenueHtml(entry: DeckEntry): Promise<Uint8Array> {
  const html = await slidevOutput(entry, 'index.html', output => ['build', entry.slides, '--out', dirname(output)], { DECK_SINGLE_FILE: '1' })
  const outside = outsideReferences(html.toString('utf8'))
  if (outside.length > 0)
    throw new Error(`the single HTML file would still load other files: ${outside.join(', ')}`)
  return html
}

/** The clicks PDF and the pptx one after the other (each runs a Slidev dev server; they would share its dependency cache), the HTML meanwhile. */
export async function venueFiles(entry: DeckEntry, deck: DeckModel, names: ExportFileNames, progress: ExportProgress): Promise<Map<string, Uint8Array>> {
  const html = buildVenueHtml(entry)
  html.catch(() => undefined)
  try {
    progress.stage('slidev export: the timed slides, a page per click')
    const clicks = await venueClicksPdf(entry, deck, progress)
    progress.stage('slidev export: the PowerPoint file, a slide per click')
    const pptx = await venuePptx(entry, deck)
    return new Map([[names.clicks, clicks], [names.pptx, pptx], [names.html, await html]])
  }
  finally {
    // A failed or interrupted export ends once the HTML's build has removed its scratch folder: the command exits after.
    await html.catch(() => undefined)
  }
}

/** The venue's PDF, a page per click of every timed slide (`slidev export --with-clicks`), dated the talk's day, with the deck's outline. */
async function venueClicksPdf(entry: DeckEntry, deck: DeckModel, progress: ExportProgress): Promise<Uint8Array> {
  const timed = deck.slides.filter(slide => !slide.backup)
  return finishClicksPdf(await slidevExport(entry, 'clicks.pdf', ['--with-clicks', '--range', `1-${timed.length}`]), deck, progress)
}

/**
 * Slidev's clicks PDF made the venue's: the backup slides dropped, dated, outlined; a font not the deck's (Slidev's dev server could not
 * serve them) or not embedded is warned of, as for the slides PDF.
 */
export async function finishClicksPdf(bytes: Uint8Array, deck: DeckModel, progress: ExportProgress): Promise<Uint8Array> {
  const pages = printPages(deck.slides.filter(slide => !slide.backup), true)
  let doc = await PDFDocument.load(bytes, PDF_LOAD_OPTIONS)
  // Slidev 53's print page ignores `--range` (docs/workarounds.md): the backup slides follow, a page each. The timed
  // pages go into a document of their own: pdf-lib's removePage left the removed pages' objects in the saved file, and
  // in getPages, whose fonts were then warned of under page numbers past the file's end.
  if (doc.getPageCount() === printPages(deck.slides, true).length) {
    const printed = doc
    doc = await PDFDocument.create(PDF_LOAD_OPTIONS)
    for (const page of await doc.copyPages(printed, pages.map((_, index) => index)))
      doc.addPage(page)
  }
  if (doc.getPageCount() !== pages.length)
    throw new Error(`slidev export printed ${doc.getPageCount()} pages for the ${pages.length} clicks of the timed slides`)
  for (const problem of printProblems(doc))
    progress.warn(`clicks PDF: ${problem}`)
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
