import type { DeckModel } from '../../contract/deck-model.ts'
import { Buffer } from 'node:buffer'
import process from 'node:process'
import { crc32, deflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { documentInfo } from '../../scripts/export/pdf-document.ts'
import { outsideReferences } from '../../scripts/export/venue-html.ts'
import { venuePptx } from '../../scripts/export/venue-pptx.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK } from '../support/datasets.ts'

let deck: DeckModel
beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})
const zone = process.env.TZ
afterEach(() => {
  process.env.TZ = zone
})

/** A 1x1 white PNG: the PowerPoint file's pictures, without a browser. */
function whitePixel(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([
      Buffer.from(type),
      data,
    ])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([
      0x89,
      0x50,
      0x4E,
      0x47,
      0x0D,
      0x0A,
      0x1A,
      0x0A,
    ]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('the venue\'s PowerPoint file', () => {
  it('is the same bytes from the same slides, in any time zone, dated the talk\'s day', async () => {
    const slides = deck.slides.filter(slide => !slide.backup).map(slide => ({
      slide,
      png: whitePixel(),
    }))
    const info = documentInfo(deck, 'Slides with speaker notes')
    process.env.TZ = 'UTC'
    const first = await venuePptx(slides, info)
    process.env.TZ = 'Pacific/Auckland'
    const second = await venuePptx(slides, info)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')!.async('string')
    // The talk's day at noon UTC, as the PDFs are dated; no clock time of the export.
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${info.date.toISOString().replace('.000Z', 'Z')}</dcterms:created>`)
    expect(info.date.toISOString().slice(0, 7)).toBe(deck.talk.dateValue.slice(0, 7))
  })
})

describe('the venue\'s single HTML file', () => {
  const model = '<script>window.__DECK_MODEL__ = {};</script>'
  it('accepts a page whose scripts, styles and pictures are all inline', () => {
    expect(outsideReferences(`<html><head>${model}<script type="module">const a = 1</script><link rel="icon" href="data:image/svg+xml,x"></head><body><a href="#/2">next</a></body></html>`)).toEqual([])
  })

  it.each([
    ['<script src="/assets/index.js"></script>', '/assets/index.js'],
    ['<link rel="stylesheet" href="style.css">', 'style.css'],
    ['<link rel="modulepreload" href="data:x">', 'a module preload'],
    ['<script>const m = import("./chunk.js")</script>', 'a dynamic import()'],
  ])('refuses %s', (tag, reason) => {
    expect(outsideReferences(`<html><head>${model}${tag}</head></html>`)).toContain(reason)
  })

  it('refuses a page without the deck model inline', () => {
    expect(outsideReferences('<html><script src="/deck-model.js"></script></html>')).toEqual(['/deck-model.js', 'the deck model, which is not inline'])
  })
})
