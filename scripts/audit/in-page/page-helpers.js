// Defines globalThis.deckAudit, the helpers the other in-page scripts share.
(() => {
  const UNRENDERED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'title', 'desc', 'style', 'defs', 'marker'])
  const squash = text => (text ?? '').replace(/\s+/g, ' ').trim()
  const round = px => Math.round(px * 10) / 10
  const parentOf = el => el.parentElement ?? (el.getRootNode().host ?? null)
  const visible = el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

  /** The text an element draws: without text for a screen reader alone (UnoCSS's sr-only). */
  const drawnText = el => el.querySelector?.('.sr-only')
    ? [...el.childNodes].map(node => node.nodeType === Node.TEXT_NODE ? node.textContent : node.classList?.contains('sr-only') ? '' : drawnText(node)).join('')
    : el.textContent

  function describe(el) {
    const className = el.getAttribute('class')?.trim()
    const classes = className ? `.${className.split(/\s+/).slice(0, 2).join('.')}` : ''
    const text = squash(drawnText(el)).slice(0, 50)
    return `${el.tagName.toLowerCase()}${classes}${text ? ` "${text}"` : ''}`
  }

  /** Every element under the slide, shadow roots included, and the roots themselves. */
  function collect(pageEl) {
    const elements = []
    const roots = [pageEl]
    const walk = (root) => {
      for (const child of root.children) {
        // Text for a screen reader alone (UnoCSS's sr-only, clipped to nothing) is not drawn.
        if (!child.classList.contains('sr-only'))
          elements.push(child)
        if (child.shadowRoot) {
          roots.push(child.shadowRoot)
          walk(child.shadowRoot)
        }
        walk(child)
      }
    }
    walk(pageEl)
    return { elements, roots }
  }

  /** Each text node under the roots with the element that draws it, leaving out what is never drawn. */
  function* textNodes(roots) {
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement
        const text = squash(node.textContent)
        if (el && text && !UNRENDERED.has(el.tagName) && !el.closest('title, desc, style, script, defs, .sr-only'))
          yield { node, el, text }
      }
    }
  }

  globalThis.deckAudit = { UNRENDERED, squash, round, parentOf, visible, describe, collect, textNodes }
})()
