import type { DeckModel, DeckSection, SectionPlan, SlideModel, SlidePlan } from '../../contract/deck-model.ts'
import type { RehearsalSummary } from '../rehearsal/rehearsals.ts'
import type { ClickCue } from './click-cues.ts'
import type { Paper } from './options.ts'
import type { ScriptNote } from './script-apparatus.ts'
import { formatSeconds } from '../../contract/deck-model.ts'
import { clickCues } from './click-cues.ts'
import { APPARATUS_HEADING, escapeHtml, formatClock, printableHtml, slidePlaceholder, titleInSection } from './html.ts'
import { notesAt, scriptNotes } from './script-apparatus.ts'
import { SCRIPT_CSS, SCRIPT_SLIDE_WIDTH_MM } from './script-style.ts'

function noteMarks(numbers: readonly number[]): string {
  if (numbers.length === 0)
    return ''
  // A word joiner: the mark stays on the line of the word it follows.
  return `&#8288;<span class="note-mark">${numbers.map(number => `<a href="#note-${number}">${number}</a>`).join(',')}</span>`
}

function sectionHead(section: DeckSection, plan: SectionPlan, deck: DeckModel, rehearsed: string): string {
  const first = section.slides[0]
  return `<div class="section-head">
<h2>${escapeHtml(section.title)}</h2>
<p><b>Budget ${section.minutes} min</b> · starts at <b>${formatClock(section.startMinute)}</b> of ${formatClock(deck.talk.slotMinutes)}`
+ ` · the notes run ${formatSeconds(plan.notesSeconds)}${rehearsed}`
+ `${first === undefined ? '' : ` · slides ${first}–${section.slides.at(-1)}`}</p>
</div>`
}

/** What a click brings on screen, the sender in its colour as the slide draws it; `marks` after the event the notes are on. */
function cueHtml(cue: ClickCue, marks: string): string {
  const date = cue.kind !== 'answer' && cue.date ? ` <span class="date">${escapeHtml(cue.date)}</span>` : ''
  const sender = cue.kind !== 'answer' ? `<span style="color:${cue.from.ink}">${escapeHtml(cue.from.name)}</span>` : ''
  switch (cue.kind) {
    case 'event': return `${sender}${cue.to ? ` <span class="to">to</span> ${escapeHtml(cue.to.name)}` : ''}: ${escapeHtml(cue.label)}${marks}${date}`
    case 'place': return `${cue.place ? `${escapeHtml(cue.place)}: ` : ''}${sender} ${escapeHtml(cue.label)}${marks}${date}`
    case 'answer': return `<span class="answer">the answer: ${escapeHtml(cue.answer)}</span>${marks}`
  }
}

/** One click: its slide, number and planned start in the margin (`slide 12 · click 2/9`: a page may open on it); what it brings on screen, then the words said. */
function clickHtml(slide: SlideModel, words: string, click: number, start: number, cues: readonly ClickCue[], marks: string): string {
  const number = `<span class="click-number"><span class="click-slide">slide ${slide.number} ·</span> click ${click}/${slide.notes.steps.length}</span>`
  const time = `<span class="time">plan ${formatSeconds(start)}</span>`
  const said = `<p class="words">${escapeHtml(words)}</p>`
  const cue = cues.length > 0 ? cues.map((shown, index) => cueHtml(shown, index === 0 ? marks : '')).join('; ') : marks
  const body = cue ? `${number}<p class="cue">${cue}</p>${time}${said}` : `<span>${number}<br>${time}</span>${said}`
  return `<li class="spoken" id="slide-${slide.number}-click-${click}">${body}</li>`
}

function slideKicker(slide: SlideModel, plan: SlidePlan, rehearsed: number | undefined): string {
  const rehearsedTime = rehearsed === undefined ? '' : `, ${formatSeconds(rehearsed)} rehearsed`
  const times = `${formatSeconds(plan.seconds)} planned, ${formatSeconds(plan.notesSeconds)} of notes${rehearsedTime}`
  const steps = slide.notes.steps.length
  const clicks = steps > 0 ? ` · ${steps} click${steps === 1 ? '' : 's'}` : ''
  // As the presenter's pacing: a backup slide, shown for questions after the timed talk, has no plan to keep.
  if (slide.backup)
    return `<p class="kicker">Slide ${slide.number} · backup: not timed${clicks}</p>`
  return `<p class="kicker">Slide ${slide.number} · plan ${formatSeconds(plan.start)} · ${times}${clicks}</p>`
}

