import type { DeckModel, DeckSection, SlideModel } from '../../contract/deck-model.ts'
import type { Dataset } from '../../data/schema.ts'
import type { SlideDraft } from './deck-context.ts'
import { deckContext, sourceEntry } from './deck-context.ts'
import { episodeSlides } from './episode-slides.ts'
import { backupSlides, closingSlides, openingSlides } from './framing-slides.ts'
import { handoutSheet } from './handout-sheet.ts'
import { buildBackupLinks, buildTalkPlan } from './talk-plan.ts'

type SectionDraft = Omit<DeckSection, 'startMinute' | 'slides'> & { readonly slides: readonly SlideDraft[] }

/** Numbers the slides in order and places each section on the talk's clock. */
function assemble(drafts: readonly SectionDraft[]): { slides: SlideModel[], sections: DeckSection[] } {
  const slides: SlideModel[] = []
  const sections: DeckSection[] = []
  let startMinute = 0
  for (const draft of drafts) {
    const numbers = draft.slides.map((slide) => {
      const number = slides.length + 1
      slides.push({ ...slide, id: `${draft.id}/${slide.id}`, number, section: draft.id, backup: draft.kind === 'backup' })
      return number
    })
    sections.push({ id: draft.id, kind: draft.kind, title: draft.title, minutes: draft.minutes, startMinute, slides: numbers })
    startMinute += draft.minutes
  }
  return { slides, sections }
}

/** Builds the whole deck, slide by slide, from a validated dataset. Pure: the same dataset gives the same deck. */
export function buildDeckModel(dataset: Dataset): DeckModel {
  const ctx = deckContext(dataset)
  const { talk, framing } = dataset
  const { slides, sections } = assemble([
    { id: 'opening', kind: 'opening', title: talk.title, minutes: framing.opening.minutes, slides: openingSlides(ctx) },
    ...dataset.episodes.map((episode, index) => ({
      id: episode.id,
      kind: 'episode' as const,
      title: `${index + 1}. ${episode.title}`,
      minutes: episode.minutes,
      slides: episodeSlides(ctx, episode, index),
    })),
    { id: 'closing', kind: 'closing', title: 'Conclusion', minutes: framing.closing.minutes, slides: closingSlides(ctx) },
    { id: 'backup', kind: 'backup', title: framing.closing.sourcesHeading, minutes: 0, slides: backupSlides(ctx) },
  ])
  const body = {
    talk: {
      id: talk.id,
      title: talk.title,
      subtitle: talk.subtitle,
      speaker: talk.speaker,
      venue: `${talk.venue.event}, "${talk.venue.theme}" · ${talk.venue.place}`,
      date: ctx.talkDate,
      dateValue: talk.venue.date,
      slotMinutes: talk.slotMinutes,
      wordsPerMinute: talk.wordsPerMinute,
      thesis: talk.thesis,
    },
    sections,
    slides,
    sources: dataset.sources.map(sourceEntry),
  }
  return { ...body, plan: buildTalkPlan(body), backups: buildBackupLinks(body), sheet: handoutSheet(ctx) }
}
