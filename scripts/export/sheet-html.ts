import type { DeckModel } from '../../contract/deck-model.ts'
import type { HandoutSheet, ReadingEntry, SheetEpisode, SheetEvent, SheetQuote } from '../../contract/handout-sheet.ts'
import type { ActorView, ComparisonSide, LedgerRow, MapView } from '../../contract/slide-views.ts'
import type { Paper } from './options.ts'
import { escapeHtml, PAGE_MARGIN_MM, PAPER_SIZES, printableHtml } from './html.ts'
import { SHEET_CSS } from './sheet-css.ts'
import { mapSvg, stepLetter, timelineSvg } from './sheet-figures.ts'

/** The map's width on the sheet, in millimetres: a column beside the ledger and the map's events. */
const MAP_WIDTH_MM = 56

/** What the map's marks mean, each beside a sample of the mark. */
const MAP_LEGEND = `<ul class="map-legend">${([
  [14, '<line x1="0" y1="5" x2="14" y2="5" stroke="#1a1f2b" stroke-width="1.4"/>', 'the border with China'],
  [14, '<line x1="0" y1="5" x2="14" y2="5" stroke="#1a1f2b" stroke-width="1.4" stroke-dasharray="3 2"/>', 'the 38th parallel'],
  [10, '<circle cx="5" cy="5" r="4.5" fill="#5c6577"/><text x="5" y="7.4" text-anchor="middle" font-size="6.5" font-weight="600" fill="#ffffff">a</text>', 'an event, in order'],
] as const).map(([width, mark, meaning]) => `<li><svg width="${width}" height="10" viewBox="0 0 ${width} 10" aria-hidden="true">${mark}</svg>${meaning}</li>`).join('')}</ul>`

/** A capital by name beside its colour's swatch: the name, printed black, tells it apart in greyscale too. */
function actorName(actor: ActorView): string {
  return `<span class="actor"><span class="swatch" style="background:${actor.color}" aria-hidden="true"></span><b>${escapeHtml(actor.name)}</b></span>`
}

/** A venue line, each of its comma-separated parts kept whole where the column allows: it wraps after a comma, not inside `Room SD 226`. */
function venueLine(line: string): string {
  return `<p>${line.split(/(?<=,) /).map(part => `<span class="venue-part">${escapeHtml(part)}</span>`).join(' ')}</p>`
}

function comparisonSide(side: ComparisonSide, kind: string): string {
  return `<div class="side-of ${kind}"><h3>${escapeHtml(side.heading)}</h3><ul>${side.points.map(point => `<li>${escapeHtml(point)}</li>`).join('')}</ul></div>`
}

/** Who had the final say; one that passed on, a line a turn led by the date it starts from, the dates in a column of their own. */
function finalSay(row: LedgerRow): string {
  const dated = row.finalSay.some(turn => turn.when)
  const turns = row.finalSay.map(turn => `${dated ? `<span class="when">${escapeHtml(turn.when)}</span> ` : ''}`
    + `<span class="turn-of-say">${turn.who.map(actorName).join(' ')}</span>`).join(' ')
  return dated ? `<span class="turns">${turns}</span>` : turns
}

function ledgerRow(row: LedgerRow, title: string): string {
  const say = finalSay(row)
  return `<tr><th scope="row"><span class="episode-name"><span class="number">${row.number}</span> `
    + `<span>${escapeHtml(title)}<span class="period">${escapeHtml(row.period)}</span></span></span></th>`
    + `<td class="say">${say}</td><td class="lesson">${escapeHtml(row.lesson)}</td></tr>`
}

/** The map's events, lettered as on the map, and what its marks mean. */
function mapEvents(map: MapView): string {
  const steps = map.steps.map(step => `<li><span class="step-number" style="background:${step.from.ink}">${stepLetter(step)}</span>`
    + `<span class="step-date">${escapeHtml(step.date)}</span> <span class="step-what"><b>${escapeHtml(step.from.name)}</b> ${escapeHtml(step.label)}</span></li>`)
  return `<section class="war-map"><h2>${escapeHtml(map.heading)}</h2><ol class="map-steps">${steps.join('')}</ol>${MAP_LEGEND}</section>`
}

