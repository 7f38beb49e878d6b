import type { Page } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import type { PageWatch } from './watch-page.ts'
import { fileURLToPath } from 'node:url'
import { ROOM_RULES, roomPx } from '../../contract/room-rules.ts'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { settle } from '../browser/launch-browser.ts'
import { visitDeck } from '../browser/visit-deck.ts'

/** Sub-pixel rounding allowed before an edge counts as overflowing, in canvas px. */
const OVERFLOW_TOLERANCE_PX = 1

export const VIEWPORTS = [{ name: '1920x1080', width: 1920, height: 1080 }, { name: '1024x768', width: 1024, height: 768 }] as const

export interface ElementFinding {
  /** `div.timeline-event` and the start of its text */
  readonly element: string
  readonly px: number
}

/** One visible text node: its size in canvas px and how many non-space characters it holds. */
export interface TextRun extends ElementFinding {
  readonly chars: number
  /** Inside a diagram (an SVG or a shadow root). */
  readonly diagram: boolean
  /** Inside the slide's answer (`[data-answer]`). */
  readonly answer: boolean
}

/** Two texts, neither part of the other, whose boxes (one a line) intersect: by `x` across and `y` down, in canvas px. */
export interface TextOverlap { readonly first: string, readonly second: string, readonly x: number, readonly y: number }

/** A diagram's line (a lifeline or another event's arrow) running through a label's box, and what lies between them. */
export interface LabelCrossing {
  readonly label: string
  /** `the lifeline of Beijing`, `the arrow "asks for help"` */
  readonly line: string
  /** How much of the line runs inside the label's box, in canvas px. */
  readonly px: number
  /** Drawn before the label, so under it. */
  readonly under: boolean
  /** An opaque shape drawn between the line and the label covers the line where it crosses the label's box. */
  readonly shape: boolean
}

export interface DiagramInfo {
  readonly error: string | null
  readonly roleDescription: string | null
  readonly title: string | null
  readonly description: string | null
  /** The name of each participant, whitespace removed where Mermaid broke lines. */
  readonly participants: readonly string[]
  /** Each event drawn, in order: a message between two participants or a note on one's line. */
  readonly events: readonly { kind: string | null, from: string | null, to: string | null, label: string }[]
  /** Share of the slide's area the drawn diagram covers, 0 to 1. */
  readonly areaShare: number
  readonly crossings: readonly LabelCrossing[]
}

export interface SlideMeasurement {
  readonly number: number
  /** Window px per canvas px. */
  readonly scale: number
  /** The largest distance, in canvas px, by which an element sticks out of the canvas or (not in a SlideFit) is clipped. */
  readonly overflowPx: number
  readonly overflows: readonly ElementFinding[]
  readonly clipped: readonly ElementFinding[]
  readonly smallestFontPx: number
  readonly smallFonts: readonly (ElementFinding & { readonly min: number })[]
  /** Text whose line height is under minLineRatio of its size; `px` holds the ratio. */
  readonly crampedLines: readonly ElementFinding[]
  readonly textRuns: readonly TextRun[]
  /** Visible `[data-answer]` elements: a decision slide's answer, at its last click. */
  readonly answers: number
  /** The pairs of texts that overlap most, up to ten. */
  readonly overlaps: readonly TextOverlap[]
  /** Text still invisible in the final click state. */
  readonly hiddenText: readonly string[]
  readonly mermaidHosts: number
  readonly diagrams: readonly DiagramInfo[]
  readonly errorBlocks: readonly string[]
  readonly badges: readonly string[]
  readonly text: string
}

/** What an export checks of each slide it prints: how far it runs off the canvas, and which of its texts overlap. */
export type SlideFit = Pick<SlideMeasurement, 'number' | 'overflowPx' | 'overlaps'>

/** The in-page scripts, injected as files (never serialised closures) in this order: the helpers, then what uses them. */
const MEASURE_SCRIPTS = ['page-helpers.js', 'text-overlaps.js', 'label-crossings.js', 'measure-slide.js']
  .map(file => fileURLToPath(new URL(`./in-page/${file}`, import.meta.url)))

/** Shows slide N in its final click state and waits until its diagrams, fonts and transitions have settled; returns the time taken in ms. */
export async function openSlide(page: Page, baseUrl: string, slide: SlideModel, watch?: PageWatch): Promise<number> {
  const start = performance.now()
  // Click 99: the slide's final state, every step shown.
  const go = () => visitDeck(page, baseUrl, `/${slide.number}?clicks=99`)
  await (watch ? watch.navigate(go) : go())
  // The slide's frame shows before its content: each slide is a module of its own, loaded on arrival.
  await page.locator(`.slidev-page-${slide.number} .slidev-layout`).first().waitFor({ state: 'visible' })
  const diagrams = drawsDiagram(slide.view) ? 1 : 0
  // A diagram that never appears is reported by the judge, not thrown here.
  await page.waitForFunction(({ number, diagrams }) => {
    const root = document.querySelector(`.slidev-page-${number}`)
    if (!root)
      return false
    const done = root.querySelectorAll('[data-diagram-ready]').length + root.querySelectorAll('pre').length
    return done >= diagrams && document.fonts.status === 'loaded'
  }, { number: slide.number, diagrams }, { timeout: 15_000, polling: 50 }).catch(() => undefined)
  await settle(page)
  return Math.round(performance.now() - start)
}

async function injectMeasure(page: Page): Promise<void> {
  if (await page.evaluate('typeof globalThis.measureDeckSlide === "function"'))
    return
  for (const path of MEASURE_SCRIPTS)
    await page.addScriptTag({ path })
}

/** Measures slide N as it is displayed now. */
export async function measureSlide(page: Page, number: number): Promise<SlideMeasurement> {
  await injectMeasure(page)
  const args = {
    number,
    // Text outside these is held to the room's floor; inside them, only to its minimum, 1/40 of the height.
    smallSelector: '.slide-source, .sources',
    minFont: roomPx(ROOM_RULES.floorFraction),
    minSmallFont: Math.round(roomPx(ROOM_RULES.minFraction) * 10) / 10,
    // Lines closer than this many font sizes apart overlap their own glyphs.
    minLineRatio: 0.95,
    tolerance: OVERFLOW_TOLERANCE_PX,
  }
  return page.evaluate(`globalThis.measureDeckSlide(${JSON.stringify(args)})`) as Promise<SlideMeasurement>
}

/** How far each of these slides, all in the page (Slidev's print page), runs off its canvas, and which of its texts overlap. */
export async function measureFit(page: Page, numbers: readonly number[]): Promise<SlideFit[]> {
  await injectMeasure(page)
  const args = numbers.map(number => ({ number, tolerance: OVERFLOW_TOLERANCE_PX }))
  return page.evaluate(`${JSON.stringify(args)}.map(args => globalThis.measureDeckFit(args))`) as Promise<SlideFit[]>
}
