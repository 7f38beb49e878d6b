import type { PDFPage } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { placeholderSlide } from './html.ts'
import { PDF_LOAD_OPTIONS } from './pdf-document.ts'

export interface Placement {
  /** 0-based page index in the printed document */
  readonly page: number
  /** 1-based slide number */
  readonly slide: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

function linkUri(annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
  const uri = action?.lookup(PDFName.of('URI'))
  return uri instanceof PDFString
    ? uri.decodeText()
    : undefined
}

/** Finds the placeholder links Chromium printed and removes them, returning where each slide goes. */
export function takePlaceholders(doc: PDFDocument): Placement[] {
  const placements: Placement[] = []
  doc.getPages().forEach((page: PDFPage, index) => {
    const annotations = page.node.Annots()
    if (!annotations)
      return
    const kept = doc.context.obj([]) as PDFArray
    for (let i = 0; i < annotations.size(); i++) {
      const entry = annotations.get(i)
      const annotation = annotations.lookupMaybe(i, PDFDict)
      const slide = annotation && linkUri(annotation)
      const number = slide
        ? placeholderSlide(slide)
        : undefined
      if (!annotation || number === undefined) {
        kept.push(entry)
        continue
      }
      const rect = annotation.lookup(PDFName.of('Rect'), PDFArray).asRectangle()
      placements.push({ page: index, slide: number, ...rect })
      if (entry instanceof PDFRef)
        doc.context.delete(entry)
    }
    if (kept.size() > 0)
      page.node.set(PDFName.of('Annots'), kept)
    else
      page.node.delete(PDFName.of('Annots'))
  })
  return placements
}

/**
 * Draws the slides, as vector pages from the slides PDF, into the boxes an HTML page left for them.
 * Text stays selectable and diagrams stay vector on the handout and in the script too.
 */
export async function placeSlides(printed: Uint8Array, slides: PDFDocument, expected: readonly number[]): Promise<PDFDocument> {
  const doc = await PDFDocument.load(printed, PDF_LOAD_OPTIONS)
  const placements = takePlaceholders(doc)
  const placed = placements.map(placement => placement.slide).sort((a, b) => a - b)
  const missing = expected.filter(number => !placed.includes(number))
  const repeated = placed.filter((number, index) => placed[index - 1] === number)
  if (missing.length > 0 || repeated.length > 0 || placed.length !== expected.length)
    throw new Error(`slide pictures misplaced: missing ${missing.join(', ') || 'none'}, repeated ${repeated.join(', ') || 'none'}, ${placed.length} placed for ${expected.length} expected`)
  const wanted = [
    ...new Set(placements.map(placement => placement.slide)),
  ].sort((a, b) => a - b)
  const unknown = wanted.filter(number => number < 1 || number > slides.getPageCount())
  if (unknown.length > 0)
    throw new Error(`placeholders for slides ${unknown.join(', ')}, but the slides PDF has ${slides.getPageCount()} pages`)
  const embedded = new Map((await doc.embedPdf(slides, wanted.map(number => number - 1))).map((page, index) => [wanted[index]!, page]))
  const pages = doc.getPages()
  for (const placement of placements) {
    pages[placement.page]!.drawPage(embedded.get(placement.slide)!, {
      x: placement.x,
      y: placement.y,
      width: placement.width,
      height: placement.height,
    })
  }
  return doc
}
