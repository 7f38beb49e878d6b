import type { BrowserContext, Page } from 'playwright-chromium'
import type { DeckModel, DeckSlide } from '../generate/deck-model.ts'
import { AxeBuilder } from '@axe-core/playwright'
import { settle } from '../browser/launch-browser.ts'
import { accessibleText } from '../generate/to-mermaid.ts'

/**
 * The rules every slide of a built deck is held to, measured in Chromium. Shared by `npm run check`
 * and the browser tests so that the rules live in one place.
 */

/** Slidev's canvas, in CSS px, before it is scaled to the window. */
export const CANVAS = { width: 980, height: 552 } as const
export const MIN_FONT_PX = 16
/** Citations and footers may be smaller, but never below this. */
export const MIN_SMALL_FONT_PX = 11
export const SMALL_TEXT_SELECTOR = '.citation, .citation-note, .source-remark, .flow-legend, .sources'
/** Sub-pixel rounding allowed before an edge counts as overflowing, in canvas px. */
export const OVERFLOW_TOLERANCE_PX = 1
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
] as const
export const FAILING_IMPACTS: readonly string[] = ['serious', 'critical']

export const VIEWPORTS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1024x768', width: 1024, height: 768 },
] as const
export type ViewportName = (typeof VIEWPORTS)[number]['name']

export interface ElementFinding {
  /** `div.timeline-event` and the start of its text */
  readonly element: string
  readonly px: number
}

export interface FontFinding extends ElementFinding {
  readonly min: number
}

export interface DiagramInfo {
  readonly error: string | null
  readonly roleDescription: string | null
  readonly title: string | null
  readonly description: string | null
  /** The text of each node, whitespace removed where Mermaid broke lines. */
  readonly nodeTexts: readonly string[]
  readonly text: string
}

export interface SlideMeasurement {
  readonly number: number
  /** Window px per canvas px. */
  readonly scale: number
  /** The largest distance, in canvas px, by which an element sticks out of the canvas or is clipped. */
  readonly overflowPx: number
  readonly overflows: readonly ElementFinding[]
  readonly clipped: readonly ElementFinding[]
  readonly smallestFontPx: number
  readonly smallFonts: readonly FontFinding[]
  /** Text still invisible in the final click state. */
  readonly hiddenText: readonly string[]
  readonly mermaidHosts: number
  readonly diagrams: readonly DiagramInfo[]
  readonly errorBlocks: readonly string[]
  readonly badges: readonly string[]
  readonly text: string
}

export interface A11yFinding {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

export interface PageProblems {
  readonly consoleErrors: string[]
  readonly pageErrors: string[]
  readonly failedRequests: string[]
  readonly dialogs: string[]
}

export interface PageWatch {
  /** Returns what was collected since the last call and starts afresh. */
  take: () => PageProblems
  /**
   * Runs a navigation. Requests of the page being left that the navigation itself cancels
   * (net::ERR_ABORTED, typically Slidev prefetching the next slides' chunks) are not problems of the deck.
   */
  navigate: <T>(go: () => Promise<T>) => Promise<T>
}

/** Collects console errors, page errors, failed requests and dialogs of a page. */
export function watchPage(page: Page): PageWatch {
  let problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    dialogs: [],
  }
  let navigating = false
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', error => problems.pageErrors.push(error.message))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed'
    if (navigating && reason === 'net::ERR_ABORTED')
      return
    problems.failedRequests.push(`${request.url()} (${reason})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`)
  })
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return {
    take: () => {
      const taken = problems
      problems = {
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        dialogs: [],
      }
      return taken
    },
    navigate: async (go) => {
      navigating = true
      try {
        return await go()
      }
      finally {
        navigating = false
      }
    },
  }
}

/**
 * Functions handed to `page.evaluate` are serialised from this module as compiled by tsx or vitest,
 * whose transform may wrap named functions in `__name(...)`; the page gets a no-op of it.
 */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target)')
}

export function slideUrl(baseUrl: string, number: number, clicks = 99): string {
  return `${baseUrl}/${number}?clicks=${clicks}`
}

