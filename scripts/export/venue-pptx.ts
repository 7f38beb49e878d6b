import type { DocumentInfo } from './pdf-document.ts'
import type { PrintedPage } from './print-slides.ts'
import JSZip from 'jszip'
import { renderNotes } from '../generate/render-markdown.ts'
import { escapeHtml } from './html.ts'
import { slideAltText } from './slide-figure.ts'

/** A portrait notes page of 7.5 by 10 inches, in EMU: the size the notes master's placeholders are laid out for. */
const NOTES_PAGE = { cx: 6858000, cy: 9144000 } as const

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** What the speaker says at one click: the slide's lead before its first click, else that click's words, marked. */
export function clickNotes({ slide, clicks }: PrintedPage): string {
  const steps = slide.notes.steps.length
  if (clicks === 0)
    return steps > 0 ? `${slide.notes.lead}\n[next: click 1 of ${steps}]` : slide.notes.lead
  return `[click ${clicks} of ${steps}] ${slide.notes.steps[clicks - 1]}`
}

const NOTES_BODY = /(<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody><\/p:sp>)/

/** The words of a notes page's text, as a reader sees them, whitespace aside. */
function wordsOf(xml: string): string {
  const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => match[1]).join(' ')
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', '\'').replaceAll('&amp;', '&').replace(/\s+/g, ' ').trim()
}

/**
 * The notes body of a notes slide: the words said at its click, in paragraphs, shrunk to fit its box if long. Slidev wrote the slide's
 * whole note there: it must be this page's slide's, or the pages are not in the order of the deck's clicks.
 */
function notesBody(xml: string, page: PrintedPage, index: number): string {
  const body = NOTES_BODY.exec(xml)
  if (!body)
    throw new Error(`the PowerPoint file's notes page ${index + 1} has no notes text`)
  // The note Slidev writes on every click's page of a slide: the Markdown source of the slide's notes.
  const slidevNote = renderNotes(page.slide.notes).slice('<!--'.length, -'-->'.length)
  if (wordsOf(body[2]!) !== slidevNote.replace(/\s+/g, ' ').trim())
    throw new Error(`the PowerPoint file's page ${index + 1} holds the notes of another slide than slide ${page.slide.number}, click ${page.clicks}`)
  const text = clickNotes(page)
  const paragraphs = text.split('\n').map(line => `<a:p><a:r><a:rPr lang="en-GB" sz="1400" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`).join('')
  // A function, not a replacement string: the words may hold `$1` or `$&` (a sum of money), which a string would expand.
  return xml.replace(NOTES_BODY, (_, head: string, _body: string, tail: string) => `${head}<a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>${paragraphs}${tail}`)
}

/** Slidev draws each page as its slide's background, which has no alternative text: it becomes a picture the slide's size, described. */
function describedPicture(xml: string, { slide, clicks }: PrintedPage, index: number, size: string): string {
  const background = /<p:bg><p:bgPr><a:blipFill[^>]*><a:blip r:embed="(\w+)"[\s\S]*?<\/p:bg>/.exec(xml)
  if (!background)
    throw new Error(`the PowerPoint file's page ${index + 1} has no picture of its slide`)
  const steps = slide.notes.steps.length
  const step = clicks > 0 ? `, click ${clicks} of ${steps}` : steps > 0 ? `, before click 1 of ${steps}` : ''
  const alt = slideAltText(slide, clicks).replace(/^Slide \d+/, number => `${number}${step}`)
  const picture = `<p:pic><p:nvPicPr><p:cNvPr id="2" name="Slide ${slide.number}" descr="${escapeHtml(alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1" noMove="1" noResize="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>`
    + `<p:blipFill><a:blip r:embed="${background[1]}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  return xml.replace(background[0], '').replace('</p:grpSpPr>', () => `</p:grpSpPr>${picture}`)
}

const notesNumber = (name: string) => Number(/notesSlide(\d+)\.xml$/.exec(name)?.[1])

/**
 * Slidev's PowerPoint file (`slidev export --format pptx --with-clicks`, a picture per click), made fit for an AV desk and reproducible:
 * - each click's notes page holds what is said at that click, as paragraphs (Slidev gives each click the slide's whole Markdown note);
 * - each click's picture is a described picture, not the slide's background, which a screen reader passes over;
 * - notes pages are portrait pages that their placeholders fit (pptxgenjs sizes them from the slide, so slide and notes ran off the right);
 * - every zip entry and the created and modified times are dated the talk's day, the entries in name order; the title and subject are the talk's, as the PDFs'.
 */
export async function normaliseVenuePptx(pptx: Uint8Array, pages: readonly PrintedPage[], info: DocumentInfo): Promise<Uint8Array> {
  const { date } = info
  const zip = await JSZip.loadAsync(pptx)
  const notes = Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).sort((a, b) => notesNumber(a) - notesNumber(b))
  const slides = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  if (slides.length !== pages.length || notes.length !== pages.length)
    throw new Error(`Slidev's PowerPoint file has ${slides.length} slides and ${notes.length} notes pages for ${pages.length} clicks`)
  const size = /<p:sldSz (cx="\d+" cy="\d+")/.exec(await zip.file('ppt/presentation.xml')!.async('string'))![1]!
  const out = new JSZip()
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!
    if (entry.dir)
      continue
    let data: string | Uint8Array = await entry.async('uint8array')
    if (name === 'docProps/core.xml') {
      data = (await entry.async('string'))
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`)
        // Slidev titles the file with the first slide's title as the generated Markdown escapes it (`&amp;lt;`, `<span>{</span>`).
        .replace(/<dc:title>[^<]*/, () => `<dc:title>${escapeXml(info.title)}`)
        .replace(/<dc:subject>[^<]*/, () => `<dc:subject>${escapeXml(info.subject)}`)
    }
    if (name === 'ppt/presentation.xml')
      data = (await entry.async('string')).replace(/<p:notesSz cx="\d+" cy="\d+"\/>/, `<p:notesSz cx="${NOTES_PAGE.cx}" cy="${NOTES_PAGE.cy}"/>`)
    const index = notes.indexOf(name)
    if (index >= 0)
      data = notesBody(await entry.async('string'), pages[index]!, index)
    const slide = Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1])
    if (slide > 0)
      data = describedPicture(await entry.async('string'), pages[slide - 1]!, slide - 1, size)
    out.file(name, data, { date, createFolders: false })
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' })
}
