import type { Browser, Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SlideKind, SlideView } from '../../contract/slide-views.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openSlide } from '../../scripts/audit/measure.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { escapeHtml } from '../../scripts/export/html.ts'
import { printPages } from '../../scripts/export/print-slides.ts'
import { deckTitle } from '../../scripts/generate/render-markdown.ts'
import { fixtureModel, saveFailureShot, talkModel } from '../support/browser-deck.ts'
import { TALK_BUILD } from './global-setup.ts'

const withoutSpace = (text: string) => text.replace(/[\s*_]+/g, '')

/** The words each layout must put on screen from its slide's frontmatter, at the slide's last click. */
function wordsShown(view: SlideView): string[] {
  switch (view.kind) {
    case 'title': return [view.heading, view.subtitle, view.speaker]
    case 'points': return [view.heading, ...view.points]
    case 'thesis': return [view.heading, view.enemies.heading, ...view.enemies.points, view.allies.heading, ...view.allies.points]
    case 'timeline': return [view.heading, ...view.bands.map(band => band.title)]
    case 'decision': return [view.answer, ...view.participants.map(actor => actor.name), ...view.steps.map(step => step.label)]
    case 'map': return [view.heading, ...view.places.map(place => place.name), ...view.steps.map(step => step.label)]
    case 'quote': return view.voices.flatMap(voice => [voice.speaker, ...voice.parts.filter(part => part.key).map(part => part.text)])
    case 'figure': return [view.heading, view.value, view.label, ...(view.portion ? [`${view.portion.from}%`, `${view.portion.to}%`] : [])]
    case 'lesson': return [view.heading, view.evidence.text, ...view.rows.map(row => row.lesson)]
    case 'ledger': return [view.heading, ...view.rows.map(row => row.lesson)]
    case 'sources': return [view.heading, ...view.entries.map(entry => entry.label)]
    case 'end': return [view.line, view.speaker]
  }
}

