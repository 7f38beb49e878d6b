import type { MermaidConfig } from 'mermaid'
import type { Browser, Page } from 'playwright-chromium'
import type { SequenceDiagram } from '../../scripts/generate/to-mermaid.ts'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { drawsDiagram, mermaidId } from '../../contract/slide-views.ts'
import { prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { toMermaid } from '../../scripts/generate/to-mermaid.ts'
import setupMermaid from '../../setup/mermaid.ts'
import { fixtureModel } from '../support/browser-deck.ts'
import { HOSTILE } from '../support/hostile-dataset.ts'

const MERMAID = join(PROJECT_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')
const deck = await fixtureModel()
const withoutSpace = (text: string) => text.replace(/\s+/g, '')

interface Rendered {
  parseError: string | null
  error: string | null
  roleDescription: string | null
  title: string | null
  description: string | null
  /** Each participant's name as drawn, whitespace removed. */
  participants: string[]
  /** Each event's label, in the diagram's order, whitespace removed. */
  labels: string[]
}

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchChromium()
  const context = await browser.newContext()
  await prepareContext(context)
  page = await context.newPage()
  await page.goto('about:blank')
  await page.addScriptTag({ path: MERMAID })
  // The deck's own Mermaid settings (setup/mermaid.ts), as Slidev applies them.
  const config: MermaidConfig = {
    startOnLoad: false,
    ...(await setupMermaid()),
  }
  await page.evaluate((config) => {
    (window as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config)
  }, config as Record<string, unknown>)
})
afterAll(async () => {
  await browser?.close()
})

/** Mermaid's own parser and renderer, in Chromium. */
async function render(text: string): Promise<Rendered> {
  return page.evaluate(async (text) => {
    interface MermaidApi {
      parse: (text: string) => Promise<unknown>
      render: (id: string, text: string) => Promise<{ svg: string }>
    }
    const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid
    const result: Rendered = {
      parseError: null,
      error: null,
      roleDescription: null,
      title: null,
      description: null,
      participants: [],
      labels: [],
    }
    try {
      await mermaid.parse(text)
    }
    catch (error) {
      result.parseError = String(error)
      return result
    }
    let svgText = ''
    try {
      svgText = (await mermaid.render(`diagram${Math.floor(Math.random() * 1e9)}`, text)).svg
    }
    catch (error) {
      result.error = String(error)
      return result
    }
    const host = document.createElement('div')
    document.body.append(host)
    host.innerHTML = svgText
    const svg = host.querySelector('svg')!
    const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim()
    const byRef = (attribute: string) => (svg.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).map(id => squash(svg.querySelector(`[id="${id}"]`)?.textContent)).join(' ') || null
    result.roleDescription = svg.getAttribute('aria-roledescription')
    result.title = byRef('aria-labelledby')
    result.description = byRef('aria-describedby')
    // Mermaid draws the participants in no fixed document order: read them left to right.
    result.participants = [
      ...svg.querySelectorAll<SVGGraphicsElement>('[data-et="participant"]'),
    ]
      .map(node => ({
        x: node.getBBox().x,
        name: (node.textContent ?? '').replace(/\s+/g, ''),
      }))
      .sort((a, b) => a.x - b.x)
      .map(({ name }) => name)
    result.labels = [
      ...svg.querySelectorAll('[data-et="message"], [data-et="note"]'),
    ]
      .sort((a, b) => Number(a.getAttribute('data-id')!.slice(1)) - Number(b.getAttribute('data-id')!.slice(1)))
      .map(el => (el.getAttribute('data-et') === 'note'
        ? el.querySelector('text')?.textContent
        : el.previousElementSibling?.textContent) ?? '')
      .map(label => label.replace(/\s+/g, ''))
    host.remove()
    return result
  }, text)
}

function diagram(name: string, label: string, title = 'A title', description = 'A description'): SequenceDiagram {
  return {
    title,
    description,
    participants: [
      { id: 'a-1', label: name },
      { id: 'b', label: 'Moscow' },
    ],
    lines: [
      {
        mark: 'asks',
        from: 'a-1',
        to: 'b',
        text: label,
      },
      {
        mark: 'refuses',
        from: 'b',
        to: 'a-1',
        text: 'answers',
      },
      { mark: 'acts', from: 'b', text: `note ${label}` },
    ],
  }
}

describe('mermaid accepts and draws every diagram of the deck', () => {
  const diagrams = deck.slides.filter(slide => drawsDiagram(slide.view))

  it.each(diagrams.map(slide => [slide.number, slide.title, slide] as const))('slide %i (%s): its capitals, and one arrow or note an event, labelled in order', async (_number, _title, slide) => {
    if (!drawsDiagram(slide.view))
      throw new Error('not a diagram')
    const drawn = await render(slide.view.mermaid)
    expect(drawn.parseError).toBeNull()
    expect(drawn.error).toBeNull()
    expect(drawn.roleDescription).toBe('sequence')
    expect(drawn.title).toBe(slide.view.heading)
    expect(drawn.description).toBe(slide.view.description.replace(/\s+/g, ' ').trim())
    expect(drawn.participants).toEqual(slide.view.participants.map(actor => withoutSpace(actor.name)))
    expect(drawn.labels).toEqual(slide.view.steps.map(step => withoutSpace(step.label)))
  })
})

