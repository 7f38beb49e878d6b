import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { Paper } from './options.ts'
import { CANVAS_ASPECT } from '../../contract/room-rules.ts'
import { placeholderSrc, slideAltText } from './slide-figure.ts'

export const APPARATUS_HEADING = 'Notes on dates and sources'

/** Where the export's own pages and their fonts live on the local server. */
export const EXPORT_PATH = '/__export/'

/** The deck's fonts, served from node_modules/@fontsource by the export (never from a CDN). */
const FONT_STYLESHEETS = ['inter/400', 'inter/600', 'source-serif-4/400', 'source-serif-4/400-italic', 'source-serif-4/600']

export const PAPER_SIZES: Record<Paper, { readonly css: string, readonly widthMm: number, readonly heightMm: number }> = {
  a4: { css: 'A4', widthMm: 210, heightMm: 297 },
  letter: { css: 'letter', widthMm: 215.9, heightMm: 279.4 },
}

/** The margins of the handout's and the script's pages; the footer sits in the bottom one. */
export const PAGE_MARGIN_MM = { top: 14, side: 13, bottom: 16 } as const

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\'', '&#39;')
}

/** A CSS string literal, for `content:` in page margin boxes; `<` and `>` are escaped so it cannot close its `<style>`. */
export function cssString(text: string): string {
  const escaped = text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll(/[\n\r]+/g, ' ')
  return `"${escaped.replaceAll('<', '\\3C ').replaceAll('>', '\\3E ')}"`
}

/** The slide framed: a placeholder image with its alt text, which Chromium tags a Figure and the export swaps for the slide's vector page. */
export function slidePlaceholder(slide: SlideModel, widthMm: number): string {
  const height = (widthMm * CANVAS_ASPECT).toFixed(2)
  return `<div class="slide-frame" style="width:${widthMm}mm">`
    + `<img class="slide-picture" style="height:${height}mm" src="${placeholderSrc(slide.number)}" alt="${escapeHtml(slideAltText(slide))}"></div>`
}

/** A slide's title without its section's prefix, for pages that already head the section. */
export function titleInSection(slideTitle: string, sectionTitle: string): string {
  const prefix = `${sectionTitle}: `
  return slideTitle.startsWith(prefix) ? slideTitle.slice(prefix.length) : slideTitle
}

/** `8.25` minutes -> `8:15` */
export function formatClock(minutes: number): string {
  const seconds = Math.round(minutes * 60)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** A printable HTML document: the deck's fonts, page size, margins, and a footer with the talk, its date, `kind` and page numbers. */
export function printableHtml(frame: { talk: DeckModel['talk'], kind: string, paper: Paper, css: string, body: string }): string {
  const { talk, kind } = frame
  const footer = `${talk.title}: ${talk.subtitle} · ${talk.date} · ${kind}`
  const fonts = FONT_STYLESHEETS.map(sheet => `<link rel="stylesheet" href="${EXPORT_PATH}fonts/${sheet}.css">`).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${talk.title}: ${kind.toLowerCase()}`)}</title>
${fonts}
<style>
@page {
  size: ${PAPER_SIZES[frame.paper].css};
  margin: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.side}mm ${PAGE_MARGIN_MM.bottom}mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt Inter, sans-serif; color: #4a5263; vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt Inter, sans-serif; color: #4a5263; vertical-align: top; padding-top: 4mm; white-space: nowrap; }
}
:root { --ink: #1a1f2b; --muted: #4a5263; --accent: #0b4f8a; --rule: #c9ced8; --missing: #8a1c1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Inter, sans-serif; font-size: 8.5pt; line-height: 1.35; color: var(--ink); }
h1, h2, h3 { font-family: 'Source Serif 4', serif; font-weight: 600; margin: 0; break-after: avoid; }
/* With nothing after it, a heading's avoid passes to its box; chained over rows, it held whole sections off a page. */
:is(h1, h2, h3):last-child { break-after: auto; }
p, ul, ol { margin: 0; }
.slide-frame { flex: none; border: 0.5pt solid var(--rule); }
.slide-picture { display: block; width: 100%; }
.muted { color: var(--muted); }
.kicker { display: block; font-family: Inter, sans-serif; font-weight: 400; font-size: 7.5pt; color: var(--muted); margin-bottom: 0.5mm; }
${frame.css}
</style>
</head>
<body>
${frame.body}
</body>
</html>
`
}
