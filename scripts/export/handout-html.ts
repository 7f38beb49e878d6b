import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SourceEntry } from '../../contract/slide-views.ts'
import type { HandoutLayout } from './handout-layout.ts'
import type { ExportOptions } from './options.ts'
import { sourceLine } from '../generate/deck-context.ts'
import { fillPagesScript, handoutCss, handoutLayout, RULED_LINES } from './handout-layout.ts'
import { APPARATUS_HEADING, escapeHtml, printableHtml, slidePlaceholder, titleInSection } from './html.ts'
import { footnoteNote } from './script-apparatus.ts'

/** The headlines a slide prints: its title and heading, and a decision slide's answer, which heads it from its last click, as its picture shows. */
function headlines(slide: SlideModel): string[] {
  const { view } = slide
  return [slide.title, ...('heading' in view && view.heading ? [view.heading] : []), ...(view.kind === 'decision' ? [view.answer] : [])]
}

/**
 * The points the handout prints beside a slide, each opening with a capital: each but one that repeats a headline of the slide (a
 * diagram's answer, its last point);
 * points numbered 1., 2., … in order (the timeline's episodes) are `ordered`, printed as an ordered list without their own number, the
 * list's being their one marker.
 */
export function handoutPoints(slide: SlideModel): { ordered: boolean, items: string[] } {
  const shown = headlines(slide)
  const points = slide.handout.points.filter(point => !shown.some(headline => sameText(point, headline)))
  const ordered = points.length > 0 && points.every((point, index) => point.startsWith(`${index + 1}. `))
  const items = points.map((point, index) => ordered ? point.slice(`${index + 1}. `.length) : point)
  // A point opens with a capital, though a date may not (`after 1956: …`, `late 1950: …`): only a lowercase first letter is raised.
  return { ordered, items: items.map(item => item.replace(/^\p{Ll}/u, letter => letter.toUpperCase())) }
}

function pointsList(slide: SlideModel): string {
  const { ordered, items } = handoutPoints(slide)
  if (items.length === 0)
    return ''
  const list = items.map(item => `<li>${escapeHtml(item)}</li>`).join('')
  return ordered ? `<ol class="points">${list}</ol>` : `<ul class="points">${list}</ul>`
}

/** A slide beside (or above) the detail it leaves out, after its heading in the document (CSS draws it first); its apparatus is gathered at the end, and the kicker says so. */
function slideBlock(slide: SlideModel, sectionTitle: string, layout: HandoutLayout, lines: boolean): string {
  const { citations, footnotes } = slide.handout
  // The notes as the slides cite them, a run as a range (`nn. 8–13`), then the essay: `nn. 8–13; essay`.
  const sources = [sourceLine(citations), ...citations.some(citation => citation.label === 'essay') ? ['essay'] : []].filter(Boolean).join('; ')
  const cited = sources ? ` · ${escapeHtml(sources)}` : ''
  const notesAtEnd = footnotes.length > 0 ? ' · see the notes at the end' : ''
  return `<article class="slide" data-slide="${slide.number}">
<div class="slide-text">
<h3><span class="kicker">Slide ${slide.number}${cited}${notesAtEnd}</span>${escapeHtml(titleInSection(slide.title, sectionTitle))}</h3>
${pointsList(slide)}
${lines ? RULED_LINES : ''}
</div>
${slidePlaceholder(slide, layout.slideWidthMm)}
</article>`
}

/** Two columns print as rows of two slides, each row kept on one page. */
function inRows(blocks: readonly string[], columns: 1 | 2): string[] {
  if (columns === 1)
    return [...blocks]
  return Array.from({ length: Math.ceil(blocks.length / columns) }, (_, row) =>
    `<div class="row">${blocks.slice(row * columns, (row + 1) * columns).join('\n')}</div>`)
}

function sourceItem(entry: SourceEntry): string {
  return `<li${entry.missing ? ' class="missing"' : ''}><span class="label">${escapeHtml(entry.label)}.</span> ${escapeHtml(entry.text)}</li>`
}

/**
 * Where a note of the apparatus belongs, numbered once, by the slide: `Slide 6 · The decision for war — 1949: who could say yes?`, the
 * episode named without its number, which the slide's would follow.
 */
