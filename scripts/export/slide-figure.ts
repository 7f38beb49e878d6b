import type { SlideModel } from '../../contract/deck-model.ts'
import { Buffer } from 'node:buffer'
import { crc32, deflateSync } from 'node:zlib'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { accessibleText } from '../generate/to-mermaid.ts'
import { clickCues, cueText } from './click-cues.ts'

/**
 * The alt text of a slide's picture and diagram: its title, then the diagram's description (its Mermaid `accDescr`) if it has one. At
 * `clicks`, the description up to the events shown by then (a sentence each, in order, the answer last), none before click 1.
 */
export function slideAltText(slide: SlideModel, clicks?: number): string {
  const title = `Slide ${slide.number}: ${slide.title}`
  if (!drawsDiagram(slide.view) || clicks === 0)
    return title
  const { description } = slide.view
  let end = clicks === undefined ? description.length : 0
  for (const cue of clickCues(slide.view, clicks ?? 0).flat())
    end = cue.kind === 'answer' ? description.length : description.indexOf(`${cueText(cue)}.`, end) + cueText(cue).length + 1
  // A diagram's title is its question: `who decided?. Diagram` read as a stray stop.
  const stop = /[.?!…]$/.test(title) ? '' : '.'
  return `${title}${stop} Diagram: ${accessibleText(description.slice(0, end))}`
}

/**
 * The HTML pages hold each slide as a tiny white PNG, its width the slide's number and its height this marker; Chromium prints it as an
 * image in a tagged Figure with the alternative text, and the export swaps the image for the slide's own vector page (place-slides.ts).
 */
export const PLACEHOLDER_HEIGHT = 7

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An opaque white greyscale PNG of `width` x `height` pixels. */
export function whitePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  const rows = Buffer.alloc((width + 1) * height, 0xFF)
  for (let y = 0; y < height; y++)
    rows[y * (width + 1)] = 0
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The placeholder image of slide `number`, as a data URL (no request leaves the page for it). */
export function placeholderSrc(number: number): string {
  return `data:image/png;base64,${whitePng(number, PLACEHOLDER_HEIGHT).toString('base64')}`
}
