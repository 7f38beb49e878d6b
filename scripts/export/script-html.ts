import type { DeckModel, DeckSection, DeckSlide } from '../generate/deck-model.ts'
import type { Paper } from './options.ts'
import { noteWords } from '../generate/speaking-time.ts'
import { escapeHtml, formatClock, printableHtml, slidePlaceholder, titleInSection } from './html.ts'

export const SCRIPT_SLIDE_WIDTH_MM = 62

export interface SlideTiming {
  readonly slide: number
  /** Estimated minutes into the talk when the slide comes up, from the notes before it. */
  readonly startsAt: number
  readonly minutes: number
}

export interface ScriptSectionTiming {
  readonly section: string
  readonly budget: number
  /** Planned start, from the budgets of the sections before it. */
  readonly plannedStart: number
  /** Start estimated from the notes of the slides before it. */
  readonly estimatedStart: number
  readonly estimatedMinutes: number
}

export interface ScriptTimings {
  readonly slides: readonly SlideTiming[]
  readonly sections: readonly ScriptSectionTiming[]
  readonly totalMinutes: number
}

/** Running times from the notes at the talk's words-per-minute rate, slide by slide and section by section. */
export function scriptTimings(deck: DeckModel): ScriptTimings {
  const slides: SlideTiming[] = []
  let elapsed = 0
  for (const slide of deck.slides) {
    const minutes = noteWords(slide.notes) / deck.talk.wordsPerMinute
    slides.push({ slide: slide.number, startsAt: elapsed, minutes })
    elapsed += minutes
  }
  const sections = deck.sections.map(section => ({
    section: section.id,
    budget: section.minutes,
    plannedStart: section.startMinute,
    estimatedStart: slides[section.slides[0]! - 1]?.startsAt ?? elapsed,
    estimatedMinutes: section.slides.reduce((sum, number) => sum + slides[number - 1]!.minutes, 0),
  }))
  return { slides, sections, totalMinutes: elapsed }
}

const CSS = `
.cover h1 { font-size: 18pt; line-height: 1.15; }
.cover .subtitle { font-family: 'Source Serif 4', serif; font-size: 12pt; margin: 1mm 0 3mm; }
.cover table { border-collapse: collapse; margin-top: 4mm; width: 100%; }
.cover th, .cover td { text-align: left; padding: 1.2mm 2mm; border-bottom: 0.4pt solid var(--rule); }
.cover th { font-weight: 600; }
.cover td.num, .cover th.num { text-align: right; font-variant-numeric: tabular-nums; }
section { break-before: page; }
.section-head { border-bottom: 0.8pt solid var(--accent); padding-bottom: 1.5mm; margin-bottom: 2mm; }
.section-head h2 { font-size: 14pt; color: var(--accent); }
.section-head p { margin-top: 0.8mm; font-size: 9pt; }
.section-head b { font-weight: 600; }
.slide { display: flex; gap: 5mm; padding: 2.5mm 0; border-bottom: 0.4pt solid var(--rule); break-inside: avoid; }
.notes { flex: 1; min-width: 0; font-family: 'Source Serif 4', serif; font-size: 10.5pt; line-height: 1.4; }
.notes h3 { font-size: 10pt; margin-bottom: 1mm; }
.notes ol { list-style: none; padding: 0; margin-top: 1.2mm; }
.notes li { margin-top: 1mm; padding-left: 14mm; text-indent: -14mm; }
.click { font-family: Inter, sans-serif; font-size: 7.5pt; font-weight: 600; color: var(--accent); display: inline-block; width: 14mm; text-indent: 0; }
`

function sectionHead(section: DeckSection, timing: ScriptSectionTiming, deck: DeckModel): string {
  const first = section.slides[0]
  const last = section.slides.at(-1)
  return `<div class="section-head">
<h2>${escapeHtml(section.title)}</h2>
<p><b>Budget ${section.minutes} min</b> · starts at <b>${formatClock(timing.plannedStart)}</b> of ${formatClock(deck.talk.slotMinutes)}`
+ ` · by the notes: starts at ${formatClock(timing.estimatedStart)}, runs ${formatClock(timing.estimatedMinutes)}`
+ `${first === undefined
  ? ''
  : ` · slides ${first}–${last}`}</p>
</div>`
}

function slideBlock(slide: DeckSlide, section: DeckSection, timing: SlideTiming): string {
  const steps = slide.notes.steps.map((step, index) =>
    `<li><span class="click">[click ${index + 1}]</span>${escapeHtml(step)}</li>`,
  )
  return `<article class="slide" data-slide="${slide.number}">
${slidePlaceholder(slide.number, SCRIPT_SLIDE_WIDTH_MM)}
<div class="notes">
<h3><span class="kicker">Slide ${slide.number} · at ${formatClock(timing.startsAt)} · ${formatClock(timing.minutes)} of notes${steps.length > 0
  ? ` · ${steps.length} click${steps.length > 1
    ? 's'
    : ''}`
  : ''}</span>${escapeHtml(titleInSection(slide.title, section.title))}</h3>
<p>${escapeHtml(slide.notes.lead)}</p>
${steps.length > 0
  ? `<ol>${steps.join('')}</ol>`
  : ''}
</div>
</article>`
}

/** The speaker script: each section with its budget and start, each slide with its thumbnail, notes and click steps. */
export function renderScriptHtml(deck: DeckModel, paper: Paper): string {
  const { talk } = deck
  const timings = scriptTimings(deck)
  const rows = deck.sections.map((section, index) => {
    const timing = timings.sections[index]!
    return `<tr><td>${escapeHtml(section.title)}</td><td class="num">${section.slides.length}</td>`
      + `<td class="num">${section.minutes} min</td><td class="num">${formatClock(timing.plannedStart)}</td>`
      + `<td class="num">${formatClock(timing.estimatedStart)}</td><td class="num">${formatClock(timing.estimatedMinutes)}</td></tr>`
  })
  const cover = `<header class="cover">
<h1>${escapeHtml(talk.title)}</h1>
<p class="subtitle">${escapeHtml(talk.subtitle)}: speaker script</p>
<p>${escapeHtml(talk.speaker)} · ${escapeHtml(talk.date)} · slot ${talk.slotMinutes} min · notes read at ${talk.wordsPerMinute} words a minute: ${formatClock(timings.totalMinutes)} in all</p>
<p class="muted">${escapeHtml(talk.venue)}</p>
<table>
<thead><tr><th>Section</th><th class="num">Slides</th><th class="num">Budget</th><th class="num">Starts at</th><th class="num">By the notes</th><th class="num">Runs</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</header>`
  const sections = deck.sections.map((section, index) => {
    const slides = section.slides.map(number => slideBlock(deck.slides[number - 1]!, section, timings.slides[number - 1]!))
    return `<section>\n${sectionHead(section, timings.sections[index]!, deck)}\n${slides.join('\n')}\n</section>`
  })
  return printableHtml({
    title: `${talk.title}: speaker script`,
    paper,
    footer: `${talk.title}: ${talk.subtitle} · ${talk.date} · Speaker script`,
    css: CSS,
    body: `${cover}\n${sections.join('\n')}`,
  })
}
