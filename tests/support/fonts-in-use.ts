import type { Page } from 'playwright-chromium'

/** The deck's own faces, bundled from npm: no text may fall back to a system font. */
export const INTENDED_FAMILIES = ['Inter', 'Source Serif 4']

/** For each distinct family, weight and style of the elements with text of their own: the first family of their CSS font stack and the platform font that drew most glyphs. */
export async function fontsInUse(page: Page, number: number): Promise<{ element: string, intended: string, used: string }[]> {
  const probes = await page.evaluate((number) => {
    const root = document.querySelector(`.slidev-page-${number}`)!
    // Probes left on an earlier slide, which Slidev keeps mounted once shown, must not be found instead.
    document.querySelectorAll('[data-font-probe]').forEach(el => el.removeAttribute('data-font-probe'))
    const seen = new Set<string>()
    const found: { probe: string, element: string, intended: string }[] = []
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && /[a-z]/i.test(node.textContent ?? ''))
      if (!ownText || !el.checkVisibility())
        continue
      const style = getComputedStyle(el)
      const intended = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '')
      const key = `${intended}|${style.fontWeight}|${style.fontStyle}`
      if (seen.has(key))
        continue
      seen.add(key)
      const probe = String(found.length)
      el.setAttribute('data-font-probe', probe)
      found.push({ probe, element: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${key}`, intended })
    }
    return found
  }, number)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const result: { element: string, intended: string, used: string }[] = []
    for (const probe of probes) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${probe.probe}"]` })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]
      result.push({ element: probe.element, intended: probe.intended, used: main?.familyName ?? '(none)' })
    }
    return result
  }
  finally {
    await cdp.detach()
  }
}

/** Each text style of slide N that asks for a face other than the deck's, or is drawn in a fallback. */
export async function fontProblems(page: Page, number: number): Promise<string[]> {
  const fonts = await fontsInUse(page, number)
  if (fonts.length === 0)
    return ['no text on the slide']
  return fonts.flatMap((font) => {
    if (!INTENDED_FAMILIES.includes(font.intended))
      return [`${font.element} asks for ${font.intended}, not one of the deck's fonts`]
    // Chromium names the face: "Source Serif 4 SemiBold" for weight 600.
    return new RegExp(`^${font.intended}(?: |$)`).test(font.used)
      ? []
      : [`${font.element} is drawn in ${font.used}, not ${font.intended}`]
  })
}
