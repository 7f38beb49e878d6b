import type { PDFDict, PDFEmbeddedPage, PDFPage } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import { decodePDFRawStream, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib'
import { PDF_LOAD_OPTIONS, walkResources } from './pdf-document.ts'
import { PLACEHOLDER_HEIGHT } from './slide-figure.ts'

const numberOf = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber()

/** The placeholder images Chromium printed for the slides (see slide-figure.ts), page by page, with the XObject dictionary that names each. */
export function findPlaceholders(doc: PDFDocument) {
  const found: { slide: number, page: number, owner: PDFDict, name: PDFName, ref: PDFRef }[] = []
  doc.getPages().forEach((page, index) => walkResources(page.node.Resources(), {
    image: (image, owner, name, ref) => {
      if (numberOf(image.dict, 'Height') === PLACEHOLDER_HEIGHT && ref instanceof PDFRef)
        found.push({ slide: numberOf(image.dict, 'Width')!, page: index + 1, owner, name, ref })
    },
  }))
  return found
}

function checkPlacements(slides: readonly number[], expected: readonly number[], slideCount: number): void {
  const placed = slides.toSorted((a, b) => a - b)
  const missing = expected.filter(number => !placed.includes(number))
  const repeated = placed.filter((number, index) => placed[index - 1] === number)
  if (missing.length > 0 || repeated.length > 0 || placed.length !== expected.length)
    throw new Error(`slide pictures misplaced: missing ${missing.join(', ') || 'none'}, repeated ${repeated.join(', ') || 'none'}, ${placed.length} placed for ${expected.length} expected`)
  const unknown = placed.filter(number => number < 1 || number > slideCount)
  if (unknown.length > 0)
    throw new Error(`placeholders for slides ${unknown.join(', ')}, but the slides PDF has ${slideCount} pages`)
}

/** Maps a slide page into the unit square, where an image XObject is drawn: the placeholder's transformation then puts it where the image was. */
function unitSquare(page: PDFPage): [number, number, number, number, number, number] {
  const box = page.getMediaBox()
  return [1 / box.width, 0, 0, 1 / box.height, -box.x / box.width, -box.y / box.height]
}

/** Unlinks the slide's marked content, which would claim MCIDs of the page it is drawn on and file its text under the page's headings. */
async function unlinkEmbedded(doc: PDFDocument, page: PDFEmbeddedPage): Promise<void> {
  await page.embed()
  const stream = doc.context.lookup(page.ref)
  if (!(stream instanceof PDFRawStream))
    throw new TypeError(`slide page ${page.ref.toString()} did not embed as a stream`)
  const content = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
  // `/P <</MCID 3 >>BDC` -> `/P BMC`: marked content that points nowhere in the structure tree.
  const unlinked = content.replaceAll(/\/(\w+)\s*<<\s*\/MCID\s+\d+\s*>>\s*BDC/g, '/$1 BMC')
  doc.context.assign(page.ref, PDFRawStream.of(stream.dict, deflateSync(Buffer.from(unlinked, 'latin1'))))
}

/**
 * Swaps each placeholder for the slide's vector page, keeping Chromium's structure tree: the slide stays a tagged Figure, its text
 * selectable. Returns the document and the page each slide landed on.
 */
export async function placeSlides(printed: Uint8Array, slides: PDFDocument, expected: readonly number[]): Promise<{ doc: PDFDocument, pageOf: Map<number, number> }> {
  const doc = await PDFDocument.load(printed, PDF_LOAD_OPTIONS)
  const placeholders = findPlaceholders(doc)
  checkPlacements(placeholders.map(placeholder => placeholder.slide), expected, slides.getPageCount())
  const slidePages = placeholders.map(placeholder => slides.getPage(placeholder.slide - 1))
  const embedded = await doc.embedPages(slidePages, undefined, slidePages.map(unitSquare))
  for (const [index, placeholder] of placeholders.entries()) {
    await unlinkEmbedded(doc, embedded[index]!)
    placeholder.owner.set(placeholder.name, embedded[index]!.ref)
    doc.context.delete(placeholder.ref)
  }
  return { doc, pageOf: new Map(placeholders.map(placeholder => [placeholder.slide, placeholder.page])) }
}
