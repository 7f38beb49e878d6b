import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import type { SlideMeasurement } from '../../scripts/audit/slide-audit.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { auditAccessibility, judgeAnswer, judgeCrossings, judgeOverlaps, judgeSlide, measureSlide, openSlide, prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium, settle } from '../../scripts/browser/launch-browser.ts'
import { fixtureModel } from '../support/browser-deck.ts'

const deck = await fixtureModel()
let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('each rule catches its fault, injected into a real slide', () => {
  const deckUrl = inject('fixtureUrl')
  const decision = deck.slides.find(slide => slide.view.kind === 'decision')!
  const quote = deck.slides.find(slide => slide.view.kind === 'quote')!
  const timeline = deck.slides.find(slide => slide.view.kind === 'timeline' && slide.view.marks.filter(mark => mark.side === 'above').length >= 2)!
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
    })
    await prepareContext(context)
    page = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
  })

  /** Slide N with a fault injected as CSS, looked at, then the fault taken out again: the page moves on to the next slide, not reloaded. */
  async function withStyle<T = SlideMeasurement>(slide: SlideModel, css: string, look = (): Promise<T> => measureSlide(page, slide.number) as Promise<T>): Promise<T> {
    await openSlide(page, deckUrl, slide)
    const style = await page.addStyleTag({ content: css })
    try {
      await settle(page)
      return await look()
    }
    finally {
      await style.evaluate(element => (element as Element).remove())
    }
  }

  it('a slide as built passes', async () => {
    await openSlide(page, deckUrl, decision)
    expect(judgeSlide(decision, await measureSlide(page, decision.number))).toEqual([])
  })

  it('text below 16px', async () => {
    const measured = await withStyle(decision, '.decision-answer { font-size: 13px !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^font 13px < 16px: h1\.decision-answer/))
  })

  it('a source line below 1/40 of the height', async () => {
    const measured = await withStyle(quote, '.slide-source { font-size: 9px !important }')
    expect(judgeSlide(quote, measured)).toContainEqual(expect.stringMatching(/^font 9px < 13\.8px: p\.slide-source/))
    expect(judgeSlide(quote, measured)).toContainEqual(expect.stringMatching(/^smallest text 9px < 13\.8px/))
  })

  it('too little text at body size', async () => {
    const measured = await withStyle(quote, '.quote-text, .quote-attribution { font-size: 18px !important }')
    expect(judgeSlide(quote, measured)).toContainEqual(expect.stringMatching(/^only \d+% of characters at body size/))
  })

  it('a diagram too small for the slide', async () => {
    // The diagram is drawn at one scale, whatever its box: the fault shrinks the drawing itself.
    const measured = await withStyle(decision, '.decision-diagram .mermaid { transform: scale(0.5); transform-origin: 50% 0 }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^diagram covers \d+% of the slide; needs 40%/))
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^diagram label [\d.]+px < 18\.4px/))
  })

  it('lines set closer than the type (the theme\'s fixed line height on a large quote)', async () => {
    const measured = await withStyle(quote, '.slidev-layout.deck-slide .quote-text { line-height: 1.5rem !important }')
    expect(judgeSlide(quote, measured)).toContainEqual(expect.stringMatching(/^lines 0\.\d+ of the font size apart overlap: blockquote\.quote-text/))
  })

  it('text shrunk by a transform, measured in canvas px', async () => {
    // The quote is set large for the room: a quarter of it is well under 16px.
    const measured = await withStyle(quote, '.quote-text { transform: scale(0.25); transform-origin: 0 0 }')
    const small = measured.smallFonts.find(finding => finding.element.startsWith('blockquote.quote-text'))
    expect(small?.px).toBeLessThan(16)
  })

  it('content running off the canvas', async () => {
    const measured = await withStyle(decision, '.decision { margin-top: 500px !important }')
    expect(measured.overflowPx).toBeGreaterThan(100)
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^overflows the canvas by/))
  })

  it('a line running off the canvas out of a box that stays on it (a word too long to wrap)', async () => {
    // The headline keeps the slide's width; its one unbroken line runs out of it, and off the canvas.
    const measured = await withStyle(decision, '.decision-answer { white-space: nowrap !important; letter-spacing: 2em !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^overflows the canvas by \d+(?:\.\d)?px: h1\.decision-answer/))
  })

  it('content clipped by its box', async () => {
    const measured = await withStyle(decision, '.decision-legend { max-height: 12px; overflow: hidden }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^clipped by \d+(?:\.\d)?px: figcaption\.decision-legend/))
  })

  it('content still hidden after the last click', async () => {
    const measured = await withStyle(decision, '.decision-legend { opacity: 0 !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^text still hidden after the last click/))
  })

  it('text without enough contrast', async () => {
    const findings = await withStyle(decision, '.decision-answer { color: #c8c8c8 !important }', () => auditAccessibility(page, decision.number))
    expect(findings.map(finding => finding.id)).toContain('color-contrast')
  })

  /**
   * Slide N with its diagram edited as a faulty generator would draw it, looked at, then put back: each
   * edit returns what undoes it, run in the page.
   */
  async function withDiagramEdit(slide: SlideModel, edit: string): Promise<SlideMeasurement> {
    await openSlide(page, deckUrl, slide)
    const root = `document.querySelector('.slidev-page-${slide.number} .mermaid').shadowRoot`
    await page.evaluate(`globalThis.__undo = (() => { const root = ${root}; ${edit} })()`)
    try {
      return await measureSlide(page, slide.number)
    }
    finally {
      await page.evaluate('globalThis.__undo()')
    }
  }

  it('two events on one arrow', async () => {
    const measured = await withDiagramEdit(decision, `
      const [first, second] = [...root.querySelectorAll('[data-et="message"]')]
      const [label, text] = [first.previousElementSibling, first.previousElementSibling.textContent]
      label.textContent = text + ' · ' + second.previousElementSibling.textContent
      second.dataset.et = 'gone'
      return () => { label.textContent = text; second.dataset.et = 'message' }`)
    const problems = judgeSlide(decision, measured)
    expect(problems).toContainEqual(expect.stringMatching(/^diagram draws \d+ arrows and notes for \d+ events: one each/))
    expect(problems).toContainEqual(expect.stringMatching(/^arrow 1 \(".+ · .+"\) is not event 1/))
  })

  it('an arrow labelled by step numbers alone', async () => {
    const measured = await withDiagramEdit(decision, `
      const label = root.querySelector('[data-et="message"]').previousElementSibling
      const text = label.textContent
      label.textContent = '1 · 5'
      return () => { label.textContent = text }`)
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^arrow 1 \("1 · 5"\) has no words/))
  })

  it('an arrow from a capital to itself', async () => {
    const measured = await withDiagramEdit(decision, `
      const line = root.querySelector('[data-et="message"]')
      const to = line.dataset.to
      line.dataset.to = line.dataset.from
      return () => { line.dataset.to = to }`)
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^arrow 1 \(".+"\) runs from a capital to itself/))
  })

  /** A decision slide's clean measurement and a diagram label a line crosses, with an opaque shape between them. */
  async function crossedLabel(): Promise<{ slide: SlideModel, clean: SlideMeasurement, label: string }> {
    for (const slide of deck.slides.filter(candidate => candidate.view.kind === 'decision')) {
      await openSlide(page, deckUrl, slide)
      const clean = await measureSlide(page, slide.number)
      const crossing = clean.diagrams[0]?.crossings.find(found => found.shape)
      if (crossing)
        return { slide, clean, label: crossing.label }
    }
    throw new Error('no diagram of the fixture has a line through a label')
  }

  const labelIn = (label: string) => `[...root.querySelectorAll('text')].find(text => text.textContent.trim() === ${JSON.stringify(label)})`
  /** The opaque shape under a label: an arrow label's drawn ground, or a note's box. */
  const groundOf = (label: string) => `(${labelIn(label)}.previousElementSibling?.matches('rect') ? ${labelIn(label)}.previousElementSibling : ${labelIn(label)}.closest('[data-et="note"]').querySelector('rect'))`

  it.each([
    ['taken away', `ground.style.fill = 'none'`],
    ['made see-through', `ground.style.fill = 'rgba(255, 255, 255, 0.4)'`],
  ])('a line through a label whose ground is %s', async (_name, edit) => {
    const { slide, clean, label } = await crossedLabel()
    expect(judgeCrossings(clean.diagrams[0]!.crossings)).toEqual([])
    const measured = await withDiagramEdit(slide, `
      const ground = ${groundOf(label)}
      const fill = ground.style.fill
      ${edit}
      return () => { ground.style.fill = fill }`)
    expect(judgeSlide(slide, measured)).toContainEqual(expect.stringMatching(new RegExp(`^line through label "${label}": the lifeline of \\S+ crosses it for [\\d.]+px; the label has no opaque ground under it$`)))
  })

  it('a lifeline drawn over the labels', async () => {
    const { slide, clean, label } = await crossedLabel()
    expect(judgeCrossings(clean.diagrams[0]!.crossings)).toEqual([])
    const measured = await withDiagramEdit(slide, `
      const lines = [...root.querySelectorAll('line.actor-line')]
      const places = lines.map(line => [line.parentNode, line.nextSibling])
      const svg = root.querySelector('svg')
      svg.append(...lines)
      return () => lines.forEach((line, index) => places[index][0].insertBefore(line, places[index][1]))`)
    expect(judgeSlide(slide, measured)).toContainEqual(expect.stringMatching(new RegExp(`^line through label "${label}": the lifeline of \\S+ crosses it for [\\d.]+px; the lifeline of \\S+ is drawn over the label$`)))
  })

  it('an answer set no larger than the diagram\'s labels', async () => {
    await openSlide(page, deckUrl, decision)
    expect(judgeAnswer(await measureSlide(page, decision.number))).toEqual([])
    const measured = await withStyle(decision, '.slidev-layout.deck-decision h1 { font-size: 16px !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^the answer at 16px is not the largest type: \S+ "[^"]+" is [\d.]+px$/))
  })

  it('no answer at the last click', async () => {
    await openSlide(page, deckUrl, decision)
    expect(judgeAnswer(await measureSlide(page, decision.number))).toEqual([])
    const headline = page.locator(`.slidev-page-${decision.number} [data-answer]`)
    await headline.evaluate(element => element.removeAttribute('data-answer'))
    try {
      expect(judgeSlide(decision, await measureSlide(page, decision.number))).toContainEqual(expect.stringMatching(/^no answer at the last click/))
    }
    finally {
      await page.locator(`.slidev-page-${decision.number} h1`).evaluate(element => element.setAttribute('data-answer', 'true'))
    }
  })

  it.each([
    ['a timeline label set on another', '.timeline-marks-above .timeline-mark:nth-child(2) { left: 12% !important }'],
    // As a fifth episode (1962-1965) drew it: the later mark a row up, its leader down through the earlier label.
    ['a timeline mark\'s leader drawn through another label', '.timeline-marks-above .timeline-mark:nth-child(2) { left: 13% !important; --row: 1 !important }'],
  ])('%s', async (_name, css) => {
    await openSlide(page, deckUrl, timeline)
    expect(judgeOverlaps((await measureSlide(page, timeline.number)).overlaps)).toEqual([])
    const measured = await withStyle(timeline, `.timeline-marks-above .timeline-mark:first-child { left: 10% !important } ${css}`)
    const [first, second] = timeline.view.kind === 'timeline'
      ? timeline.view.marks.filter(mark => mark.side === 'above').map(mark => mark.label)
      : []
    expect(judgeSlide(timeline, measured)).toContainEqual(expect.stringMatching(new RegExp(`^texts overlap by [\\d.]+px across and [\\d.]+px down: li\\.timeline-mark "${first}" and li\\.timeline-mark "${second}"$`)))
  })
})
