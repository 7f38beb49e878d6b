// Defines globalThis.measureDeckSlide(args), which measures slide N as displayed now, in canvas px, and
// globalThis.measureDeckFit(args), its overflow and overlapping texts alone. Their results' types: measure.ts.
(() => {
  const { UNRENDERED, squash, round, parentOf, visible, describe, collect, textNodes, textOverlaps, labelCrossings } = globalThis.deckAudit

  /** Rendered boxes, and HTML text's lines, outside the canvas; content cut off by its clipping box, SVG or foreignObject. */
  function findOverflow(elements, roots, canvas, scale, tolerance) {
    const beyond = (inner, outer) => Math.max(outer.left - inner.left, inner.right - outer.right, outer.top - inner.top, inner.bottom - outer.bottom) / scale
    const overflows = []
    const clipped = []
    const record = (findings, el, px) => {
      if (px > tolerance)
        findings.push({ element: describe(el), px: round(px) })
    }
    for (const el of elements) {
      if (UNRENDERED.has(el.tagName) || el.closest('defs, marker') || !visible(el))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0)
        continue
      record(overflows, el, beyond(rect, canvas))
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null
      const svgClips = svg && getComputedStyle(svg).overflow !== 'visible'
      const clipBox = el instanceof SVGElement ? (svgClips ? svg : null) : el.closest('foreignObject')
      if (clipBox)
        record(clipped, el, beyond(rect, clipBox.getBoundingClientRect()))
      if (el instanceof SVGElement)
        continue
      const style = getComputedStyle(el)
      const cutX = style.overflowX !== 'visible' ? el.scrollWidth - el.clientWidth : 0
      const cutY = style.overflowY !== 'visible' ? el.scrollHeight - el.clientHeight : 0
      record(clipped, el, Math.max(cutX, cutY))
    }
    // A word too long for its line runs out of its element's box, which stays inside the canvas: the
    // line's own box is what runs off. (An SVG's text is measured by its element above.)
    const range = document.createRange()
    for (const { node, el } of textNodes(roots)) {
      if (el instanceof SVGElement || !visible(el))
        continue
      range.selectNodeContents(node)
      const lines = [...range.getClientRects()].filter(line => line.width > 0 && line.height > 0)
      const px = Math.max(0, ...lines.map(line => beyond(line, canvas)))
      const described = describe(el)
      const same = overflows.find(finding => finding.element === described)
      if (same)
        same.px = Math.max(same.px, round(px))
      else
        record(overflows, el, px)
    }
    return { overflows, clipped }
  }

  /** Canvas px per computed px of an element: transforms up to the canvas, or an SVG's own scaling. */
  function transformScale(el, pageEl, scale) {
    let factor = 1
    for (let node = el; node && node !== pageEl; node = parentOf(node)) {
      if (node instanceof SVGGraphicsElement) {
        const ctm = node.getScreenCTM()
        return ctm ? factor * Math.hypot(ctm.a, ctm.b) / scale : factor
      }
      const transform = getComputedStyle(node).transform
      if (transform && transform !== 'none') {
        const matrix = new DOMMatrixReadOnly(transform)
        factor *= Math.hypot(matrix.a, matrix.b)
      }
    }
    return factor
  }

  /** Every visible text node: its size in canvas px and its characters; text hidden by opacity is listed. */
  function measureText(roots, pageEl, scale) {
    const runs = []
    const hiddenText = []
    for (const { el, text } of textNodes(roots)) {
      if (!visible(el)) {
        if (el.checkVisibility({ visibilityProperty: true }))
          hiddenText.push(text.slice(0, 50))
        continue
      }
      const style = getComputedStyle(el)
      const fontPx = Number.parseFloat(style.fontSize)
      const px = fontPx * transformScale(el, pageEl, scale)
      // A diagram's own text, and its key beside it, keep to the diagram label rule.
      const inDiagram = el.getRootNode() instanceof ShadowRoot || Boolean(el.closest('svg, [data-diagram-text]'))
      // 'normal' parses to NaN: the font's own spacing, never cramped.
      const lineRatio = Number.parseFloat(style.lineHeight) / fontPx
      const answer = Boolean(el.closest('[data-answer]'))
      runs.push({ element: describe(el), px: round(px), lineRatio, chars: text.replace(/\s/g, '').length, diagram: inDiagram, answer, el })
    }
    return { runs, hiddenText }
  }

  function diagramInfo(host, canvasArea, scale, tolerance) {
    const svg = host.shadowRoot?.querySelector('svg')
    // A diagram host without its SVG: nothing drawn to measure.
    if (!svg)
      return { error: 'no SVG', roleDescription: null, title: null, description: null, participants: [], events: [], areaShare: 0, crossings: [] }
    const byRef = (attribute) => {
      const ids = svg.getAttribute(attribute)?.split(/\s+/) ?? []
      return ids.length > 0 ? ids.map(id => squash(host.shadowRoot.getElementById(id)?.textContent)).join(' ') : null
    }
    const text = squash([...svg.querySelectorAll('text, foreignObject')].map(el => el.textContent).join(' '))
    // The drawn content: the viewBox as the SVG scales it into its box, not the box it may letterbox it in.
    const box = svg.getBoundingClientRect()
    const view = svg.viewBox.baseVal
    const fit = view && view.width > 0 ? Math.min(box.width / view.width, box.height / view.height) : 0
    const drawn = fit > 0 ? { width: view.width * fit, height: view.height * fit } : box
    // Each event Mermaid drew, in the order of the diagram's text (`i0`, `i1`...): a message (its
    // label just before its line) or a note. Mermaid puts notes first in the document.
    const order = el => Number(el.getAttribute('data-id')?.slice(1))
    const events = [...svg.querySelectorAll('[data-et="message"], [data-et="note"]')].sort((a, b) => order(a) - order(b))
    const labelNode = el => el.getAttribute('data-et') === 'note' ? el.querySelector('text') : el.previousElementSibling
    return {
      error: /syntax error|parse error/i.test(text) ? text.slice(0, 200) : null,
      roleDescription: svg.getAttribute('aria-roledescription'),
      title: byRef('aria-labelledby'),
      description: byRef('aria-describedby'),
      participants: [...svg.querySelectorAll('[data-et="participant"]')].map(node => (node.textContent ?? '').replace(/\s+/g, '')),
      events: events.map(el => ({
        kind: el.getAttribute('data-et'),
        from: el.getAttribute('data-from'),
        to: el.getAttribute('data-to'),
        label: squash(labelNode(el)?.textContent),
      })),
      areaShare: round((drawn.width * drawn.height) / (scale * scale) / canvasArea * 1000) / 1000,
      crossings: labelCrossings(svg, scale, tolerance),
    }
  }

  /** Slide N's page, its canvas in window px, window px per canvas px, and what is under it. */
  function slideFrame(number) {
    const pageEl = document.querySelector(`.slidev-page-${number}`)
    if (!pageEl)
      throw new Error(`slide ${number} is not in the page`)
    const canvas = pageEl.getBoundingClientRect()
    return { pageEl, canvas, scale: canvas.width / pageEl.offsetWidth, ...collect(pageEl) }
  }

  globalThis.measureDeckFit = (args) => {
    const { canvas, scale, elements, roots } = slideFrame(args.number)
    const { overflows } = findOverflow(elements, roots, canvas, scale, args.tolerance)
    return { number: args.number, overflowPx: round(Math.max(0, ...overflows.map(f => f.px))), overlaps: textOverlaps(roots, scale) }
  }

  globalThis.measureDeckSlide = (args) => {
    const { pageEl, canvas, scale, elements, roots } = slideFrame(args.number)
    const { overflows, clipped } = findOverflow(elements, roots, canvas, scale, args.tolerance)
    const { runs, hiddenText } = measureText(roots, pageEl, scale)
    const smallFonts = runs
      .map(run => ({ element: run.element, px: run.px, min: run.el.closest(args.smallSelector) ? args.minSmallFont : args.minFont }))
      .filter(finding => finding.px < finding.min - 0.05)
    const crampedLines = runs
      .filter(run => !run.diagram && run.lineRatio < args.minLineRatio)
      .map(run => ({ element: run.element, px: round(run.lineRatio * 100) / 100 }))
    const hosts = pageEl.querySelectorAll('.mermaid')
    const canvasArea = pageEl.offsetWidth * pageEl.offsetHeight
    return {
      number: args.number,
      scale: round(scale * 1000) / 1000,
      overflowPx: round(Math.max(0, ...overflows.map(f => f.px), ...clipped.map(f => f.px))),
      overflows: overflows.sort((a, b) => b.px - a.px).slice(0, 5),
      clipped: clipped.sort((a, b) => b.px - a.px).slice(0, 5),
      smallestFontPx: runs.length === 0 ? 0 : round(Math.min(...runs.map(run => run.px))),
      smallFonts: smallFonts.sort((a, b) => a.px - b.px).slice(0, 5),
      crampedLines: crampedLines.slice(0, 5),
      textRuns: runs.map(({ element, px, chars, diagram, answer }) => ({ element, px, chars, diagram, answer })),
      answers: [...pageEl.querySelectorAll('[data-answer]')].filter(visible).length,
      overlaps: textOverlaps(roots, scale),
      hiddenText: hiddenText.slice(0, 5),
      mermaidHosts: hosts.length,
      diagrams: [...hosts].map(host => diagramInfo(host, canvasArea, scale, args.tolerance)),
      errorBlocks: [...pageEl.querySelectorAll('pre')].map(pre => squash(pre.textContent).slice(0, 200)),
      badges: [...pageEl.querySelectorAll('.actor-badge')].map(badge => squash(badge.textContent)),
      text: squash(pageEl.textContent),
    }
  }
})()
