import type { MapPlace, MapStep, MapView, TimelineBand, TimelineMark, TimelineView } from '../../contract/slide-views.ts'
import { nameRaised } from '../../contract/slide-views.ts'
import { escapeHtml } from './html.ts'

/** Points to millimetres: the sheet's SVGs are drawn in millimetres, their type set in points. */
const PT = 0.3528

/** The timeline's rows and its 7 pt type, in millimetres; `inset` leaves room either side of the axis for a label at 0 or 1. */
const TIMELINE = { markRow: 3.4, axis: 4.2, bandRow: 4.2, bandBar: 3.2, gap: 1.2, inset: 0.6, font: 7 * PT } as const

function rowsOn(marks: readonly TimelineMark[], side: TimelineMark['side']): number {
  return Math.max(-1, ...marks.filter(mark => mark.side === side).map(mark => mark.row)) + 1
}

const mm = (value: number) => Number(value.toFixed(2))

/** A turning point: its leader from the axis to its row, its label beside the leader's end. */
function markSvg(mark: TimelineMark, x: number, axisTop: number, axisBottom: number): string {
  const { markRow, font } = TIMELINE
  const above = mark.side === 'above'
  const rowBaseline = above ? axisTop - mark.row * markRow - 0.9 : axisBottom + (mark.row + 1) * markRow - 0.9
  const leaderEnd = above ? rowBaseline - font * 0.8 : rowBaseline
  const textX = mark.align === 'start' ? x + 0.9 : x - 0.9
  return `<line class="tl-leader" x1="${mm(x)}" x2="${mm(x)}" y1="${mm(above ? axisTop : axisBottom)}" y2="${mm(leaderEnd)}"/>`
    + `<text class="tl-mark" x="${mm(textX)}" y="${mm(rowBaseline)}" text-anchor="${mark.align}">${escapeHtml(mark.label)}</text>`
}

function bandSvg(band: TimelineBand, left: (at: number) => number, top: number): string {
  const { bandBar, font } = TIMELINE
  const x1 = left(band.from)
  const x2 = left(band.to)
  const baseline = top + bandBar / 2 + font * 0.36
  const [className, x, anchor] = ({
    inside: [' tl-band-inside', x1 + 1, ''],
    after: ['', x2 + 1, ''],
    before: ['', x1 - 1, ' text-anchor="end"'],
  } as const)[band.label]
  const label = `<tspan class="tl-band-number">${band.number}</tspan> ${escapeHtml(band.title)}`
  return `<rect class="tl-bar" x="${mm(x1)}" y="${mm(top)}" width="${mm(x2 - x1)}" height="${bandBar}" rx="0.6"/>`
    + `<text class="tl-band-label${className}" x="${mm(x)}" y="${mm(baseline)}"${anchor}>${label}</text>`
}

/** The decade's timeline for paper, `widthMm` wide: the same marks, rows and bands as the slide's. */
export function timelineSvg(view: TimelineView, widthMm: number): string {
  const { markRow, axis, font, bandRow, gap, inset } = TIMELINE
  const above = rowsOn(view.marks, 'above')
  const below = rowsOn(view.marks, 'below')
  const axisTop = above * markRow + gap
  const axisBottom = axisTop + axis
  const bandsTop = axisBottom + below * markRow + gap * 2
  const height = bandsTop + view.bands.length * bandRow
  const left = (at: number) => inset + at * (widthMm - 2 * inset)
  const years = view.years.map((tick, index) => `<text class="tl-year" x="${mm(left(tick.at) + (index === 0 ? 1 : 0))}" y="${mm(axisTop + axis / 2 + font * 0.36)}" text-anchor="${index === 0 ? 'start' : 'middle'}">${tick.year}</text>`)
  const description = `Timeline from ${view.years[0]?.year ?? ''}: ${view.marks.map(mark => mark.label).join('; ')}. `
    + `Episodes: ${view.bands.map(band => `${band.number}. ${band.title}, ${band.period}`).join('; ')}.`
  return `<svg class="sheet-timeline" viewBox="0 0 ${widthMm} ${mm(height)}" width="${widthMm}mm" height="${mm(height)}mm" role="img" aria-label="${escapeHtml(description)}">`
    + `<rect class="tl-axis" x="0" y="${mm(axisTop)}" width="${widthMm}" height="${axis}" rx="0.8"/>${years.join('')}`
    + `${view.marks.map(mark => markSvg(mark, left(mark.at), axisTop, axisBottom)).join('')}`
    + `${view.bands.map((band, index) => bandSvg(band, left, bandsTop + index * bandRow)).join('')}</svg>`
}

