import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SlideMeasurement } from '../../scripts/audit/slide-audit.ts'
import type { DeckModel, DeckSlide } from '../../scripts/generate/deck-model.ts'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { auditAccessibility, judgeSlide, measureSlide, openSlide, prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium, settle } from '../../scripts/browser/launch-browser.ts'
import { buildDeck } from '../../scripts/build/build-deck.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { DECK_MODEL } from '../../scripts/generate/generate-deck.ts'
import { builtDeckModel } from '../support/browser-deck.ts'
import { editedDataset } from '../support/dataset-files.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'

const SCRATCH = join(PROJECT_ROOT, '.tmp', 'broken-slide-deck')
/** What an author might paste by mistake: a paragraph where a one-line detail belongs, and a label with no space to wrap at. */
const GIANT_DETAIL = 'Kim presses the ambassador, again and again, in meeting after meeting. '.repeat(24).trim()
const UNBREAKABLE_LABEL = `asksToSeeStalin${'AgainAndAgain'.repeat(6)}`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('a deliberately broken slide', () => {
  let deck: DeckModel
  let dist: string
  let modelPath: string
  let broken: DeckSlide

  beforeAll(async () => {
    const data = await editedDataset(SECOND_TALK, join(temporaryDir('broken-slide-'), 'data'), (raw) => {
      // the last event: its label is the caption the decision slide shows after its last click
      const event = raw.episodes[1].events.at(-1)
      event.detail = GIANT_DETAIL
      event.label = UNBREAKABLE_LABEL
    })
    const build = await buildDeck(data, join(SCRATCH, 'dist'), { quiet: true })
    deck = build.deck
    dist = build.dist
    modelPath = join(build.entry.generated, DECK_MODEL)
    broken = deck.slides.find(slide => slide.view.kind === 'decision' && slide.view.steps.some(step => step.label === UNBREAKABLE_LABEL))!
  })

  it('makes `npm run check` exit 1, print it as the one FAIL row with its overflow in px, and say why', () => {
    expect(broken).toBeDefined()
    let status = 0
    let output = ''
    try {
      output = execFileSync(process.execPath, [
        '--import',
        'tsx',
        'scripts/check.ts',
        '--dist',
        dist,
        '--model',
        modelPath,
      ], { cwd: PROJECT_ROOT, stdio: 'pipe', encoding: 'utf8' })
    }
    catch (error) {
      const failed = error as { status: number, stdout: string }
      status = failed.status
      output = failed.stdout
    }
    expect(status).toBe(1)
    const lines = output.split('\n')
    expect(lines.some(line => /^\s*#\s+title\s+overflow px\s+smallest font px\s+body text %\s+diagram %\s+a11y violations\s+render ms\s+result$/.test(line))).toBe(true)
    const tableRows = lines.filter(line => /^\s*\d+ {2}/.test(line))
    expect(tableRows).toHaveLength(deck.slides.length)
    for (const line of tableRows) {
      const number = Number(line.trim().split(/\s+/)[0])
      expect(line.endsWith(' ok'), line).toBe(number !== broken.number)
    }
    const row = tableRows.find(line => Number(line.trim().split(/\s+/)[0]) === broken.number)!
    const [, title, overflow, smallestFont, bodyShare, diagramShare, violations, , result] = row.trim().split(/ {2,}/)
    expect(broken.title.startsWith(title!.replace(/…$/, ''))).toBe(true)
    expect(result).toMatch(/^FAIL \(\d+\)$/)
    expect(Number(overflow)).toBeGreaterThan(50)
    expect(Number(smallestFont)).toBeGreaterThanOrEqual(13.8)
    expect(Number(bodyShare)).toBeGreaterThanOrEqual(75)
    expect(Number(diagramShare)).toBeGreaterThan(0)
    expect(Number(violations)).toBe(0)
    expect(output).toContain(`slide ${broken.number} (${broken.title}):`)
    expect(output).toMatch(/\[1920x1080\] overflows the canvas by [\d.]+px: span\.step-label "asksToSeeStalin/)
    expect(output).toMatch(/\[1024x768\] overflows the canvas by [\d.]+px: span\.step-label "asksToSeeStalin/)
    expect(output).toContain(`check: 1 of ${deck.slides.length} slides fail: ${broken.number}.`)
  })
})

describe('each rule catches its fault, injected into a real slide', () => {
  const deck = builtDeckModel()
  const deckUrl = inject('deckUrl')
  const decision = deck.slides.find(slide => slide.view.kind === 'decision')!
  const quote = deck.slides.find(slide => slide.view.kind === 'quote')!
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
  async function withStyle<T = SlideMeasurement>(slide: DeckSlide, css: string, look = (): Promise<T> => measureSlide(page, slide.number) as Promise<T>): Promise<T> {
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
    const measured = await withStyle(decision, '.step-label { font-size: 13px !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^font 13px < 16px: span\.step-label/))
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
    const measured = await withStyle(decision, '.decision-diagram { flex: none !important; height: 120px !important; width: 300px !important }')
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

  it('content clipped by its box', async () => {
    const measured = await withStyle(decision, '.decision-caption { min-height: 0 !important; max-height: 12px; overflow: hidden }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^clipped by \d+(?:\.\d)?px: figcaption\.decision-caption/))
  })

  it('content still hidden after the last click', async () => {
    const measured = await withStyle(decision, '.decision-caption { opacity: 0 !important }')
    expect(judgeSlide(decision, measured)).toContainEqual(expect.stringMatching(/^text still hidden after the last click/))
  })

  it('text without enough contrast', async () => {
    const findings = await withStyle(decision, '.step-label { color: #c8c8c8 !important }', () => auditAccessibility(page, decision.number))
    expect(findings.map(finding => finding.id)).toContain('color-contrast')
  })
})
