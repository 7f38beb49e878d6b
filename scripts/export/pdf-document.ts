import type { PDFDocument, PDFObject, PDFRef } from 'pdf-lib'
import type { DeckModel } from '../../contract/deck-model.ts'
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFStream } from 'pdf-lib'
import { requireHistoricalDate } from '../dataset/historical-date.ts'

/** Chromium's PDFs are loaded and written without pdf-lib stamping the current time into them. */
export const PDF_LOAD_OPTIONS = { updateMetadata: false } as const

/**
 * A fixed date for the PDFs' CreationDate and ModDate: the first day the talk's date can mean, at noon UTC so the day holds in every zone.
 * No clock time gets into the files; Chromium's content streams still differ between runs, so exports match in pages and text, not bytes.
 */
export function documentDate(talkDate: string): Date {
  const { earliest } = requireHistoricalDate(talkDate)
  return new Date(Date.UTC(Math.floor(earliest / 10000), Math.floor(earliest / 100) % 100 - 1, earliest % 100, 12))
}

export function documentInfo(deck: DeckModel, kind: string) {
  const { talk } = deck
  const episodes = deck.sections.filter(section => section.kind === 'episode').map(section => section.title.replace(/^\d+\.\s*/, ''))
  return {
    title: `${talk.title}: ${talk.subtitle} (${kind})`,
    author: talk.speaker,
    subject: `${kind} of the talk given at ${talk.venue}, ${talk.date}. ${talk.thesis}`,
    keywords: [talk.title, ...episodes, kind, talk.date],
    date: documentDate(talk.dateValue),
  }
}

export type DocumentInfo = ReturnType<typeof documentInfo>

export function setDocumentInfo(doc: PDFDocument, info: DocumentInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  doc.setKeywords([info.keywords.join('; ')])
  doc.setCreator('npm run export (Slidev deck, Chromium)')
  doc.setProducer('pdf-lib')
  doc.setLanguage('en')
  doc.setCreationDate(info.date)
  doc.setModificationDate(info.date)
}

export interface OutlineEntry {
  readonly title: string
  /** 1-based page number */
  readonly page: number
  readonly children: readonly OutlineEntry[]
}

/** One entry per section, on its first slide, holding its slides' titles. */
export function deckOutline(deck: DeckModel, firstPage: (slide: number) => number | undefined = slide => slide): OutlineEntry[] {
  return deck.sections.flatMap((section) => {
    const slides = section.slides.filter(number => firstPage(number) !== undefined)
    const children = slides.map(slide => ({ title: `${slide}. ${deck.slides[slide - 1]!.title}`, page: firstPage(slide)!, children: [] }))
    return slides.length > 0 ? [{ title: section.title, page: firstPage(slides[0]!)!, children }] : []
  })
}

function countEntries(entries: readonly OutlineEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + countEntries(entry.children), 0)
}

/** Writes a PDF outline (bookmarks), every level open, and opens the document with it shown. */
export function addOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0)
    return
  const { context } = doc
  const pages = doc.getPages()
  const build = (items: readonly OutlineEntry[], parent: PDFRef): PDFRef[] => {
    const refs = items.map(() => context.nextRef())
    items.forEach((item, index) => {
      const page = pages[Math.min(Math.max(item.page, 1), pages.length) - 1]!
      const children = build(item.children, refs[index]!)
      context.assign(refs[index]!, context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [page.ref, 'Fit'],
        ...(index > 0 ? { Prev: refs[index - 1]! } : {}),
        ...(index < items.length - 1 ? { Next: refs[index + 1]! } : {}),
        ...(children.length > 0 ? { First: children[0]!, Last: children.at(-1)!, Count: countEntries(item.children) } : {}),
      }))
    })
    return refs
  }
  const root = context.nextRef()
  const top = build(entries, root)
  context.assign(root, context.obj({ Type: 'Outlines', First: top[0]!, Last: top.at(-1)!, Count: countEntries(entries) }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** `AAAAAA+Inter-SemiBold` -> `Inter-SemiBold` */
export function fontBaseName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '')
}