/** Loads slide N in its final click state and waits until its diagrams, fonts and transitions have settled; returns the time taken in ms. */
export async function openSlide(page: Page, baseUrl: string, slide: DeckSlide, watch?: PageWatch): Promise<number> {
  const start = performance.now()
  const go = () => page.goto(slideUrl(baseUrl, slide.number), { waitUntil: 'load' })
  await (watch
    ? watch.navigate(go)
    : go())
  await page.locator(`.slidev-page-${slide.number}`).waitFor({ state: 'visible' })
  const diagrams = slide.mermaid ? 1 : 0
  // A diagram that never appears is reported by measureSlide, not thrown here.
  await page.waitForFunction(({ number, diagrams }) => {
    const root = document.querySelector(`.slidev-page-${number}`)
    if (!root)
      return false
    const done = [
      ...root.querySelectorAll('.mermaid'),
    ].filter(host => host.shadowRoot?.querySelector('svg')).length
    + root.querySelectorAll('pre').length
    return done >= diagrams && document.fonts.status === 'loaded'
  }, { number: slide.number, diagrams }, { timeout: 15_000 }).catch(() => undefined)
  await settle(page)
  return Math.round(performance.now() - start)
}

/** Measures slide N as it is displayed now. Runs in the page. */
export async function measureSlide(page: Page, number: number): Promise<SlideMeasurement> {
  return page.evaluate(measureInPage, {
    number,
    smallSelector: SMALL_TEXT_SELECTOR,
    minFont: MIN_FONT_PX,
    minSmallFont: MIN_SMALL_FONT_PX,
    tolerance: OVERFLOW_TOLERANCE_PX,
  })
}

interface MeasureArgs {
  number: number
  smallSelector: string
  minFont: number
  minSmallFont: number
  tolerance: number
}

