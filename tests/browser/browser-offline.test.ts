import type { Buffer } from 'node:buffer'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openSlide, prepareContext, problemsOfPage, watchPage } from '../../scripts/audit/slide-audit.ts'
import { blockRemoteRequests, launchChromium } from '../../scripts/browser/launch-browser.ts'
import { builtDeckModel, FAILURE_SHOTS, saveFailureShot } from '../support/browser-deck.ts'

const deck = builtDeckModel()
const deckUrl = inject('deckUrl')
const INTENDED_FAMILIES = ['Inter', 'Source Serif 4']
const VIEWPORT = { width: 1280, height: 720 }
/** Anti-aliasing of Mermaid's curves varies by a few pixels between two renders; a fallback font or missing image changes thousands. */
const CHANNEL_TOLERANCE = 64
const MAX_DIFFERING_PIXELS = Math.round(VIEWPORT.width * VIEWPORT.height / 10_000)

interface Side { context: BrowserContext, page: Page, watch: PageWatch }

let browser: Browser
let offline: Side
let online: Side
let blocked: string[]
let scratch: Page

async function side(block: boolean): Promise<Side & { blocked: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await prepareContext(context)
  const blockedUrls = block
    ? await blockRemoteRequests(context)
    : []
  const page = await context.newPage()
  return {
    context,
    page,
    watch: watchPage(page),
    blocked: blockedUrls,
  }
}

beforeAll(async () => {
  browser = await launchChromium()
  const blocking = await side(true)
  offline = blocking
  blocked = blocking.blocked
  online = await side(false)
  scratch = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
})

/** Pixels of two same-sized PNG screenshots whose colour differs by more than CHANNEL_TOLERANCE in some channel, decoded in Chromium. */
async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  return scratch.evaluate(async ({ a, b, tolerance }) => {
    const decode = async (base64: string) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      return context.getImageData(0, 0, bitmap.width, bitmap.height)
    }
    const [first, second] = await Promise.all([
      decode(a),
      decode(b),
    ])
    if (first.width !== second.width || first.height !== second.height)
      return Number.POSITIVE_INFINITY
    let count = 0
    for (let i = 0; i < first.data.length; i += 4) {
      for (let channel = 0; channel < 4; channel++) {
        if (Math.abs(first.data[i + channel]! - second.data[i + channel]!) > tolerance) {
          count++
          break
        }
      }
    }
    return count
  }, {
    a: a.toString('base64'),
    b: b.toString('base64'),
    tolerance: CHANNEL_TOLERANCE,
  })
}

/** For each distinct family, weight and style of the elements with text of their own: the first family of their CSS font stack and the platform font that drew most glyphs. */
async function fontsInUse(page: Page, number: number): Promise<{ element: string, intended: string, used: string }[]> {
  const probes = await page.evaluate((number) => {
    const root = document.querySelector(`.slidev-page-${number}`)!
    const seen = new Set<string>()
    const found: { probe: string, element: string, intended: string }[] = []
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && /[a-z]/i.test(node.textContent ?? ''))
      if (!ownText || !el.checkVisibility())
        continue
      const style = getComputedStyle(el)
      const intended = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '')
      const key = `${intended}|${style.fontWeight}|${style.fontStyle}`
      if (seen.has(key))
        continue
      seen.add(key)
      const probe = String(found.length)
      el.setAttribute('data-font-probe', probe)
      found.push({ probe, element: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${key}`, intended })
    }
    return found
  }, number)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const result: { element: string, intended: string, used: string }[] = []
    for (const probe of probes) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${probe.probe}"]` })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]
      result.push({ element: probe.element, intended: probe.intended, used: main?.familyName ?? '(none)' })
    }
    return result
  }
  finally {
    await cdp.detach()
  }
}

describe('offline: every request to another host blocked', () => {
  it.each(deck.slides.map(slide => [slide.number, slide.title, slide] as const))(
    'slide %i (%s) renders the same as with the network allowed, in its intended fonts',
    async (_number, _title, slide) => {
      offline.watch.take()
      online.watch.take()
      await Promise.all([
        openSlide(offline.page, deckUrl, slide, offline.watch),
        openSlide(online.page, deckUrl, slide, online.watch),
      ])
      const [withoutNetwork, withNetwork] = await Promise.all([
        offline.page.screenshot(),
        online.page.screenshot(),
      ])
      const differing = await differingPixels(withoutNetwork, withNetwork)
      if (differing > MAX_DIFFERING_PIXELS) {
        await saveFailureShot(offline.page, `offline-${slide.number}-blocked`)
        writeFileSync(join(FAILURE_SHOTS, `offline-${slide.number}-online.png`), withNetwork)
      }
      expect(differing, 'pixels that differ between the screenshots with and without remote requests blocked').toBeLessThanOrEqual(MAX_DIFFERING_PIXELS)

      const fonts = await fontsInUse(offline.page, slide.number)
      expect(fonts.length, 'the slide has text').toBeGreaterThan(0)
      for (const font of fonts) {
        expect(INTENDED_FAMILIES, `${font.element} asks for one of the deck's fonts`).toContain(font.intended)
        // Chromium names the face: "Source Serif 4 SemiBold" for weight 600.
        expect(font.used, `${font.element} is drawn in ${font.intended}, not a fallback`).toMatch(new RegExp(`^${font.intended}(?: |$)`))
      }
      expect([
        ...problemsOfPage(offline.watch.take()),
        ...problemsOfPage(online.watch.take()),
      ]).toEqual([])
    },
  )

  it('document.fonts has Inter and Source Serif 4 loaded, and nothing was fetched from another host', async () => {
    const faces = await offline.page.evaluate(() => [...document.fonts].map(face => ({
      family: face.family.replace(/^["']|["']$/g, ''),
      status: face.status,
    })))
    for (const family of INTENDED_FAMILIES) {
      const ofFamily = faces.filter(face => face.family === family)
      expect(ofFamily.length, `${family} is declared`).toBeGreaterThan(0)
      expect(ofFamily.some(face => face.status === 'loaded'), `${family} is loaded`).toBe(true)
      expect(ofFamily.every(face => face.status !== 'error'), `no face of ${family} failed`).toBe(true)
    }
    expect(blocked, 'requests the deck tried to send off this machine').toEqual([])
  })
})
