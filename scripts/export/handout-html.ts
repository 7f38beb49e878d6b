import type { Citation, DeckModel, HandoutText, SlideModel, SourceEntry } from '../../contract/deck-model.ts'
import type { HandoutLayout } from './handout-layout.ts'
import type { Paper, PerPage } from './options.ts'
import { handoutCss, handoutLayout, ruledLines } from './handout-layout.ts'
import { escapeHtml, printableHtml, slidePlaceholder, titleInSection } from './html.ts'

export interface HandoutSettings {
  readonly paper: Paper
  readonly perPage: PerPage
  /** Ruled lines for the audience's notes. */
  readonly lines: boolean
}

/**
 * What the handout says beside a slide: the one place its text comes from, so a better source
 * (what the slide does not say itself) replaces it here and only here.
 */
export function handoutText(slide: SlideModel): HandoutText {
  return slide.handout
}

function citationLine(citation: Citation): string {
  return `<p${citation.missing ? ' class="missing"' : ''}><b>${escapeHtml(citation.label)}</b> ${escapeHtml(citation.text)}</p>`
}

function slideBlock(slide: SlideModel, sectionTitle: string, layout: HandoutLayout, lines: boolean): string {
  const { points, citations } = handoutText(slide)
  return `<article class="slide" data-slide="${slide.number}">
${slidePlaceholder(slide, layout.slideWidthMm)}
<div class="slide-text">
<h3><span class="kicker">Slide ${slide.number}</span>${escapeHtml(titleInSection(slide.title, sectionTitle))}</h3>
${points.length > 0
  ? `<ul class="points">${points.map(point => `<li>${escapeHtml(point)}</li>`).join('')}</ul>`
  : ''}
${citations.length > 0
  ? `<div class="citations">${citations.map(citationLine).join('')}</div>`
  : ''}
${lines
  ? ruledLines()
  : ''}
</div>
</article>`
}

/** Two columns print as rows of two slides, each row kept on one page. */
function inRows(blocks: readonly string[], columns: 1 | 2): string {
  if (columns === 1)
    return blocks.join('\n')
  const rows: string[] = []
  for (let index = 0; index < blocks.length; index += columns)
    rows.push(`<div class="row">${blocks.slice(index, index + columns).join('\n')}</div>`)
  return rows.join('\n')
}

function sourceItem(entry: SourceEntry): string {
  return `<li${entry.missing ? ' class="missing"' : ''}><span class="label">${escapeHtml(entry.label)}.</span> ${escapeHtml(entry.text)}`
    + `${entry.remark
      ? ` <span class="remark">${escapeHtml(entry.remark)}</span>`
      : ''}</li>`
}

function isBackup(slide: SlideModel): boolean {
  return slide.backup
}

/** Slides shown on the handout: every slide but the sources slides, whose list closes the handout in full. */
export function handoutSlides(deck: DeckModel): SlideModel[] {
  return deck.slides.filter(slide => slide.view.kind !== 'sources')
}

export interface HandoutSection {
  readonly title: string
  readonly slides: readonly SlideModel[]
}

/** The handout's sections in order, each with the slides it shows; backup slides gather in a last "Backup" section. */
export function handoutSections(deck: DeckModel): HandoutSection[] {
  const shown = new Set(handoutSlides(deck).map(slide => slide.number))
  const slidesOf = (numbers: readonly number[]) => numbers.filter(number => shown.has(number)).map(number => deck.slides[number - 1]!)
  const sections = deck.sections.map(section => ({
    title: section.title,
    slides: slidesOf(section.slides).filter(slide => !isBackup(slide)),
  }))
  const backup = handoutSlides(deck).filter(isBackup)
  return [
    ...sections,
    { title: 'Backup', slides: backup },
  ].filter(section => section.slides.length > 0)
}

/** The audience handout: the slides `perPage` a page with what the speaker adds and the citations, then every source. */
export function renderHandoutHtml(deck: DeckModel, settings: HandoutSettings): string {
  const { talk } = deck
  const layout = handoutLayout(settings.perPage, settings.paper)
  const sections = handoutSections(deck).map((section) => {
    const blocks = section.slides.map(slide => slideBlock(slide, section.title, layout, settings.lines))
    return `<section class="deck-section"><h2>${escapeHtml(section.title)}</h2>\n${inRows(blocks, layout.columns)}</section>`
  })
  const body = `<header class="cover">
<h1>${escapeHtml(talk.title)}</h1>
<p class="subtitle">${escapeHtml(talk.subtitle)}</p>
<p>${escapeHtml(talk.speaker)} · ${escapeHtml(talk.date)} · ${escapeHtml(talk.venue)}</p>
<p class="thesis">${escapeHtml(talk.thesis)}</p>
</header>
${sections.join('\n')}
<section class="sources"><h2>Sources</h2>
<ol>${deck.sources.map(sourceItem).join('\n')}</ol>
</section>`
  return printableHtml({
    title: `${talk.title}: handout`,
    paper: settings.paper,
    footer: `${talk.title}: ${talk.subtitle} · ${talk.date} · Handout`,
    css: handoutCss(layout, settings.lines),
    body,
  })
}