function front(deck: DeckModel, sheet: HandoutSheet, paper: Paper): string {
  const { talk } = deck
  const titles = new Map(sheet.episodes.map(episode => [episode.number, episode.title]))
  return `<section class="page front">
<header class="masthead">
<div class="masthead-title"><h1>${escapeHtml(talk.title)}</h1><p class="subtitle">${escapeHtml(talk.subtitle)}</p></div>
<div class="masthead-talk"><p class="speaker">${escapeHtml(talk.speaker)}</p>${sheet.venue.map(venueLine).join('')}<p class="date">${escapeHtml(talk.date)}</p></div>
</header>
<section class="argument"><h2 class="kicker-heading">The argument</h2>
<p class="thesis">${escapeHtml(talk.thesis)}</p>
<div class="comparison">${comparisonSide(sheet.comparison.enemies, 'enemies')}${comparisonSide(sheet.comparison.allies, 'allies')}</div>
</section>
<section class="decade"><h2>${escapeHtml(sheet.timeline.heading)}</h2>${timelineSvg(sheet.timeline, PAPER_SIZES[paper].widthMm - 2 * PAGE_MARGIN_MM.side)}</section>
<div class="lower${sheet.map ? ' with-map' : ''}"><div class="lower-text">
${sheet.map ? mapEvents(sheet.map) : ''}
<section class="ledger"><h2>${escapeHtml(sheet.ledger.heading)}</h2>
<table><thead><tr><th scope="col">Episode</th><th scope="col">Final say</th><th scope="col">As Pyongyang saw it</th></tr></thead>
<tbody>${sheet.ledger.rows.map(row => ledgerRow(row, titles.get(row.number) ?? '')).join('')}</tbody></table>
</section>
</div>${sheet.map ? mapSvg(sheet.map, MAP_WIDTH_MM) : ''}</div>
</section>`
}

/** The turning point as the diagram draws it; `to`, not `→`: the deck's Inter subsets have no arrow, which would print in a fallback font. */
function turningPoint(event: SheetEvent): string {
  return `<div class="turning-point"><p class="kicker">Turning point</p><p class="turn-date">${escapeHtml(event.date)}</p>`
    + `<p class="turn-who">${actorName(event.from)}${event.to ? ` to ${actorName(event.to)}` : ''}</p>`
    + `<p class="turn-label">${escapeHtml(event.label)}</p></div>`
}

function quote(item: SheetQuote): string {
  return `<blockquote><p><span class="quote-text">“${escapeHtml(item.text)}”</span> <span class="quote-cite">${escapeHtml(item.attribution)} · ${escapeHtml(item.source)}</span></p></blockquote>`
}

function episode(item: SheetEpisode): string {
  // Each answer a sentence: the diagrams state them without a full stop.
  const decided = item.decided.map(text => /[.!?]$/.test(text) ? text : `${text}.`).join(' ')
  return `<li class="episode">${turningPoint(item.turningPoint)}<div class="episode-text">
<h3><span class="number">${item.number}</span> ${escapeHtml(item.title)} <span class="period">${escapeHtml(item.period)}</span></h3>
<p class="question">${escapeHtml(item.question)}</p>
<p class="decided">${escapeHtml(decided)}</p>
${item.quotes.map(quote).join('')}
</div></li>`
}

function readingItem(entry: ReadingEntry): string {
  const episodes = entry.episodes.map(number => `<span class="number">${number}</span>`).join('')
  return `<li><span class="reading-episodes">${episodes}</span><span class="reading-work">${escapeHtml(entry.citation)} <span class="reading-note">${escapeHtml(entry.source)}</span></span></li>`
}

function back(sheet: HandoutSheet): string {
  // Works of the whole decade first, then by the first episode they bear on; the sort is stable, so each group keeps the notes' order.
  const reading = sheet.reading.toSorted((a, b) => (a.episodes[0] ?? 0) - (b.episodes[0] ?? 0))
  return `<section class="page back">
<section class="decisions"><h2>Who decided</h2>
<ol class="episodes">${sheet.episodes.map(episode).join('\n')}</ol></section>
${sheet.reading.length > 0
  ? `<section class="reading"><h2>Further reading</h2><p class="reading-lead">Works the talk draws on; the numbers are the episodes they bear on.${
    sheet.essay ? ` n. = a note of ${escapeHtml(sheet.essay)}` : ''}</p>
<ol>${reading.map(readingItem).join('\n')}</ol></section>`
  : ''}
<section class="caveat"><h2 class="kicker-heading">On the evidence</h2><p>${escapeHtml(sheet.caveat.text)} <span class="reading-note">${escapeHtml(sheet.caveat.source)}</span></p></section>
</section>`
}

/** The sheet is one sheet of paper printed both sides. */
export const SHEET_PAGES = 2

/** What the export says when the printed sheet runs past one sheet (a dataset grown longer), else nothing. */
export function sheetLengthWarning(pages: number): string | undefined {
  return pages > SHEET_PAGES ? `handout: ${pages} pages, more than one sheet printed both sides (${SHEET_PAGES}); written all the same` : undefined
}

/** The handout the audience keeps: one sheet, both sides, made from the deck model's `sheet`. */
export function renderSheetHtml(deck: DeckModel, paper: Paper): string {
  const { talk, sheet } = deck
  return printableHtml({ talk, kind: 'Handout', paper, css: SHEET_CSS, body: `${front(deck, sheet, paper)}\n${back(sheet)}` })
}