export function apparatusPlace(slide: SlideModel, sectionTitle: string): string {
  const title = titleInSection(slide.title, sectionTitle)
  const section = title === slide.title ? '' : `${sectionTitle.replace(/^\d+\.\s+/, '')} — `
  return `<span class="label">Slide ${slide.number}</span> · ${escapeHtml(`${section}${title}`)}`
}

/** The apparatus after the sources: each slide's notes on its dates and missing footnotes, then the remarks on the essay's notes. */
function apparatusSection(deck: DeckModel, shown: ReturnType<typeof handoutSections>): string {
  const slides = shown.flatMap(section => section.slides.filter(slide => slide.handout.footnotes.length > 0).map((slide) => {
    // A note on an event opens with it (`asks again:`), set apart from the remark as the script's apparatus tells them apart.
    const footnotes = slide.handout.footnotes.map(note => footnoteNote(slide, note)).map(({ about, text }) =>
      `<li>${about ? `<span class="lead-in">${escapeHtml(about)}:</span> ` : ''}${escapeHtml(text)}</li>`).join('')
    return `<li>${apparatusPlace(slide, section.title)}<ol class="footnotes">${footnotes}</ol></li>`
  }))
  const remarks = deck.sources.filter(entry => entry.remark).map(entry => `<li><span class="label">${escapeHtml(entry.label)}.</span> ${escapeHtml(entry.remark!)}</li>`)
  if (slides.length === 0 && remarks.length === 0)
    return ''
  return `<section class="apparatus"><h2>${APPARATUS_HEADING}</h2>
${slides.length > 0 ? `<h3>On the slides</h3><ol>${slides.join('\n')}</ol>` : ''}
${remarks.length > 0 ? `<h3>On the essay’s notes</h3><ol>${remarks.join('\n')}</ol>` : ''}
</section>`
}

/**
 * Whether the handout shows a slide: every slide of the timed talk but the title card and the timelines that open episodes
 * (their section's heading says the same); the backup slides' sources close the handout as one list.
 */
export function inHandout(slide: SlideModel): boolean {
  const { view } = slide
  return !slide.backup && view.kind !== 'title' && !(view.kind === 'timeline' && view.current !== undefined)
}

/** The handout's sections in order, each with the slides it shows and, for an episode, the question it asks under its heading. */
export function handoutSections(deck: DeckModel) {
  return deck.sections.map((section) => {
    const slides = section.slides.map(number => deck.slides[number - 1]!)
    const [question] = slides.flatMap(({ view }) => view.kind === 'timeline' && view.question ? [view.question] : [])
    return { title: section.title, ...(question ? { question } : {}), slides: slides.filter(inHandout) }
  }).filter(section => section.slides.length > 0)
}

/** Text as a reader compares it: letters and digits, case and punctuation aside. */
export function sameText(a: string, b: string): boolean {
  const normalised = (text: string) => text.normalize('NFKC').toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return normalised(a) === normalised(b)
}

/** The detailed handout: the slides `perPage` a page, each with the detail it leaves out; then every source, once, and the apparatus. */
export function renderHandoutHtml(deck: DeckModel, settings: Pick<ExportOptions, 'paper' | 'perPage' | 'lines'>): string {
  const { talk } = deck
  const layout = handoutLayout(settings.perPage, settings.paper, settings.lines)
  const shown = handoutSections(deck)
  const sections = shown.map((section) => {
    const [first, ...rest] = inRows(section.slides.map(slide => slideBlock(slide, section.title, layout, settings.lines)), layout.columns)
    const question = section.question ? `<p class="question">${escapeHtml(section.question)}</p>` : ''
    // A section named after the talk (the opening) is headed by the cover above it: its heading would repeat the cover's title.
    const heading = sameText(section.title, talk.title) ? '' : `<h2>${escapeHtml(section.title)}</h2>`
    // The heading and its first row are kept on one page: a heading never ends a page.
    return `<section class="deck-section"><div class="section-start">${heading}${question}\n${first ?? ''}</div>\n${rest.join('\n')}</section>`
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
${apparatusSection(deck, shown)}
</section>${settings.lines ? fillPagesScript(layout) : ''}`
  return printableHtml({ talk, kind: 'Detailed handout', paper: settings.paper, css: handoutCss(layout, settings.lines), body })
}