function measureInPage(args: MeasureArgs): SlideMeasurement {
  const pageEl = document.querySelector<HTMLElement>(`.slidev-page-${args.number}`)
  if (!pageEl)
    throw new Error(`slide ${args.number} is not in the page`)
  const canvas = pageEl.getBoundingClientRect()
  const scale = canvas.width / pageEl.offsetWidth
  /** How far, in canvas px, a box sticks out of another on any side. */
  const beyond = (inner: DOMRect, outer: DOMRect) => Math.max(outer.left - inner.left, inner.right - outer.right, outer.top - inner.top, inner.bottom - outer.bottom) / scale
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)
  const describe = (el: Element) => {
    const className = el.getAttribute('class')?.trim()
    const classes = className
      ? `.${className.split(/\s+/).slice(0, 2).join('.')}`
      : ''
    const text = squash(el.textContent).slice(0, 50)
    return `${el.tagName.toLowerCase()}${classes}${text
      ? ` "${text}"`
      : ''}`
  }
  const round = (px: number) => Math.round(px * 10) / 10

  const elements: Element[] = []
  const roots: (Element | ShadowRoot)[] = [pageEl]
  const walk = (root: Element | ShadowRoot) => {
    for (const child of root.children) {
      elements.push(child)
      if (child.shadowRoot) {
        roots.push(child.shadowRoot)
        walk(child.shadowRoot)
      }
      walk(child)
    }
  }
  walk(pageEl)
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const unrendered = new Set([
    'STYLE',
    'SCRIPT',
    'TEMPLATE',
    'title',
    'desc',
    'style',
    'defs',
    'marker',
  ])

  // Overflow: every rendered box against the canvas; scrolled-away content of clipping boxes; SVG content against its SVG.
  const overflows: ElementFinding[] = []
  const clipped: ElementFinding[] = []
  for (const el of elements) {
    if (unrendered.has(el.tagName) || el.closest('defs, marker') || !visible(el))
      continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0)
      continue
    const outside = beyond(rect, canvas)
    if (outside > args.tolerance) {
      overflows.push({
        element: describe(el),
        px: round(outside),
      })
    }
    // SVG content is cut off at its svg's edge unless that shows overflow; a diagram's HTML labels at their foreignObject's.
    const svg = el instanceof SVGElement
      ? el.ownerSVGElement
      : null
    const clipBox = el instanceof SVGElement
      ? (svg && getComputedStyle(svg).overflow !== 'visible'
          ? svg
          : null)
      : el.closest('foreignObject')
    if (clipBox) {
      const cut = beyond(rect, clipBox.getBoundingClientRect())
      if (cut > args.tolerance) {
        clipped.push({
          element: describe(el),
          px: round(cut),
        })
      }
    }
    if (el instanceof SVGElement)
      continue
    const style = getComputedStyle(el)
    const html = el as HTMLElement
    const clipsX = style.overflowX !== 'visible'
    const clipsY = style.overflowY !== 'visible'
    const cut = Math.max(
      clipsX
        ? html.scrollWidth - html.clientWidth
        : 0,
      clipsY
        ? html.scrollHeight - html.clientHeight
        : 0,
    )
    if (cut > args.tolerance) {
      clipped.push({
        element: describe(el),
        px: round(cut),
      })
    }
  }

  // Font sizes of every visible text node, in canvas px: computed size times any transform between it and the
  // canvas; inside an SVG (SVG text, or HTML labels in a foreignObject) the SVG's own scaling counts too.
  const transformScale = (el: Element): number => {
    let factor = 1
    for (let node: Element | null = el; node && node !== pageEl; node = parentOf(node)) {
      if (node instanceof SVGGraphicsElement) {
        const ctm = node.getScreenCTM()
        return ctm
          ? factor * Math.hypot(ctm.a, ctm.b) / scale
          : factor
      }
      const transform = getComputedStyle(node).transform
      if (transform && transform !== 'none') {
        const matrix = new DOMMatrixReadOnly(transform)
        factor *= Math.hypot(matrix.a, matrix.b)
      }
    }
    return factor
  }
  const smallFonts: FontFinding[] = []
  const hiddenText: string[] = []
  let smallestFontPx = Number.POSITIVE_INFINITY
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !squash(node.textContent) || unrendered.has(el.tagName) || el.closest('title, desc, style, script, defs'))
        continue
      if (!visible(el)) {
        if (el.checkVisibility({ visibilityProperty: true }))
          hiddenText.push(squash(node.textContent).slice(0, 50))
        continue
      }
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * transformScale(el)
      const min = el.closest(args.smallSelector)
        ? args.minSmallFont
        : args.minFont
      smallestFontPx = Math.min(smallestFontPx, px)
      if (px < min - 0.05) {
        smallFonts.push({
          element: describe(el),
          px: round(px),
          min,
        })
      }
    }
  }

  const diagrams: DiagramInfo[] = []
  const mermaidHosts = pageEl.querySelectorAll('.mermaid')
  for (const host of mermaidHosts) {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg) {
      diagrams.push({
        error: 'no SVG',
        roleDescription: null,
        title: null,
        description: null,
        nodeTexts: [],
        text: '',
      })
      continue
    }
    const byRef = (attribute: string) => {
      const ids = svg.getAttribute(attribute)?.split(/\s+/) ?? []
      return ids.length > 0
        ? ids.map(id => squash(host.shadowRoot!.getElementById(id)?.textContent)).join(' ')
        : null
    }
    const text = squash([
      ...svg.querySelectorAll('text, foreignObject'),
    ].map(el => el.textContent).join(' '))
    diagrams.push({
      error: /syntax error|parse error/i.test(text)
        ? text.slice(0, 200)
        : null,
      roleDescription: svg.getAttribute('aria-roledescription'),
      title: byRef('aria-labelledby'),
      description: byRef('aria-describedby'),
      nodeTexts: [
        ...svg.querySelectorAll('g.node'),
      ].map(node => (node.textContent ?? '').replace(/\s+/g, '')),
      text,
    })
  }

  return {
    number: args.number,
    scale: round(scale * 1000) / 1000,
    overflowPx: round(Math.max(0, ...overflows.map(f => f.px), ...clipped.map(f => f.px))),
    overflows: overflows.sort((a, b) => b.px - a.px).slice(0, 5),
    clipped: clipped.sort((a, b) => b.px - a.px).slice(0, 5),
    smallestFontPx: round(Number.isFinite(smallestFontPx)
      ? smallestFontPx
      : 0),
    smallFonts: smallFonts.sort((a, b) => a.px - b.px).slice(0, 5),
    hiddenText: hiddenText.slice(0, 5),
    mermaidHosts: mermaidHosts.length,
    diagrams,
    errorBlocks: [
      ...pageEl.querySelectorAll('pre'),
    ].map(pre => squash(pre.textContent).slice(0, 200)),
    badges: [
      ...pageEl.querySelectorAll('.actor-badge'),
    ].map(badge => squash(badge.textContent)),
    text: squash(pageEl.textContent),
  }
}

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page']

