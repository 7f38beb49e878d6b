// Defines deckAudit.labelCrossings(svg, scale, tolerance), every line of a sequence diagram (a lifeline or an
// arrow) that runs through a label's box, with what lies between the two.
(() => {
  const { squash, round, visible } = globalThis.deckAudit

  /** A computed colour's alpha: 1 for `rgb()`, its fourth part for `rgba()` (a number: CSSOM writes `rgba(r, g, b, a)`), 0 for `none` or a paint server. */
  function alphaOf(colour) {
    const parts = /^rgba?\(([^)]+)\)$/.exec(colour)?.[1].split(',')
    return parts ? Number(parts[3] ?? 1) : 0
  }

  /** The opacity an element is composited with: its own times its ancestors', up to the SVG. */
  function opacityOf(el, svg) {
    let opacity = 1
    for (let node = el; node && node !== svg.parentNode; node = node.parentNode)
      opacity *= Number(getComputedStyle(node).opacity)
    return opacity
  }

  /** A shape that hides what is under it: filled with an opaque colour and drawn at full opacity. */
  function opaque(shape, svg) {
    const style = getComputedStyle(shape)
    return alphaOf(style.fill) * Number(style.fillOpacity) * opacityOf(shape, svg) >= 0.999
  }

  /** The points a line is drawn through, in window px: a `line`'s two ends, or points along a path. */
  function pointsOf(line) {
    const matrix = line.getScreenCTM()
    if (!matrix)
      return []
    const local = line instanceof SVGLineElement
      ? [[line.x1, line.y1], [line.x2, line.y2]].map(([x, y]) => new DOMPoint(x.baseVal.value, y.baseVal.value))
      : Array.from({ length: 33 }, (_, index) => line.getPointAtLength(line.getTotalLength() * index / 32))
    return local.map(point => point.matrixTransform(matrix))
  }

  /** The part of segment a–b inside a box (Liang–Barsky), or null when it misses the box. */
  function clip(a, b, box) {
    const dx = b.x - a.x
    const dy = b.y - a.y
    let from = 0
    let to = 1
    for (const [p, q] of [[-dx, a.x - box.left], [dx, box.right - a.x], [-dy, a.y - box.top], [dy, box.bottom - a.y]]) {
      if (p === 0 && q < 0)
        return null
      if (p < 0)
        from = Math.max(from, q / p)
      else if (p > 0)
        to = Math.min(to, q / p)
    }
    return from < to ? [{ x: a.x + from * dx, y: a.y + from * dy }, { x: a.x + to * dx, y: a.y + to * dy }] : null
  }

  const inside = (point, box) => point.x >= box.left - 0.5 && point.x <= box.right + 0.5 && point.y >= box.top - 0.5 && point.y <= box.bottom + 0.5

  /** What a line is, for a reader: a capital's lifeline or an event's arrow, by its label. */
  function nameOf(line, svg) {
    if (line.matches('.actor-line')) {
      const actor = svg.querySelector(`[data-et="participant"][data-id="${line.getAttribute('name')}"]`)
      return `the lifeline of ${squash(actor?.textContent) || line.getAttribute('name')}`
    }
    return `the arrow "${squash(line.previousElementSibling?.textContent)}"`
  }

  /** The arrow a message's label belongs to: the first message line after it. */
  function ownLine(text) {
    let node = text.nextElementSibling
    while (node?.matches('text'))
      node = node.nextElementSibling
    return node?.matches('[data-et="message"]') ? node : null
  }

  globalThis.deckAudit.labelCrossings = (svg, scale, tolerance) => {
    const lines = [...svg.querySelectorAll('line.actor-line, [data-et="message"]')].filter(visible).map(line => ({ line, points: pointsOf(line) }))
    const shapes = [...svg.querySelectorAll('rect')].filter(shape => !shape.closest('defs, marker') && visible(shape) && opaque(shape, svg))
    const crossings = []
    for (const text of svg.querySelectorAll('text')) {
      if (text.closest('defs, marker') || !visible(text) || !squash(text.textContent))
        continue
      const label = squash(text.textContent).slice(0, 50)
      const box = text.getBoundingClientRect()
      const inset = tolerance * scale
      const core = { left: box.left + inset, right: box.right - inset, top: box.top + inset, bottom: box.bottom - inset }
      for (const { line, points } of lines) {
        const pieces = line === ownLine(text) ? [] : points.slice(1).map((point, index) => clip(points[index], point, core)).filter(Boolean)
        if (pieces.length === 0)
          continue
        const under = Boolean(line.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)
        const between = shapes.filter(shape => (line.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING) && (shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING))
        const covered = pieces.every(piece => between.some(shape => piece.every(point => inside(point, shape.getBoundingClientRect()))))
        const length = Math.max(...pieces.map(([a, b]) => Math.hypot(b.x - a.x, b.y - a.y))) / scale
        crossings.push({ label, line: nameOf(line, svg), px: round(length), under, shape: covered })
      }
    }
    return crossings
  }
})()
