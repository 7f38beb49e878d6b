import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import { MISSING_NOTE_REMARK } from '../generate/deck-context.ts'

/** One entry of the script's apparatus, gathered at its section's end and marked where it belongs. */
export interface ScriptNote {
  /** Numbered through the whole script. */
  readonly number: number
  readonly slide: number
  /** The clicks that bring the event the note is about; none for a note on the slide as a whole. */
  readonly clicks: readonly number[]
  /** What the note is about, as the slide names it: an event's label, or a source's (`Note 12`). */
  readonly about?: string
  readonly text: string
  /** The deck's own remark on the essay's notes (a missing note, a misprint) or on its dates (one derived from others): an editor's note. */
  readonly editors: boolean
}

type UnnumberedNote = Omit<ScriptNote, 'number'>

function clicksByLabel(slide: SlideModel): Map<string, number[]> {
  const clicks = new Map<string, number[]>()
  if (slide.view.kind === 'decision' || slide.view.kind === 'map') {
    for (const step of slide.view.steps)
      clicks.set(step.label, [...clicks.get(step.label) ?? [], step.step])
  }
  return clicks
}

/** A footnote of the handout's apparatus, told apart from the event it starts with (`label: text`), if any. */
export function footnoteNote(slide: SlideModel, footnote: string, labels: ReadonlyMap<string, number[]> = clicksByLabel(slide)): UnnumberedNote {
  const about = [...labels.keys()].filter(label => footnote.startsWith(`${label}: `)).sort((a, b) => b.length - a.length)[0]
  const text = about === undefined ? footnote : footnote.slice(about.length + 2)
  // The dataset begins the note of a date it works out from others with `Derived:` (`dateNote: 'Derived: …'`).
  const editors = text.startsWith('Derived:') || text.endsWith(MISSING_NOTE_REMARK)
  if (about === undefined)
    return { slide: slide.number, clicks: [], text, editors }
  return { slide: slide.number, clicks: labels.get(about)!, about, text, editors }
}

/** A slide's apparatus: its footnotes, each once (two events of one label share theirs), and a sources slide's remarks on the essay's notes. */
function slideNotes(slide: SlideModel): UnnumberedNote[] {
  const labels = clicksByLabel(slide)
  const notes = [...new Set(slide.handout.footnotes)].map(footnote => footnoteNote(slide, footnote, labels))
  const remarked = slide.view.kind === 'sources' ? slide.view.entries.filter(entry => entry.remark) : []
  return [...notes, ...remarked.map(entry => ({ slide: slide.number, clicks: [], about: entry.label, text: entry.remark!, editors: true }))]
}

/** The apparatus of the script, section by section (by section id), numbered through the script in the order of the slides. */
export function scriptNotes(deck: DeckModel): Map<string, ScriptNote[]> {
  let number = 0
  const notesOf = (slides: readonly number[]) => slides.flatMap(slide => slideNotes(deck.slides[slide - 1]!))
  return new Map(deck.sections.map(section => [section.id, notesOf(section.slides).map(note => ({ ...note, number: ++number }))]))
}

/** The numbers of the notes to mark at a click of a slide; click 0 for the notes on the slide as a whole. */
export function notesAt(notes: readonly ScriptNote[], slide: number, click: number): number[] {
  return notes
    .filter(note => note.slide === slide && (click === 0 ? note.clicks.length === 0 : note.clicks.includes(click)))
    .map(note => note.number)
}