/** axe-core on the slide alone: every WCAG A/AA rule, colour contrast included; returns the serious and critical violations. */
export async function auditAccessibility(page: Page, number: number): Promise<A11yFinding[]> {
  // @axe-core/playwright is typed against its own copy of playwright-core; the page is the same object.
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .include(`.slidev-page-${number}`)
    .withTags([...AXE_TAGS])
    .analyze()
  return results.violations
    .filter(violation => FAILING_IMPACTS.includes(violation.impact ?? ''))
    .map(violation => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map(node => node.target.join(' ')).slice(0, 5),
    }))
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '')

/** What the deck's model says a slide must show; every rule that a measurement breaks, as one line each. */
export function judgeSlide(slide: DeckSlide, measured: SlideMeasurement): string[] {
  const problems: string[] = []
  for (const finding of measured.overflows)
    problems.push(`overflows the canvas by ${finding.px}px: ${finding.element}`)
  for (const finding of measured.clipped)
    problems.push(`clipped by ${finding.px}px: ${finding.element}`)
  for (const finding of measured.smallFonts)
    problems.push(`font ${finding.px}px < ${finding.min}px: ${finding.element}`)
  for (const text of measured.hiddenText)
    problems.push(`text still hidden after the last click: "${text}"`)
  for (const block of measured.errorBlocks)
    problems.push(`error block shown: ${block}`)

  const expected = slide.mermaid ? 1 : 0
  if (measured.mermaidHosts !== expected || measured.diagrams.length !== expected)
    problems.push(`expected ${expected} Mermaid diagram(s), found ${measured.diagrams.length}`)
  for (const diagram of measured.diagrams) {
    if (diagram.error)
      problems.push(`diagram error: ${diagram.error}`)
    if (diagram.roleDescription === 'error')
      problems.push('diagram rendered as an error')
    if (slide.view.kind === 'flow') {
      const title = accessibleText(slide.view.heading)
      const description = accessibleText(slide.view.description)
      if (diagram.title !== title)
        problems.push(`diagram accessible title is ${JSON.stringify(diagram.title)}, expected ${JSON.stringify(title)}`)
      if (diagram.description !== description)
        problems.push(`diagram accessible description is ${JSON.stringify(diagram.description)}, expected ${JSON.stringify(description)}`)
      for (const actor of slide.view.actors) {
        const label = withoutSpace(`${actor.name} (${actor.label})`)
        if (!diagram.nodeTexts.includes(label))
          problems.push(`diagram does not name actor ${actor.id} as "${actor.name} (${actor.label})"`)
      }
    }
  }

  // Colour never alone: every actor shown as a badge carries its name and label as text.
  const shownActors = slide.view.kind === 'episode-cover' || slide.view.kind === 'flow'
    ? slide.view.actors
    : slide.view.kind === 'timeline'
      ? slide.view.events.flatMap(event => [event.from, ...event.to])
      : []
  const badgeTexts = new Set(measured.badges.map(withoutSpace))
  for (const actor of shownActors) {
    if (slide.view.kind !== 'flow' && !badgeTexts.has(withoutSpace(`${actor.name} ${actor.label}`)))
      problems.push(`actor ${actor.id} has no badge reading "${actor.name} ${actor.label}"`)
  }
  for (const badge of measured.badges) {
    if (!badge)
      problems.push('an actor badge has no text')
  }
  return problems
}