/** The map's type and marks, in the map's own units (its viewBox): about 8 pt type on a map some 60 mm wide. */
const MAP = { font: 12.5, badge: 7.5, dot: 4.5, gap: 3 } as const

/** A map event's letter, `a` for its first: the sheet numbers the episodes (❶–❹), so letters tell the map's events apart from them. */
export function stepLetter(step: MapStep): string {
  return String.fromCharCode(96 + step.step)
}

/** An event's letter in a disc of its sender's ink, centred on (x, y). */
function badgeSvg(step: MapStep, x: number, y: number): string {
  return `<circle class="map-badge" cx="${mm(x)}" cy="${mm(y)}" r="${MAP.badge}" style="fill:${step.from.ink}"/>`
    + `<text class="map-badge-number" x="${mm(x)}" y="${mm(y + MAP.font * 0.3)}" text-anchor="middle">${stepLetter(step)}</text>`
}

/** A place's dot, the numbers of the events there, and its name, the numbers between dot and name; `raised`, the name above and clear of the dot. */
function placeSvg(place: MapPlace, steps: readonly MapStep[], raised: boolean): string {
  const { font, badge, dot, gap } = MAP
  const direction = place.side === 'left' ? -1 : 1
  const badges = steps.map((step, index) => badgeSvg(step, place.x + direction * (dot + gap + badge + index * (2 * badge + 2)), place.y)).join('')
  const nameX = place.x + direction * ((raised ? 2 : 1) * dot + gap + steps.length * (2 * badge + 2) + (steps.length > 0 ? gap : 0))
  // A river has no dot, and its name runs along its course from its point, above the events' numbers, as on the slide.
  if (place.river !== undefined)
    return `${badges}<text class="map-name map-river" x="${mm(place.x + 2 * badge)}" y="${mm(place.y - badge - 2)}" transform="rotate(${place.river} ${place.x} ${place.y})">${escapeHtml(place.name)}</text>`
  return `<circle class="map-dot" cx="${place.x}" cy="${place.y}" r="${dot}" style="fill:${place.color ?? '#1a1f2b'}"/>${
    badges
  }<text class="map-name" x="${mm(nameX)}" y="${mm(place.y + font * (raised ? -0.45 : 0.35))}" text-anchor="${place.side === 'left' ? 'end' : 'start'}">${escapeHtml(place.name)}</text>`
}

/** The point a third of the way along a route: clear of the places at its ends, inside the map's frame. */
function alongRoute(route: readonly { readonly x: number, readonly y: number }[]): { x: number, y: number } {
  const legs = route.slice(1).map((point, index) => ({ from: route[index]!, to: point, length: Math.hypot(point.x - route[index]!.x, point.y - route[index]!.y) }))
  let rest = legs.reduce((sum, leg) => sum + leg.length, 0) / 3
  for (const { from, to, length } of legs) {
    if (rest <= length)
      return { x: from.x + (to.x - from.x) * rest / length, y: from.y + (to.y - from.y) * rest / length }
    rest -= length
  }
  return route.at(-1)!
}

/** A movement's arrow along its route, shaft and head in its sender's ink, its event's letter a third of the way along. */
function routeSvg(step: MapStep, route: readonly { readonly x: number, readonly y: number }[]): string {
  const at = alongRoute(route)
  return `<path class="map-route" d="M${route.map(point => `${mm(point.x)},${mm(point.y)}`).join(' L')}" marker-end="url(#sheet-arrow-${step.id})" style="stroke:${step.from.ink}"/>${
    badgeSvg(step, at.x, at.y)}`
}

/** Roughly how far a place's badges and name reach from its dot, in the map's units. */
function labelReach(place: MapPlace, steps: number): number {
  const { font, badge, dot, gap } = MAP
  return dot + gap + steps * (2 * badge + 2) + gap + place.name.length * font * 0.62
}

