import type { SlideModel } from '../../contract/deck-model.ts'
import type { DocumentInfo } from './pdf-document.ts'
import { Buffer } from 'node:buffer'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { CANVAS } from '../../contract/room-rules.ts'

/** PowerPoint measures in inches; the deck's canvas is in CSS pixels, 96 to the inch. */
const PX_PER_INCH = 96

export interface PptxSlide {
  readonly slide: SlideModel
  /** The slide in its final state, at twice the canvas size. */
  readonly png: Uint8Array
}

/** The speaker's words for PowerPoint's notes pane: the lead, then each click's paragraph, marked. */
export function speakerNotesText(slide: SlideModel): string {
  return [
    slide.notes.lead,
    ...slide.notes.steps.map((step, index) => `[click ${index + 1}] ${step}`),
  ].filter(Boolean).join('\n')
}

/**
 * Same slides, same bytes: every zip entry dated the talk's day (JSZip writes the date's UTC fields,
 * so the bytes are the same in every time zone), the document's created and modified times likewise,
 * and entries in name order. pptxgenjs writes a slide's notes as one run with raw
 * line breaks; each paragraph becomes a paragraph of its own.
 */
async function normalise(pptx: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  const out = new JSZip()
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!
    if (entry.dir)
      continue
    let data: string | Uint8Array = await entry.async('uint8array')
    if (name === 'docProps/core.xml')
      data = (await entry.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`)
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      data = (await entry.async('string')).replace(
        /<a:p><a:r>(<a:rPr [^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr [^>]*\/>)<\/a:p>/,
        (_all, run: string, text: string, end: string) => text.split(/\r?\n/).map(paragraph => `<a:p><a:r>${run}<a:t>${paragraph}</a:t></a:r>${end}</a:p>`).join(''),
      )
    }
    out.file(name, data, { date, createFolders: false })
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  })
}

/**
 * The PowerPoint file for an AV desk that takes nothing else: each timed slide as a picture filling the
 * slide, described by its title, with the speaker's notes as real text in the notes pane.
 */
export async function venuePptx(slides: readonly PptxSlide[], info: DocumentInfo): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'deck', width: CANVAS.width / PX_PER_INCH, height: CANVAS.height / PX_PER_INCH })
  pptx.layout = 'deck'
  pptx.title = info.title
  pptx.author = info.author
  pptx.subject = info.subject
  pptx.company = info.author
  for (const { slide, png } of slides) {
    const page = pptx.addSlide()
    page.addImage({
      data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
      x: 0,
      y: 0,
      w: '100%',
      h: '100%',
      altText: `${slide.number}. ${slide.title}`,
    })
    page.addNotes(speakerNotesText(slide))
  }
  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return normalise(written, info.date)
}