describe('escaped text comes out as the original text', () => {
  it.each([
    '\'',
    '"',
    '#',
    ';',
    '<',
    '>',
    '|',
    '[',
    ']',
    '(',
    ')',
    '{',
    '}',
    '\\',
    '`',
    '&',
    ':',
    ',',
  ])('%s in a participant, a message and a note', async (character) => {
    const label = `a${character}b`
    const drawn = await render(toMermaid(diagram(`name ${label}`, `says ${label}`)))
    expect(drawn.parseError).toBeNull()
    expect(drawn.error).toBeNull()
    expect(drawn.participants).toContain(withoutSpace(`name ${label}`))
    expect(drawn.labels).toEqual([
      withoutSpace(`says ${label}`),
      'answers',
      withoutSpace(`note says ${label}`),
    ])
  })

  it.each(Object.entries(HOSTILE))('the hostile %s string', async (_name, text) => {
    const drawn = await render(toMermaid(diagram(text, text, `Title ${text}`, `Description ${text}`)))
    expect(drawn.parseError).toBeNull()
    expect(drawn.error).toBeNull()
    expect(drawn.participants).toContain(withoutSpace(text))
    expect(drawn.labels[0]).toBe(withoutSpace(text))
    // Mermaid keeps accessible text as text; only braces and line breaks are dropped by the generator.
    const asText = (value: string) => value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim()
    expect(drawn.title).toBe(asText(`Title ${text}`))
    expect(drawn.description).toBe(asText(`Description ${text}`))
  })
})

describe('a diagram built up one event a click', () => {
  const deckUrl = inject('fixtureUrl')
  const slide = deck.slides.find(candidate => drawsDiagram(candidate.view) && candidate.view.steps.length >= 3)!

  it('shows, at each click, the events so far with the current one marked, and at the last the answer', async () => {
    if (!drawsDiagram(slide.view))
      throw new Error('not a diagram')
    const { steps, answer } = slide.view
    const deckPage = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    for (let clicks = 0; clicks <= steps.length + 1; clicks++) {
      await visitDeck(deckPage, deckUrl, `/${slide.number}?clicks=${clicks}`)
      const figure = deckPage.locator(`.slidev-page-${slide.number} .decision[data-diagram-ready]`)
      await figure.waitFor()
      await expect.poll(() => figure.evaluate((element, count) => {
        const root = element.querySelector('.mermaid')!.shadowRoot!
        const labelOf = (index: number) => {
          const drawn = root.querySelector(`[data-id="i${index}"]`)!
          return (drawn.getAttribute('data-et') === 'note'
            ? drawn.querySelector('text')
            : drawn.previousElementSibling) as SVGTextElement
        }
        return Array.from({ length: count }, (_, index) => {
          const label = labelOf(index)
          return `${getComputedStyle(label).visibility}:${label.style.fontWeight}`
        })
      }, steps.length), { message: `click ${clicks}` }).toEqual(steps.map((step) => {
        if (step.step > clicks)
          return 'hidden:600'
        return step.step === clicks
          ? 'visible:700'
          : 'visible:600'
      }))
      // The answer takes the question's place in the headline at the click after the last event.
      await expect.poll(() => deckPage.locator(`.slidev-page-${slide.number} h1`).textContent().then(text => text?.trim()), { message: `click ${clicks}` })
        .toBe(clicks > steps.length ? answer : slide.view.heading)
    }
    // Each capital's name in the colour that reads on its box, down to the tspans Mermaid's stylesheet colours.
    const nameColours = await deckPage.locator(`.slidev-page-${slide.number} .decision .mermaid`).evaluate(element => [
      ...element.shadowRoot!.querySelectorAll('[data-et="participant"]'),
    ].map(group => [
      group.getAttribute('data-id'),
      [
        ...new Set([
          ...group.querySelectorAll('text, tspan'),
        ].map(text => getComputedStyle(text).fill)),
      ],
    ]))
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map(at => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`
    expect(Object.fromEntries(nameColours)).toEqual(Object.fromEntries(slide.view.participants.map(actor => [
      mermaidId(actor.id),
      [
        rgb(actor.text),
      ],
    ])))
    await deckPage.close()
  })
})

describe('an event a capital takes alone, drawn as a note', () => {
  const deckUrl = inject('fixtureUrl')
  const noted = deck.slides.filter(slide => drawsDiagram(slide.view) && slide.view.steps.some(step => step.mark === 'acts'))

  it('keeps its text inside its box, in bold as the current event, with its date in regular type', async () => {
    expect(noted.length).toBeGreaterThan(0)
    const deckPage = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    for (const slide of noted) {
      if (!drawsDiagram(slide.view))
        continue
      for (const step of slide.view.steps.filter(candidate => candidate.mark === 'acts')) {
        await visitDeck(deckPage, deckUrl, `/${slide.number}?clicks=${step.step}`)
        const figure = deckPage.locator(`.slidev-page-${slide.number} .decision[data-diagram-ready]`)
        await figure.waitFor()
        // The figure of this slide may already be ready from an earlier click: wait for this click's state.
        await expect.poll(() => figure.evaluate((element, index) => {
          const root = element.querySelector('.mermaid')!.shadowRoot!
          const note = root.querySelector(`[data-et="note"][data-id="i${index}"]`)!
          const text = note.querySelector('text')!.getBBox()
          const box = note.querySelector('rect')!.getBBox()
          const date = root.querySelector<SVGTextElement>(`#deck-date-${index + 1}`)
          return {
            weight: note.querySelector('text')!.style.fontWeight,
            left: Math.round(text.x - box.x),
            right: Math.round(box.x + box.width - (text.x + text.width)),
            dateWeight: date ? getComputedStyle(date).fontWeight : null,
          }
        }, step.step - 1), { message: `slide ${slide.number}, "${step.label}"` }).toEqual({
          weight: '700',
          left: expect.toSatisfy((gap: number) => gap >= 3),
          right: expect.toSatisfy((gap: number) => gap >= 3),
          dateWeight: step.date ? '400' : null,
        })
      }
    }
    await deckPage.close()
  })
})
