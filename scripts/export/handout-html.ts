import type { SourceEntry } from '../../deck/slide-views.ts'
import type { DeckModel, DeckSection, DeckSlide } from '../generate/deck-model.ts'
import type { Paper } from './options.ts'
import { escapeHtml, printableHtml, slidePlaceholder, titleInSection } from './html.ts'

/** Slide width on the handout: about 0.42 of the slide's size, so its headings stay near 10 pt. */
export const HANDOUT_SLIDE_WIDTH_MM = 108

const CSS = `
.cover { margin-bottom: 5mm; padding-bottom: 3mm; border-bottom: 0.6pt solid var(--rule); }
.cover h1 { font-size: 18pt; line-height: 1.15; }
.cover .subtitle { font-family: 'Source Serif 4', serif; font-size: 12pt; margin: 1mm 0 2mm; }
.cover .thesis { margin-top: 2mm; font-family: 'Source Serif 4', serif; font-style: italic; font-size: 9.5pt; }
h2 { font-size: 12pt; color: var(--accent); margin: 4mm 0 2mm; }
.slide { display: flex; gap: 5mm; padding: 2.5mm 0; border-top: 0.4pt solid var(--rule); break-inside: avoid; }
.slide-text { flex: 1; min-width: 0; }
.slide-text h3 { font-size: 9.5pt; line-height: 1.2; margin-bottom: 1.2mm; }
.points { padding-left: 3.5mm; }
.points li { margin-bottom: 0.8mm; }
.citations { margin-top: 1.5mm; font-size: 7pt; color: var(--muted); }
.citations p { margin-bottom: 0.6mm; }
.citations b { color: var(--ink); font-weight: 600; }
.missing { color: var(--missing); }
.sources { break-before: page; }
.sources h2 { margin-top: 0; }
.sources ol { list-style: none; padding: 0; }
.sources li { margin-bottom: 1.6mm; break-inside: avoid; }
.sources .label { font-weight: 600; }
.sources .remark { font-style: italic; color: var(--muted); }
`

function citationLine(citation: { label: string, text: string, missing: boolean }): string {
  return `<p${citation.missing ? ' class="missing"' : ''}><b>${escapeHtml(citation.label)}</b> ${escapeHtml(citation.text)}</p>`
}

function slideBlock(slide: DeckSlide, section: DeckSection): string {
  const { points, citations } = slide.handout
  return `<article class="slide" data-slide="${slide.number}">
${slidePlaceholder(slide.number, HANDOUT_SLIDE_WIDTH_MM)}
<div class="slide-text">
<h3><span class="kicker">Slide ${slide.number}</span>${escapeHtml(titleInSection(slide.title, section.title))}</h3>
${points.length > 0
  ? `<ul class="points">${points.map(point => `<li>${escapeHtml(point)}</li>`).join('')}</ul>`
  : ''}
${citations.length > 0
  ? `<div class="citations">${citations.map(citationLine).join('')}</div>`
  : ''}
</div>
</article>`
}

function sourceItem(entry: SourceEntry): string {
  return `<li${entry.missing ? ' class="missing"' : ''}><span class="label">${escapeHtml(entry.label)}.</span> ${escapeHtml(entry.text)}`
    + `${entry.remark
      ? ` <span class="remark">${escapeHtml(entry.remark)}</span>`
      : ''}</li>`
}

/** Slides shown on the handout: every slide of the talk; the backup slides' source list closes the handout in full. */
export function handoutSlides(deck: DeckModel): DeckSlide[] {
  return deck.slides.filter(slide => !slide.backup)
}

/** The audience handout: slides two or three a page with their key points and citations, then every source. */
export function renderHandoutHtml(deck: DeckModel, paper: Paper): string {
  const { talk } = deck
  const shown = new Set(handoutSlides(deck).map(slide => slide.number))
  const sections = deck.sections.map((section) => {
    const slides = section.slides.filter(number => shown.has(number)).map(number => slideBlock(deck.slides[number - 1]!, section))
    return slides.length > 0
      ? `<section><h2>${escapeHtml(section.title)}</h2>\n${slides.join('\n')}</section>`
      : ''
  })
  const body = `<header class="cover">
<h1>${escapeHtml(talk.title)}</h1>
<p class="subtitle">${escapeHtml(talk.subtitle)}</p>
<p>${escapeHtml(talk.speaker)} · ${escapeHtml(talk.date)}</p>
<p class="muted">${escapeHtml(talk.venue)}</p>
<p class="thesis">${escapeHtml(talk.thesis)}</p>
</header>
${sections.join('\n')}
<section class="sources"><h2>Sources</h2>
<ol>${deck.sources.map(sourceItem).join('\n')}</ol>
</section>`
  return printableHtml({
    title: `${talk.title}: handout`,
    paper,
    footer: `${talk.title}: ${talk.subtitle} · ${talk.date} · Handout`,
    css: CSS,
    body,
  })
}