export function problemsOfPage(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map(text => `console error: ${text}`),
    ...problems.pageErrors.map(text => `page error: ${text}`),
    ...problems.failedRequests.map(text => `failed request: ${text}`),
    ...problems.dialogs.map(text => `dialog opened: ${text}`),
  ]
}

export function problemsOfA11y(findings: readonly A11yFinding[]): string[] {
  return findings.map(finding => `a11y ${finding.impact} ${finding.id}: ${finding.help} (${finding.targets.join(', ')})`)
}

/** One row of `npm run check`. */
export interface AuditRow {
  readonly number: number
  readonly title: string
  readonly overflowPx: number
  readonly smallestFontPx: number
  readonly a11yViolations: number
  readonly renderMs: number
  readonly problems: readonly string[]
}

export interface AuditOptions {
  readonly viewports?: readonly { readonly name: string, readonly width: number, readonly height: number }[]
  /** Called after each slide, for progress output. */
  readonly onRow?: (row: AuditRow) => void
}

/**
 * Audits every slide of a served deck: in one browser context per viewport it opens each slide in its
 * final click state, measures it and, at the first viewport, runs axe-core. A row fails when it has problems.
 */
export async function auditDeck(newContext: (viewport: { width: number, height: number }) => Promise<BrowserContext>, baseUrl: string, deck: DeckModel, options: AuditOptions = {}): Promise<AuditRow[]> {
  const viewports = options.viewports ?? VIEWPORTS
  const pages: { name: string, page: Page, watch: PageWatch }[] = []
  for (const viewport of viewports) {
    const context = await newContext({ width: viewport.width, height: viewport.height })
    await prepareContext(context)
    const page = await context.newPage()
    pages.push({
      name: viewport.name,
      page,
      watch: watchPage(page),
    })
  }
  const rows: AuditRow[] = []
  try {
    for (const slide of deck.slides) {
      const problems: string[] = []
      let overflowPx = 0
      let smallestFontPx = Number.POSITIVE_INFINITY
      let a11yViolations = 0
      let renderMs = 0
      for (const [index, { name, page, watch }] of pages.entries()) {
        const ms = await openSlide(page, baseUrl, slide, watch)
        const measured = await measureSlide(page, slide.number)
        const tag = (problem: string) => `[${name}] ${problem}`
        problems.push(...judgeSlide(slide, measured).map(tag))
        overflowPx = Math.max(overflowPx, measured.overflowPx)
        smallestFontPx = Math.min(smallestFontPx, measured.smallestFontPx)
        if (index === 0) {
          renderMs = ms
          const findings = await auditAccessibility(page, slide.number)
          a11yViolations = findings.reduce((sum, finding) => sum + finding.targets.length, 0)
          problems.push(...problemsOfA11y(findings).map(tag))
        }
        problems.push(...problemsOfPage(watch.take()).map(tag))
      }
      const row: AuditRow = {
        number: slide.number,
        title: slide.title,
        overflowPx,
        smallestFontPx,
        a11yViolations,
        renderMs,
        problems,
      }
      rows.push(row)
      options.onRow?.(row)
    }
  }
  finally {
    await Promise.all(pages.map(({ page }) => page.context().close()))
  }
  return rows
}

export function formatAuditTable(rows: readonly AuditRow[]): string {
  const header = [
    '#',
    'title',
    'overflow px',
    'smallest font px',
    'a11y violations',
    'render ms',
    'result',
  ]
  const cells = rows.map(row => [
    String(row.number),
    row.title.length > 60
      ? `${row.title.slice(0, 59)}…`
      : row.title,
    String(row.overflowPx),
    String(row.smallestFontPx),
    String(row.a11yViolations),
    String(row.renderMs),
    row.problems.length === 0
      ? 'ok'
      : `FAIL (${row.problems.length})`,
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map(cell => cell[column]!.length)))
  const numeric = new Set([0, 2, 3, 4, 5])
  const line = (cell: string[]) => cell.map((value, column) => numeric.has(column)
    ? value.padStart(widths[column]!)
    : value.padEnd(widths[column]!)).join('  ').trimEnd()
  return [
    line(header),
    line(widths.map(width => '-'.repeat(width))),
    ...cells.map(line),
  ].join('\n')
}