function slideBlock(slide: SlideModel, section: DeckSection, plan: SlidePlan, notes: readonly ScriptNote[], rehearsed: number | undefined): string {
  const clicks = slide.notes.steps.length
  const cues = clickCues(slide.view, clicks)
  const steps = slide.notes.steps.map((words, index) =>
    clickHtml(slide, words, index + 1, plan.clicks[index + 1]?.start ?? plan.start, cues[index]!, noteMarks(notesAt(notes, slide.number, index + 1))),
  )
  const lead = slide.notes.lead
    ? `<div class="spoken lead"><span class="time">${slide.backup ? '' : `plan ${formatSeconds(plan.start)}`}</span><p class="words">${escapeHtml(slide.notes.lead)}</p></div>`
    : ''
  const frameNote = clicks > 0 ? `<p class="frame-note">after click ${clicks}</p>` : ''
  return `<article class="slide" id="slide-${slide.number}" data-slide="${slide.number}">
<div class="slide-head">
<div class="slide-title">
${slideKicker(slide, plan, rehearsed)}
<h3>${escapeHtml(titleInSection(slide.title, section.title))}${noteMarks(notesAt(notes, slide.number, 0))}</h3>
</div>
<div class="thumb">${slidePlaceholder(slide, SCRIPT_SLIDE_WIDTH_MM)}${frameNote}</div>
</div>
${lead}
${steps.length > 0 ? `<ol class="clicks">${steps.join('\n')}</ol>` : ''}
</article>`
}

/** Where a note belongs: `Slide 12, click 3`, `Slide 17, clicks 1 and 2`, linked to it. */
function notePlace(note: ScriptNote): string {
  const { slide, clicks } = note
  const target = clicks.length === 0 ? `slide-${slide}` : `slide-${slide}-click-${clicks[0]}`
  const which = `${clicks.length === 1 ? 'click' : 'clicks'} ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(clicks.map(String))}`
  const place = clicks.length === 0 ? '' : `, ${which}`
  return `<a href="#${target}">Slide ${slide}${place}</a>${note.about ? ` · ${escapeHtml(note.about)}` : ''}`
}

function apparatusHtml(notes: readonly ScriptNote[]): string {
  if (notes.length === 0)
    return ''
  const items = notes.map(note => `<li id="note-${note.number}"><span class="note-number">${note.number}</span>`
    + `<div><p class="note-place">${notePlace(note)}</p>`
    + `<p class="note-text">${note.editors ? '<span class="editors-label">Editor\'s note</span>' : ''}${escapeHtml(note.text)}</p></div></li>`)
  return `<aside class="apparatus">
<h3>${APPARATUS_HEADING}</h3>
<ol>
${items.join('\n')}
</ol>
</aside>`
}

function coverTable(deck: DeckModel, rehearsal: RehearsalSummary | undefined): string {
  const rehearsedHead = rehearsal ? '<th class="num">Rehearsed</th>' : ''
  const rows = deck.sections.map((section, index) => {
    const rehearsed = rehearsal ? `<td class="num">${formatSeconds(rehearsal.sections.get(section.id) ?? 0)}</td>` : ''
    return `<tr><td>${escapeHtml(section.title)}</td><td class="num">${section.slides.length}</td>`
      + `<td class="num">${section.minutes} min</td><td class="num">${formatClock(section.startMinute)}</td>`
      + `<td class="num">${formatSeconds(deck.plan.sections[index]!.notesSeconds)}</td>${rehearsed}</tr>`
  })
  return `<table>
<thead><tr><th>Section</th><th class="num">Slides</th><th class="num">Budget</th><th class="num">Starts at</th><th class="num">Plan from notes</th>${rehearsedHead}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>${rehearsal ? `\n<p class="muted">Rehearsed: ${escapeHtml(rehearsal.label)}</p>` : ''}`
}

/**
 * The speaker script, set to read aloud at arm's length: each slide with its planned start from the talk plan (the one the presenter view
 * paces against), then its words, click by click, each click never split across pages; a rehearsal's times beside the plan.
 */
export function renderScriptHtml(deck: DeckModel, paper: Paper, rehearsal?: RehearsalSummary): string {
  const { talk, plan } = deck
  const notesSeconds = plan.sections.filter((_, index) => deck.sections[index]!.kind !== 'backup').reduce((sum, section) => sum + section.notesSeconds, 0)
  const apparatus = scriptNotes(deck)
  const cover = `<header class="cover">
<h1>${escapeHtml(talk.title)}</h1>
<p class="subtitle">${escapeHtml(talk.subtitle)}: speaker script</p>
<p>${escapeHtml(talk.speaker)} · ${escapeHtml(talk.date)} · slot ${talk.slotMinutes} min · notes read at ${talk.wordsPerMinute} words a minute: ${formatSeconds(notesSeconds)}, backup slides aside</p>
<p class="muted">${escapeHtml(talk.venue)}</p>
${coverTable(deck, rehearsal)}
</header>`
  const sections = deck.sections.map((section, index) => {
    const rehearsed = rehearsal ? ` · rehearsed ${formatSeconds(rehearsal.sections.get(section.id) ?? 0)}` : ''
    const notes = apparatus.get(section.id) ?? []
    const slides = section.slides.map(number => slideBlock(deck.slides[number - 1]!, section, plan.slides[number - 1]!, notes, rehearsal?.slides.get(number)))
    return `<section>\n${sectionHead(section, plan.sections[index]!, deck, rehearsed)}\n${slides.join('\n')}\n${apparatusHtml(notes)}\n</section>`
  })
  return printableHtml({ talk, kind: 'Speaker script', paper, css: SCRIPT_CSS, body: `${cover}\n${sections.join('\n')}` })
}