/** The part of the map the sheet shows: the peninsula and every place with its label, the sea beyond cut away to make the map larger. */
function mapFrame(view: MapView): { x: number, width: number } {
  const xs = [...view.map.peninsula.matchAll(/(-?[\d.]+),-?[\d.]+/g)].map(match => Number(match[1]))
  const reach = view.places.flatMap((place) => {
    const extent = labelReach(place, view.steps.filter(step => step.place === place.id).length)
    return place.side === 'left' ? [place.x - extent, place.x] : [place.x, place.x + extent]
  })
  const padding = 12
  const from = Math.max(0, Math.min(...xs, ...reach) - padding)
  const to = Math.min(view.map.width, Math.max(...xs, ...reach) + padding)
  return { x: mm(from), width: mm(to - from) }
}

/** The map for paper, `widthMm` wide, in its final state: every place named, each event's letter at its place. */
export function mapSvg(view: MapView, widthMm: number): string {
  const { map } = view
  const frame = mapFrame(view)
  const height = widthMm * map.height / frame.width
  const description = `Map of the Korean peninsula: the 38th parallel, the Yalu border with China, and ${view.places.map(place => place.name).join(', ')}; the letters mark the events listed beside it.`
  return `<svg class="sheet-map" viewBox="${frame.x} 0 ${frame.width} ${map.height}" width="${mm(widthMm)}mm" height="${mm(height)}mm" role="img" aria-label="${escapeHtml(description)}">`
    + `<rect class="map-sea" width="${map.width}" height="${map.height}"/>`
    + `${map.land.map(land => `<path class="map-land" d="${land}"/>`).join('')}<path class="map-peninsula" d="${map.peninsula}"/>`
    // A head per movement, in its sender's ink, as the slide's map draws them (layouts/map.vue).
    + `<defs>${view.steps.filter(step => step.route).map(step => `<marker id="sheet-arrow-${step.id}" viewBox="0 0 10 10" refX="7" refY="5" markerWidth="4" markerHeight="4" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${step.from.ink}"/></marker>`).join('')}</defs>`
    + `<path class="map-border" d="${map.border}"/><path class="map-parallel" d="${map.parallel.path}"/>`
    // The line's west end, where the slide names it, lies outside the sheet's crop: named at the east edge.
    + `<text class="map-parallel-label" x="${mm(frame.x + frame.width - 4)}" y="${map.parallel.y - 6}" text-anchor="end">38th parallel</text>`
    + `${view.steps.map(step => step.route ? routeSvg(step, step.route) : '').join('')}`
    + `${view.places.map(place => placeSvg(place, view.steps.filter(step => step.place === place.id), nameRaised(place, view.steps))).join('')}</svg>`
}

/** The figures' CSS: ink, not colour, carries every distinction, so the sheet reads in greyscale. */
export const SHEET_FIGURES_CSS = `
.sheet-timeline, .sheet-map { display: block; }
.sheet-timeline { overflow: visible; }
.sheet-map { overflow: hidden; }
.tl-axis { fill: #2b3445; }
.tl-year { font: 600 ${TIMELINE.font}px Inter, sans-serif; fill: #ffffff; }
.tl-leader { stroke: #2b3445; stroke-width: 0.3; }
.tl-mark { font: 600 ${TIMELINE.font}px Inter, sans-serif; fill: var(--ink); }
.tl-bar { fill: #5c6577; }
.tl-band-label { font: 400 ${TIMELINE.font}px Inter, sans-serif; fill: var(--ink); }
.tl-band-inside { fill: #ffffff; }
.tl-band-number { font-weight: 600; }
.map-sea { fill: #f3f6f9; }
.map-land { fill: #e9e9e5; stroke: #b9b9b2; stroke-width: 0.8; }
.map-peninsula { fill: #d6d3c9; stroke: #6b6b63; stroke-width: 1.1; }
.map-border { fill: none; stroke: #1a1f2b; stroke-width: 2; }
.map-parallel { fill: none; stroke: #1a1f2b; stroke-width: 2; stroke-dasharray: 6 4; }
/* No halo: Chromium prints stroked text as unnamed Type 3 glyphs, not in the deck's fonts. */
.map-parallel-label, .map-name { font: 600 ${MAP.font}px Inter, sans-serif; fill: var(--ink); }
.map-river { font: italic 400 ${MAP.font}px 'Source Serif 4', serif; }
.map-dot { stroke: #1a1f2b; stroke-width: 1.4; }
.map-route { fill: none; stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
.map-badge-number { font: 600 ${MAP.font * 0.85}px Inter, sans-serif; fill: #ffffff; }
`
