import type { Paper, PerPage } from './options.ts'
import { readFileSync } from 'node:fs'
import { CANVAS_ASPECT } from '../../contract/room-rules.ts'
import { PAGE_MARGIN_MM, PAPER_SIZES } from './html.ts'

/**
 * Room kept on every page for one section heading, so headings never push a slide over: the heading (12 pt on 1.35, padded 4 mm:
 * 9.7 mm) and its episode's question under it (at most 10 pt on 1.35, and 1 mm: 5.8 mm).
 */
const HEADING_ROOM_MM = 16
/** Space between a slide and its text, and between rows. */
const GAP_MM = 5
const ROW_PADDING_MM = 3

/**
 * `text`: `beside`, the slide left and its text right, or `below`, the text under the slide; `ruledShare`, the slide's share of the
 * width with ruled lines, where it is less: two slides, their text and lines for notes fit a page when each slide takes half of it.
 */
const SHAPES: Record<PerPage, { text: 'beside' | 'below', columns: 1 | 2, fontPt: number, widthShare: number, ruledShare?: number }> = {
  1: { text: 'below', columns: 1, fontPt: 10, widthShare: 0.85 },
  2: { text: 'below', columns: 1, fontPt: 9.5, widthShare: 0.72, ruledShare: 0.5 },
  3: { text: 'beside', columns: 1, fontPt: 8, widthShare: 0.5 },
  4: { text: 'below', columns: 2, fontPt: 8, widthShare: 1, ruledShare: 0.75 },
  6: { text: 'beside', columns: 1, fontPt: 7.5, widthShare: 0.4 },
}

const round = (mm: number) => Math.floor(mm * 10) / 10

export type HandoutLayout = ReturnType<typeof handoutLayout>

/** How big the slides are and how tall their rows (`rowMm`, so `perPage` rows fill a page), for `perPage` slides a page on `paper`. */
export function handoutLayout(perPage: PerPage, paper: Paper, lines = false) {
  const { text, columns, fontPt, widthShare: unruled, ruledShare } = SHAPES[perPage]
  const widthShare = lines ? ruledShare ?? unruled : unruled
  const { widthMm, heightMm } = PAPER_SIZES[paper]
  const rowMm = round((heightMm - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom - HEADING_ROOM_MM) / (perPage / columns))
  const columnWidth = (widthMm - 2 * PAGE_MARGIN_MM.side - (columns - 1) * GAP_MM) / columns
  const tallest = text === 'beside' ? (rowMm - ROW_PADDING_MM - 1) / CANVAS_ASPECT : Number.POSITIVE_INFINITY
  const page = { widthMm: widthMm - 2 * PAGE_MARGIN_MM.side, heightMm: heightMm - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom }
  return { perPage, text, columns, slideWidthMm: round(Math.min(columnWidth * widthShare, tallest)), rowMm, fontPt, page }
}

export function handoutCss(layout: HandoutLayout, lines: boolean): string {
  const beside = layout.text === 'beside'
  // One slide a page: a page each. Otherwise a row is as tall as its slide and text, so short text lets a page take one more (the
  // handout stays compact), and long text may go on over the page, never away from its slide (text under a slide keeps to it; a
  // frame beside its text must not, as its avoid would pass to the row and chain the rows off a page); with ruled lines, a row is
  // never split, and in-page/fill-ruled-pages.js stretches the rows of each page to its foot, the lines filling what their text leaves. The body
  // is the page’s width on screen too, where that script measures it.
  const rowHeight = layout.perPage === 1 ? 'break-after: page;' : lines ? 'break-inside: avoid;' : ''
  return `
body { font-size: ${layout.fontPt}pt; ${lines ? `width: ${layout.page.widthMm}mm;` : ''} }
.cover { margin-bottom: 3mm; padding-bottom: 2mm; border-bottom: 0.6pt solid var(--rule); }
.cover h1 { font-size: 17pt; line-height: 1.15; }
.cover .subtitle { font-family: 'Source Serif 4', serif; font-size: 11.5pt; margin: 0.5mm 0 1mm; }
.cover .thesis { margin-top: 2mm; font-family: 'Source Serif 4', serif; font-weight: 600; font-size: 13pt; line-height: 1.25; }
.section-start { break-inside: avoid; }
.section-start > h2 { font-size: 12pt; color: var(--accent); padding: 2.5mm 0 1.5mm; }
.row { display: flex; gap: ${GAP_MM}mm; }
.row > .slide { flex: none; width: calc((100% - ${GAP_MM}mm) / 2); }
.slide { display: flex; flex-direction: ${beside ? 'row' : 'column'}; align-items: flex-start; gap: ${beside ? GAP_MM : 2}mm; padding: ${ROW_PADDING_MM / 2}mm 0;
  border-top: 0.4pt solid var(--rule); ${rowHeight} }
.slide-text { flex: 1; align-self: stretch; min-width: 0; display: flex; flex-direction: column; }
.slide-text h3 { font-size: ${layout.fontPt + 1}pt; line-height: 1.2; margin-bottom: 1mm; break-inside: avoid; }
.slide > .slide-frame { order: -1; ${beside ? '' : 'break-after: avoid;'} }
.points { padding-left: 3.5mm; }
ol.points { padding-left: 4.5mm; }
.points li { margin-bottom: 0.6mm; break-inside: avoid; }
.footnotes { margin-top: 1mm; padding-left: 3.5mm; font-size: ${layout.fontPt - 1}pt; color: var(--muted); }
.footnotes li { margin-bottom: 0.4mm; break-inside: avoid; }
.section-start > .question { font-family: 'Source Serif 4', serif; font-style: italic; margin: -0.5mm 0 1.5mm; }
.lines { flex: 1 1 0; height: 0; min-height: 14mm; overflow: hidden; margin-top: 1.5mm; }
.lines div { height: 7mm; border-bottom: 0.4pt solid var(--rule); }
.missing { font-style: italic; }
.sources { break-before: page; font-size: 8.5pt; }
.sources h2 { margin-top: 0; font-size: 12pt; color: var(--accent); margin-bottom: 2mm; }
.sources ol { list-style: none; padding: 0; }
.sources li { margin-bottom: 1.6mm; break-inside: avoid; }
.sources .label { font-weight: 600; }
.apparatus { margin-top: 5mm; color: var(--muted); }
.apparatus h3 { font-size: 9.5pt; color: var(--ink); margin: 2mm 0 1mm; }
.apparatus .footnotes { font-size: 8pt; }
.apparatus .lead-in { font-weight: 600; color: var(--ink); }
`
}

const FILL_RULED_PAGES = readFileSync(new URL('./in-page/fill-ruled-pages.js', import.meta.url), 'utf8')

/** The script that puts `perPage` slides on each page with ruled lines, their lines reaching its foot (less 3 mm for rounding). */
export function fillPagesScript(layout: HandoutLayout): string {
  return `<script data-room-mm="${layout.page.heightMm - 3}" data-rows="${layout.perPage / layout.columns}">${FILL_RULED_PAGES}</script>`
}

/** Ruled lines for notes: more than any row needs, clipped to the room left in it. */
export const RULED_LINES = `<div class="lines" aria-hidden="true">${'<div></div>'.repeat(36)}</div>`
