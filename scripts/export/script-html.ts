import type { DeckModel, DeckSection, SectionPlan, SlideModel, SlidePlan } from '../../contract/deck-model.ts'
import type { RehearsalSummary } from '../rehearsal/rehearsals.ts'
import type { Paper } from './options.ts'
import { formatSeconds } from '../../contract/deck-model.ts'
import { footnotesHtml } from './handout-html.ts'
import { escapeHtml, formatClock, printableHtml, slidePlaceholder, titleInSection } from './html.ts'

export const SCRIPT_SLIDE_WIDTH_MM = 62

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
.notes { flex: 1; min-width: 0; font-family: 'Source Serif 4', serif; font-size: 12pt; line-height: 1.45; }
.notes h3 { font-size: 12pt; margin-bottom: 1mm; }
.notes .kicker { font-size: 8.5pt; }
.notes ol { list-style: none; padding: 0; margin-top: 1.5mm; }
.notes li { margin-top: 1.2mm; padding-left: 16mm; text-indent: -16mm; }
.notes .footnotes { margin-top: 1.5mm; padding-left: 4mm; list-style: decimal; font-family: Inter, sans-serif; font-size: 8.5pt; line-height: 1.35; color: var(--muted); }
.notes .footnotes li { margin-top: 0.4mm; padding-left: 0; text-indent: 0; }
.click { font-family: Inter, sans-serif; font-size: 8.5pt; font-weight: 600; color: var(--accent); display: inline-block; width: 16mm; text-indent: 0; }
`

function sectionHead(section: DeckSection, plan: SectionPlan, deck: DeckModel, rehearsed: string): string {
  const first = section.slides[0]
  const last = section.slides.at(-1)
  return `<div class="section-head">
<h2>${escapeHtml(section.title)}</h2>
<p><b>Budget ${section.minutes} min</b> · starts at <b>${formatClock(section.startMinute)}</b> of ${formatClock(deck.talk.slotMinutes)}`
+ ` · the notes run ${formatSeconds(plan.notesSeconds)}${rehearsed}`
+ `${first === undefined
  ? ''
  : ` · slides ${first}–${last}`}</p>
</div>`
}

function slideBlock(slide: SlideModel, section: DeckSection, plan: SlidePlan, rehearsed: number | undefined): string {
  const steps = slide.notes.steps.map((step, index) =>
    `<li><span class="click">[click ${index + 1}]</span>${escapeHtml(step)}</li>`,
  )
  return `<article class="slide" data-slide="${slide.number}">
${slidePlaceholder(slide, SCRIPT_SLIDE_WIDTH_MM)}
<div class="notes">
<h3><span class="kicker">Slide ${slide.number} · plan ${formatSeconds(plan.start)} · ${formatSeconds(plan.seconds)} planned, ${formatSeconds(plan.notesSeconds)} of notes${rehearsed === undefined
  ? ''
  : `, ${formatSeconds(rehearsed)} rehearsed`}${steps.length > 0
  ? ` · ${steps.length} click${steps.length > 1
    ? 's'
    : ''}`
  : ''}</span>${escapeHtml(titleInSection(slide.title, section.title))}</h3>
<p>${escapeHtml(slide.notes.lead)}</p>
${steps.length > 0
  ? `<ol>${steps.join('')}</ol>`
  : ''}
${footnotesHtml(slide.handout.footnotes)}
</div>
</article>`
}

function coverTable(deck: DeckModel, rehearsal: RehearsalSummary | undefined): string {
  const rehearsedHead = rehearsal
    ? '<th class="num">Rehearsed</th>'
    : ''
  const rows = deck.sections.map((section, index) => {
    const plan = deck.plan.sections[index]!
    const rehearsed = rehearsal
      ? `<td class="num">${formatSeconds(rehearsal.sections.get(section.id) ?? 0)}</td>`
      : ''
    return `<tr><td>${escapeHtml(section.title)}</td><td class="num">${section.slides.length}</td>`
      + `<td class="num">${section.minutes} min</td><td class="num">${formatClock(section.startMinute)}</td>`
      + `<td class="num">${formatSeconds(plan.notesSeconds)}</td>${rehearsed}</tr>`
  })
  return `<table>
<thead><tr><th>Section</th><th class="num">Slides</th><th class="num">Budget</th><th class="num">Starts at</th><th class="num">Plan from notes</th>${rehearsedHead}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>${rehearsal
  ? `\n<p class="muted">Rehearsed: ${escapeHtml(rehearsal.label)}</p>`
  : ''}`
}

/**
 * The speaker script, set at 12 pt to read aloud at arm's length: each section with its budget and start, each slide with its planned start from the
 * talk plan (the one the presenter view paces against), thumbnail, notes and click steps; with a rehearsal,
 * the time it took beside the plan.
 */
export function renderScriptHtml(deck: DeckModel, paper: Paper, rehearsal?: RehearsalSummary): string {
  const { talk, plan } = deck
  const notesSeconds = plan.sections.reduce((sum, section) => sum + section.notesSeconds, 0)
  const cover = `<header class="cover">
<h1>${escapeHtml(talk.title)}</h1>
<p class="subtitle">${escapeHtml(talk.subtitle)}: speaker script</p>
<p>${escapeHtml(talk.speaker)} · ${escapeHtml(talk.date)} · slot ${talk.slotMinutes} min · notes read at ${talk.wordsPerMinute} words a minute: ${formatSeconds(notesSeconds)} in all</p>
<p class="muted">${escapeHtml(talk.venue)}</p>
${coverTable(deck, rehearsal)}
</header>`
  const sections = deck.sections.map((section, index) => {
    const rehearsed = rehearsal
      ? ` · rehearsed ${formatSeconds(rehearsal.sections.get(section.id) ?? 0)}`
      : ''
    const slides = section.slides.map(number => slideBlock(deck.slides[number - 1]!, section, plan.slides[number - 1]!, rehearsal?.slides.get(number)))
    return `<section>\n${sectionHead(section, plan.sections[index]!, deck, rehearsed)}\n${slides.join('\n')}\n</section>`
  })
  return printableHtml({
    title: `${talk.title}: speaker script`,
    paper,
    footer: `${talk.title}: ${talk.subtitle} · ${talk.date} · Speaker script`,
    css: CSS,
    body: `${cover}\n${sections.join('\n')}`,
  })
}