/** A font's name as written in the PDF, with its subset prefix (`AAAAAA+Inter-Regular`), and whether it is embedded. */
function fontOf(dict: PDFDict) {
  const name = dict.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '(unnamed)'
  const descendant = dict.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict)
  const descriptor = (descendant ?? dict).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor?.has(PDFName.of(key)))
  return { name, embedded }
}

export type PdfFont = ReturnType<typeof fontOf>

interface ResourceVisitor {
  readonly font?: (font: PdfFont) => void
  /** An image XObject, with the XObject dictionary that names it, the name and the reference. */
  readonly image?: (image: PDFStream, owner: PDFDict, name: PDFName, ref: PDFObject) => void
}

/** Visits the fonts and images of a page's resources, and of the forms they draw, each resource dictionary once. */
export function walkResources(resources: PDFDict | undefined, visit: ResourceVisitor, seen = new Set<PDFDict>()): void {
  if (!resources || seen.has(resources))
    return
  seen.add(resources)
  for (const [, value] of resources.lookupMaybe(PDFName.of('Font'), PDFDict)?.entries() ?? []) {
    const dict = resources.context.lookupMaybe(value, PDFDict)
    if (dict)
      visit.font?.(fontOf(dict))
  }
  const objects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
  for (const [name, value] of objects?.entries() ?? []) {
    const stream = resources.context.lookupMaybe(value, PDFStream)
    const subtype = stream?.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText()
    if (subtype === 'Form')
      walkResources(stream!.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), visit, seen)
    else if (subtype === 'Image')
      visit.image?.(stream!, objects!, name, value)
  }
}

/** The fonts each page uses (1-based page numbers), including those inside embedded pages. */
export function pageFonts(doc: PDFDocument): Map<number, PdfFont[]> {
  return new Map(doc.getPages().map((page, index) => {
    const fonts = new Map<string, PdfFont>()
    walkResources(page.node.Resources(), { font: font => fonts.set(font.name, font) })
    return [index + 1, [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name))]
  }))
}

/** The raster images each page draws (1-based page numbers); the deck has no pictures, so any is a rasterised effect. */
export function pageImages(doc: PDFDocument): Map<number, string[]> {
  return new Map(doc.getPages().map((page, index) => {
    const images: string[] = []
    const size = (dict: PDFDict) => `${dict.lookup(PDFName.of('Width'))?.toString()}x${dict.lookup(PDFName.of('Height'))?.toString()}`
    walkResources(page.node.Resources(), { image: image => images.push(size(image.dict)) })
    return [index + 1, images]
  }))
}

export const DECK_FONT = /^(?:Inter|SourceSerif4)\b/

/** Fonts other than the deck's own or not embedded, and rasterised drawing, each with the pages concerned. */
export function printProblems(doc: PDFDocument): string[] {
  const pagesByProblem = new Map<string, number[]>()
  // Two subsets of one font (`ABCDEF+DejaVuSans`, `GHIJKL+DejaVuSans`) on a page name that page once.
  const add = (problem: string, page: number) => pagesByProblem.set(problem, [...new Set([...pagesByProblem.get(problem) ?? [], page])])
  for (const [page, fonts] of pageFonts(doc)) {
    for (const font of fonts) {
      const base = fontBaseName(font.name)
      if (!font.embedded)
        add(`font ${base} is not embedded`, page)
      else if (!DECK_FONT.test(base))
        add(`fallback font ${base} (a glyph missing from the deck's fonts)`, page)
    }
  }
  const rasterised = [...pageImages(doc)].filter(([, images]) => images.length > 0).map(([page]) => page)
  if (rasterised.length > 0)
    pagesByProblem.set('raster images (a CSS filter or shadow printed as pixels, e.g. Mermaid\'s drop shadows)', rasterised)
  return [...pagesByProblem].map(([problem, pages]) => `${problem} on page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}`)
}
