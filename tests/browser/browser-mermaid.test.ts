import type { MermaidConfig } from 'mermaid'
import type { Browser, Page } from 'playwright-chromium'
import type { DiagramNode, FlowDiagram } from '../../scripts/generate/to-mermaid.ts'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { toMermaid } from '../../scripts/generate/to-mermaid.ts'
import setupMermaid from '../../setup/mermaid.ts'
import { builtDeckModel, mermaidOf } from '../support/browser-deck.ts'
import { HOSTILE } from '../support/hostile-dataset.ts'

const MERMAID = join(PROJECT_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')
const deck = builtDeckModel()
const withoutSpace = (text: string) => text.replace(/\s+/g, '')

interface Rendered {
  parsed: boolean
  parseError: string | null
  svg: string
  error: string | null
  roleDescription: string | null
  title: string | null
  description: string | null
  /** Text of each node and edge label as drawn, whitespace removed. */
  nodeTexts: string[]
  edgeTexts: string[]
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
      parsed: false,
      parseError: null,
      svg: '',
      error: null,
      roleDescription: null,
      title: null,
      description: null,
      nodeTexts: [],
      edgeTexts: [],
    }
    try {
      result.parsed = Boolean(await mermaid.parse(text))
    }
    catch (error) {
      result.parseError = String(error)
      return result
    }
    try {
      const { svg } = await mermaid.render(`diagram${Math.floor(Math.random() * 1e9)}`, text)
      result.svg = svg
    }
    catch (error) {
      result.error = String(error)
      return result
    }
    const host = document.createElement('div')
    document.body.append(host)
    host.innerHTML = result.svg
    const svg = host.querySelector('svg')!
    const byRef = (attribute: string) => (svg.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).map(id => (svg.querySelector(`[id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ') || null
    result.roleDescription = svg.getAttribute('aria-roledescription')
    result.title = byRef('aria-labelledby')
    result.description = byRef('aria-describedby')
    result.nodeTexts = [
      ...svg.querySelectorAll('g.node'),
    ].map(node => (node.textContent ?? '').replace(/\s+/g, ''))
    result.edgeTexts = [
      ...svg.querySelectorAll('g.edgeLabel'),
    ].map(node => (node.textContent ?? '').replace(/\s+/g, '')).filter(Boolean)
    host.remove()
    return result
  }, text)
}

function node(id: string, label: string, shape: DiagramNode['shape'] = 'rect'): DiagramNode {
  return {
    id,
    label,
    shape,
    fill: '#0072B2',
    text: '#ffffff',
  }
}

function diagram(nodeLabel: string, edgeLabel: string, title = 'A title', description = 'A description'): FlowDiagram {
  return {
    title,
    description,
    direction: 'LR',
    nodes: [
      node('a-1', nodeLabel, 'stadium'),
      node('b', 'Moscow (USSR)', 'hexagon'),
    ],
    edges: [
      {
        from: 'a-1',
        to: 'b',
        label: edgeLabel,
        style: 'solid',
      },
      {
        from: 'b',
        to: 'a-1',
        label: 'answers',
        style: 'dotted',
      },
    ],
  }
}

describe('mermaid accepts and draws every diagram of the deck', () => {
  const flows = deck.slides.filter(slide => mermaidOf(slide) !== undefined)

  it('has diagrams to check', () => {
    expect(flows.length).toBeGreaterThan(0)
  })

  it.each(flows.map(slide => [slide.number, slide.title, slide] as const))('slide %i (%s)', async (_number, _title, slide) => {
    const drawn = await render(mermaidOf(slide)!)
    expect(drawn.parseError).toBeNull()
    expect(drawn.parsed).toBe(true)
    expect(drawn.error).toBeNull()
    expect(drawn.roleDescription).not.toBe('error')
    expect(drawn.svg).not.toMatch(/Syntax error/i)
    if (slide.view.kind !== 'decision')
      throw new Error(`slide ${slide.number} has a diagram but is a ${slide.view.kind} slide`)
    expect(drawn.title).toBe(slide.view.heading)
    expect(drawn.description).toBe(slide.view.description)
    for (const actor of slide.view.actors)
      expect(drawn.nodeTexts, `node of ${actor.id}`).toContain(withoutSpace(actor.name))
    for (const step of slide.view.steps)
      // A move repeated along one edge is one line labelled with all its steps, e.g. "2 · 4".
      expect(drawn.edgeTexts.filter(text => text.split('·').includes(String(step.step))), `an edge labelled for each recipient of step ${step.step}`).toHaveLength(step.links.length)
  })
})

describe('escaped labels come out as the original text', () => {
  const characters = [
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
  ]

  it.each(characters)('%s in a node label and an edge label', async (character) => {
    const label = `a${character}b`
    const drawn = await render(toMermaid(diagram(`node ${label}`, `edge ${label}`)))
    expect(drawn.parseError).toBeNull()
    expect(drawn.error).toBeNull()
    expect(drawn.nodeTexts).toContain(withoutSpace(`node ${label}`))
    expect(drawn.edgeTexts).toContain(withoutSpace(`edge ${label}`))
  })

  it.each(Object.entries(HOSTILE))('the hostile %s string', async (_name, text) => {
    const drawn = await render(toMermaid(diagram(text, text, `Title ${text}`, `Description ${text}`)))
    expect(drawn.parseError).toBeNull()
    expect(drawn.error).toBeNull()
    expect(drawn.roleDescription).not.toBe('error')
    expect(drawn.nodeTexts).toContain(withoutSpace(text))
    expect(drawn.edgeTexts).toContain(withoutSpace(text))
    // Mermaid keeps accessible text as text; only braces and line breaks are dropped by the generator.
    const asText = (value: string) => value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim()
    expect(drawn.title).toBe(asText(`Title ${text}`))
    expect(drawn.description).toBe(asText(`Description ${text}`))
  })

  it('a label spread over several lines is drawn on one', async () => {
    const drawn = await render(toMermaid(diagram('two\nlines', 'three\r\nmore\nlines')))
    expect(drawn.nodeTexts).toContain('twolines')
    expect(drawn.edgeTexts).toContain('threemorelines')
  })
})