describe('a slide of each kind, rendered by its layout from its frontmatter', () => {
  const deckUrl = inject('talkUrl')
  let deck: DeckModel
  let browser: Browser
  let page: Page
  const firstOfKind = new Map<SlideKind, SlideModel>()

  beforeAll(async () => {
    deck = await talkModel()
    for (const slide of deck.slides) {
      if (!firstOfKind.has(slide.view.kind))
        firstOfKind.set(slide.view.kind, slide)
    }
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('finds every kind of slide in the talk', () => {
    expect([...firstOfKind.keys()].sort()).toEqual(['decision', 'end', 'figure', 'ledger', 'lesson', 'map', 'points', 'quote', 'sources', 'thesis', 'timeline', 'title'])
  })

  it.each(['title', 'points', 'thesis', 'timeline', 'decision', 'map', 'quote', 'figure', 'lesson', 'ledger', 'sources', 'end'] satisfies SlideKind[])('%s: its layout shows what its frontmatter holds', async (kind) => {
    const slide = firstOfKind.get(kind)!
    await openSlide(page, deckUrl, slide)
    const root = page.locator(`.slidev-page-${slide.number} .deck-${kind}`).first()
    // Playwright's innerText, not the DOM's: what is laid out and visible, not hidden steps' text.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const shown = withoutSpace(await root.innerText().catch(() => ''))
    const svgText = withoutSpace(await root.locator('svg').allTextContents().then(texts => texts.join(' ')))
    const missing = wordsShown(slide.view).filter(words => !`${shown}${svgText}`.includes(withoutSpace(words)))
    if (missing.length > 0)
      await saveFailureShot(page, `layout-${kind}`)
    expect(missing, `slide ${slide.number} (${kind}) does not show`).toEqual([])
  })

  it('names a decision diagram by its question, not by its legend, for a screen reader', async () => {
    const slide = firstOfKind.get('decision')!
    if (slide.view.kind !== 'decision')
      throw new Error('the first decision slide is a decision slide')
    await openSlide(page, deckUrl, slide)
    expect(await page.locator(`.slidev-page-${slide.number}`).getByRole('figure', { name: slide.view.heading, exact: true }).count()).toBe(1)
  })

  it('heads a quotation slide by its opening line\'s attribution, as its title, for a screen reader and the tagged PDF', async () => {
    const slide = firstOfKind.get('quote')!
    if (slide.view.kind !== 'quote')
      throw new Error('the first quote slide is a quote slide')
    await openSlide(page, deckUrl, slide)
    const headings = page.locator(`.slidev-page-${slide.number}`).getByRole('heading', { level: 1 })
    expect(await headings.allTextContents()).toEqual([slide.view.voices[0]!.attribution])
  })

  it('says each episode\'s period and each turning point\'s date to a screen reader, without drawing them', async () => {
    const slide = firstOfKind.get('timeline')!
    if (slide.view.kind !== 'timeline')
      throw new Error('the first timeline slide is a timeline slide')
    await openSlide(page, deckUrl, slide)
    const timeline = page.locator(`.slidev-page-${slide.number} .timeline`)
    const read = withoutSpace(await timeline.ariaSnapshot())
    const said = [...slide.view.bands.map(band => `${band.title}, ${band.period}`), ...slide.view.marks.map(mark => `${mark.label}, ${mark.date}`)]
    expect(said.filter(words => !read.includes(withoutSpace(words)))).toEqual([])
    const drawn = await timeline.locator('.sr-only').evaluateAll(hidden => hidden.filter(el => el.getBoundingClientRect().width > 2).map(el => el.textContent))
    expect(drawn).toEqual([])
  })

  it('lays every timeline mark out inside the axis, not only draws it there: a box past the slide shrinks every printed page', async () => {
    const slide = firstOfKind.get('timeline')!
    await openSlide(page, deckUrl, slide)
    // offsetLeft is the box as laid out, before any transform moves it.
    const outside = await page.locator(`.slidev-page-${slide.number} .timeline-mark`).evaluateAll(marks => marks
      .filter(mark => mark instanceof HTMLElement && (mark.offsetLeft < -1 || mark.offsetLeft + mark.offsetWidth > (mark.offsetParent?.clientWidth ?? 0) + 1))
      .map(mark => mark.textContent))
    expect(outside).toEqual([])
  })

  it('marks the print page with every click drawn only once every page shows its layout and diagram: what slidev export waits for', async () => {
    const fixture = await fixtureModel()
    await page.goto(`${inject('fixtureUrl')}/print?print=clicks`)
    const waitFor = await page.locator('[data-waitfor]').getAttribute('data-waitfor')
    await page.locator('[data-waitfor]').locator(waitFor!).waitFor({ state: 'visible' })
    const drawn = await page.evaluate(() => {
      const pages = [...document.querySelectorAll('.print-slide-container')]
      return {
        pages: pages.length,
        withoutLayout: pages.filter(node => !node.querySelector('.slidev-layout')).map(node => node.id),
        diagramsNotReady: document.querySelectorAll('figure.decision:not([data-diagram-ready])').length,
        diagrams: document.querySelectorAll('figure.decision[data-diagram-ready]').length,
      }
    })
    const clicks = printPages(fixture.slides, true)
    expect(drawn).toEqual({
      pages: clicks.length,
      withoutLayout: [],
      diagramsNotReady: 0,
      diagrams: clicks.filter(({ slide }) => slide.view.kind === 'decision').length,
    })
  })
})

describe('the built deck', () => {
  it('ships no zod: the browser gets the rehearsal record\'s types and constants, not its schema', () => {
    const marker = '$ZodError'
    const zodCore = join(createRequire(import.meta.url).resolve('zod/v4/core'), '..', 'errors.js')
    expect(readFileSync(zodCore, 'utf8'), 'zod itself carries the marker').toContain(marker)
    const assets = join(TALK_BUILD, 'assets')
    const scripts = readdirSync(assets).filter(name => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter(name => readFileSync(join(assets, name), 'utf8').includes(marker))).toEqual([])
  })

  it('titles its page with the talk\'s title alone, as the tab and the venue file show it', async () => {
    const { talk } = await talkModel()
    expect(readFileSync(join(TALK_BUILD, 'index.html'), 'utf8')).toContain(`<title>${escapeHtml(deckTitle(talk))}</title>`)
  })
})
