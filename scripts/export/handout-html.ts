import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SourceEntry } from '../../contract/slide-views.ts'
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

/** The apparatus, set small under the slide's text as footnotes: why a date is coarse, which note is missing. */
export function footnotesHtml(footnotes: readonly string[]): string {
  return footnotes.length > 0
    ? `<ol class="footnotes">${footnotes.map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ol>`
    : ''
}

function slideBlock(slide: SlideModel, sectionTitle: string, layout: HandoutLayout, lines: boolean): string {
  const { points, citations, footnotes } = slide.handout
  return `<article class="slide" data-slide="${slide.number}">
${slidePlaceholder(slide, layout.slideWidthMm)}
<div class="slide-text">
<h3><span class="kicker">Slide ${slide.number}${citations.length > 0
  ? ` · ${escapeHtml(citations.map(citation => citation.label).join(', '))}`
  : ''}</span>${escapeHtml(titleInSection(slide.title, sectionTitle))}</h3>
${points.length > 0
  ? `<ul class="points">${points.map(point => `<li>${escapeHtml(point)}</li>`).join('')}</ul>`
  : ''}
${footnotesHtml(footnotes)}
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

/**
 * Whether the handout shows a slide: every slide of the timed talk but the title and closing cards and
 * the timelines that open episodes (their section's heading says the same); the backup slides' sources
 * close the handout as one list.
 */
export function inHandout(slide: SlideModel): boolean {
  const { view } = slide
  return !slide.backup && view.kind !== 'title' && !(view.kind === 'timeline' && view.current !== undefined)
}

export interface HandoutSection {
  readonly title: string
  /** The question an episode asks, under its heading. */
  readonly question?: string
  readonly slides: readonly SlideModel[]
}

/** The handout's sections in order, each with the slides it shows. */
export function handoutSections(deck: DeckModel): HandoutSection[] {
  return deck.sections.map((section) => {
    const slides = section.slides.map(number => deck.slides[number - 1]!)
    const opener = slides.find(slide => slide.view.kind === 'timeline' && slide.view.question)?.view
    return {
      title: section.title,
      ...(opener?.kind === 'timeline' && opener.question
        ? { question: opener.question }
        : {}),
      slides: slides.filter(inHandout),
    }
  }).filter(section => section.slides.length > 0)
}

/** The audience handout: the slides `perPage` a page with what the speaker adds and the apparatus, then every source, once. */
export function renderHandoutHtml(deck: DeckModel, settings: HandoutSettings): string {
  const { talk } = deck
  const layout = handoutLayout(settings.perPage, settings.paper)
  const sections = handoutSections(deck).map((section) => {
    const blocks = section.slides.map(slide => slideBlock(slide, section.title, layout, settings.lines))
    const question = section.question
      ? `<p class="question">${escapeHtml(section.question)}</p>`
      : ''
    return `<section class="deck-section"><h2>${escapeHtml(section.title)}</h2>${question}\n${inRows(blocks, layout.columns)}</section>`
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
