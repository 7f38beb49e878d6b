import type { BackupLink, DeckModel, SectionPlan, SlideNotes, SlidePlan, TalkPlan } from '../../contract/deck-model.ts'
import { countWords } from '../../contract/slide-views.ts'

export function noteWords(notes: SlideNotes): number {
  return countWords(notes.lead) + notes.steps.reduce((sum, step) => sum + countWords(step), 0)
}

type DeckBody = Pick<DeckModel, 'talk' | 'sections' | 'slides'>

/**
 * Each section's budget shared among its slides and clicks by the words of their notes (evenly if it has none).
 * Starts are rounded to whole seconds and each length runs to the next start, so the parts add up.
 */
export function buildTalkPlan(deck: DeckBody): TalkPlan {
  const wpm = deck.talk.wordsPerMinute
  const slides: SlidePlan[] = []
  const sections: SectionPlan[] = deck.sections.map((section) => {
    const start = section.startMinute * 60
    const budget = section.minutes * 60
    // The words of each slide's lead and of each click step, in order.
    const parts = section.slides.map(number => deck.slides[number - 1]!.notes).map(notes => [notes.lead, ...notes.steps].map(countWords))
    const words = parts.flat().reduce((sum, count) => sum + count, 0)
    const count = parts.flat().length
    let wordsBefore = 0
    let index = 0
    const starts: number[][] = parts.map(slideParts => slideParts.map((partCount) => {
      const at = Math.round(start + (words > 0 ? wordsBefore / words : index / count) * budget)
      wordsBefore += partCount
      index += 1
      return at
    }))
    section.slides.forEach((number, i) => {
      const clickStarts = starts[i]!
      const next = starts[i + 1]?.[0] ?? start + budget
      const clicks = clickStarts.map((at, click) => ({ clicks: click, start: at, seconds: (clickStarts[click + 1] ?? next) - at }))
      slides.push({
        slide: number,
        section: section.id,
        start: clickStarts[0]!,
        seconds: next - clickStarts[0]!,
        notesSeconds: Math.round(noteWords(deck.slides[number - 1]!.notes) / wpm * 60),
        clicks,
      })
    })
    const notesSeconds = Math.round(words / wpm * 60)
    return { section: section.id, title: section.title, start, budgetSeconds: budget, notesSeconds, slides: section.slides }
  })
  return { sections, slides }
}

/**
 * Each slide's sources slide for questions: the one listing its first cited source (the last such slide, so a backup
 * wins), or for a slide that cites nothing the first sources slide; a sources slide is its own, so `b` there stays.
 * Empty when the deck has no sources slide.
 */
export function buildBackupLinks(deck: Pick<DeckModel, 'slides'>): BackupLink[] {
  const listedOn = new Map<string, string>()
  let first: string | undefined
  for (const slide of deck.slides) {
    if (slide.view.kind === 'sources' && slide.alias) {
      first ??= slide.alias
      for (const entry of slide.view.entries)
        listedOn.set(entry.id, slide.alias)
    }
  }
  if (first === undefined)
    return []
  return deck.slides.map((slide) => {
    const sources = [...new Set(slide.handout.citations.map(citation => citation.id))]
    const backup = slide.view.kind === 'sources' && slide.alias ? slide.alias : sources.map(id => listedOn.get(id)).find(alias => alias !== undefined) ?? first
    return { slide: slide.number, backup, sources }
  })
}
