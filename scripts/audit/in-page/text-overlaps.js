// Defines deckAudit.textOverlaps(roots, scale), the pairs of visible texts whose boxes intersect.
(() => {
  const { round, parentOf, visible, describe, textNodes } = globalThis.deckAudit

  /** What holds a text as one: an SVG `text` with its tspans, or the nearest HTML box that is not inline. */
  function unitOf(el) {
    if (el instanceof SVGElement)
      return el.closest('text') ?? el
    for (let node = el; node; node = parentOf(node)) {
      if (!['inline', 'contents'].includes(getComputedStyle(node).display))
        return node
    }
    return el
  }

  function within(inner, outer) {
    for (let node = inner; node; node = parentOf(node)) {
      if (node === outer)
        return true
    }
    return false
  }

  const ruler = document.createElement('canvas').getContext('2d')

  /**
   * The share of a line's box above and below the ink of a text's glyphs. A line's box runs from the
   * font's ascent to its descent, room the glyphs rarely fill: large figures or the two lines of a
   * capital's name touch box to box, glyph clear of glyph.
   */
  function emptyBands(el, text) {
    const style = getComputedStyle(el)
    ruler.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const metrics = ruler.measureText(text)
    const height = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent
    const band = (font, ink) => height > 0 ? Math.max(0, font - ink) / height : 0
    const top = band(metrics.fontBoundingBoxAscent, metrics.actualBoundingBoxAscent)
    return { top, bottom: band(metrics.fontBoundingBoxDescent, metrics.actualBoundingBoxDescent) }
  }

  /**
   * The boxes of an element's own ::before and ::after, placed against it (the element positioned, they
   * absolutely): drawn with its text, as a timeline mark's leader is, so they count as part of it.
   */
  function decorations(el) {
    if (!(el instanceof HTMLElement) || el.offsetWidth === 0 || getComputedStyle(el).position === 'static')
      return []
    const rect = el.getBoundingClientRect()
    const scale = rect.width / el.offsetWidth
    return ['::before', '::after'].flatMap((pseudo) => {
      const style = getComputedStyle(el, pseudo)
      if (style.content === 'none' || style.display === 'none' || style.visibility !== 'visible' || style.position !== 'absolute')
        return []
      const px = name => Number.parseFloat(style[name]) || 0
      const framed = style.boxSizing !== 'border-box'
      const frameX = framed ? px('borderLeftWidth') + px('paddingLeft') + px('paddingRight') + px('borderRightWidth') : 0
      const frameY = framed ? px('borderTopWidth') + px('paddingTop') + px('paddingBottom') + px('borderBottomWidth') : 0
      const width = (px('width') + frameX) * scale
      const height = (px('height') + frameY) * scale
      const left = rect.left + (el.clientLeft + px('left')) * scale
      const top = rect.top + (el.clientTop + px('top')) * scale
      return width > 0 && height > 0 ? [{ left, top, right: left + width, bottom: top + height }] : []
    })
  }

  /** Each visible text, by the element holding it, with a box per line it is set on, from its glyphs' top to their bottom, in window px. */
  function textBoxes(roots) {
    const texts = new Map()
    const range = document.createRange()
    for (const { node, el, text } of textNodes(roots)) {
      if (!visible(el))
        continue
      range.selectNodeContents(node)
      const empty = emptyBands(el, text)
      const boxes = [...range.getClientRects()].filter(box => box.width > 0 && box.height > 0).map(box => ({
        left: box.left,
        right: box.right,
        top: box.top + empty.top * box.height,
        bottom: box.bottom - empty.bottom * box.height,
      }))
      const unit = unitOf(el)
      texts.set(unit, [...texts.get(unit) ?? [], ...boxes])
    }
    return [...texts].filter(([, boxes]) => boxes.length > 0).map(([unit, boxes]) => [unit, [...boxes, ...decorations(unit)]])
  }

  /** How far two sets of boxes intersect, across and down, in canvas px: the pair that overlaps most. */
  function intersection(boxes, others, scale) {
    let most = null
    for (const box of boxes) {
      for (const other of others) {
        const x = (Math.min(box.right, other.right) - Math.max(box.left, other.left)) / scale
        const y = (Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top)) / scale
        if (x > 0 && y > 0 && (!most || Math.min(x, y) > Math.min(most.x, most.y)))
          most = { x, y }
      }
    }
    return most
  }

  /** Pairs of different texts (neither inside the other) whose boxes intersect at all, the largest first; the judge sets the tolerance. */
  globalThis.deckAudit.textOverlaps = (roots, scale) => {
    const texts = textBoxes(roots)
    const found = []
    for (const [index, [first, boxes]] of texts.entries()) {
      for (const [second, others] of texts.slice(index + 1)) {
        if (within(first, second) || within(second, first))
          continue
        const most = intersection(boxes, others, scale)
        if (most)
          found.push({ first: describe(first), second: describe(second), x: round(most.x), y: round(most.y) })
      }
    }
    return found.sort((a, b) => Math.min(b.x, b.y) - Math.min(a.x, a.y)).slice(0, 10)
  }
})()
