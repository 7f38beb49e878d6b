import type { SourceEntry } from '../../contract/deck-model.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { NO_HANDOUT, sourceEntry } from './deck-context.ts'
import { episodeSummary } from './episode-slides.ts'

/** Characters of source text a backup slide holds at the smallest allowed size. */
export const SOURCE_CHARACTERS_PER_SLIDE = 1500

/** Title, puzzle, thesis and roadmap. */
export function openingSlides(ctx: DeckContext): SlideDraft[] {
  const { talk, framing } = ctx.dataset
  return [
    {
      title: `${talk.title}: ${talk.subtitle}`,
      view: {
        kind: 'title',
        title: talk.title,
        subtitle: talk.subtitle,
        speaker: talk.speaker,
        affiliation: talk.affiliation,
        venue: ctx.venue,
        date: ctx.talkDate,
      },
      notes: { lead: framing.opening.titleNote, steps: [] },
      handout: NO_HANDOUT,
    },
    {
      title: framing.opening.puzzleHeading,
      view: { kind: 'puzzle', heading: framing.opening.puzzleHeading, puzzle: talk.puzzle },
      notes: { lead: framing.opening.puzzleNote, steps: [] },
      handout: NO_HANDOUT,
    },
    {
      title: framing.opening.thesisHeading,
      view: { kind: 'statement', heading: framing.opening.thesisHeading, text: talk.thesis },
      notes: { lead: framing.opening.thesisHeading, steps: [] },
      handout: NO_HANDOUT,
    },
    {
      title: framing.opening.roadmapHeading,
      view: {
        kind: 'roadmap',
        heading: framing.opening.roadmapHeading,
        episodes: ctx.dataset.episodes.map(episodeSummary),
      },
      notes: { lead: framing.opening.roadmapNote, steps: [] },
      handout: {
        points: ctx.dataset.episodes.map((episode, index) => `${index + 1}. ${episode.title}: ${episode.question}`),
        citations: [],
      },
    },
  ]
}

/** The conclusions and the closing slide, which ends the timed talk. */
export function closingSlides(ctx: DeckContext): SlideDraft[] {
  const { talk, framing } = ctx.dataset
  return [
    {
      title: framing.closing.ledgerHeading,
      view: {
        kind: 'ledger',
        heading: framing.closing.ledgerHeading,
        rows: ctx.dataset.episodes.map((episode, index) => ({ number: index + 1, title: episode.title, lesson: episode.lesson.headline })),
      },
      notes: { lead: framing.closing.ledgerNote, steps: [] },
      handout: NO_HANDOUT,
    },
    ...framing.closing.conclusions.map((conclusion): SlideDraft => ({
      title: conclusion.heading,
      view: { kind: 'points', heading: conclusion.heading, points: conclusion.points },
      notes: { lead: conclusion.note, steps: [] },
      handout: NO_HANDOUT,
    })),
    {
      title: `${talk.title}: ${talk.subtitle}`,
      view: {
        kind: 'closing',
        title: `${talk.title}: ${talk.subtitle}`,
        speaker: talk.speaker,
        venue: ctx.venue,
        date: ctx.talkDate,
      },
      notes: { lead: `${framing.closing.sourcesNote} ${framing.closing.closingNote}`, steps: [] },
      handout: {
        points: [talk.affiliation],
        citations: [],
      },
    },
  ]
}

/** Packs source entries into slides of about `budget` characters each, never splitting an entry. */
export function paginateSources(entries: readonly SourceEntry[], budget: number): SourceEntry[][] {
  const pages: SourceEntry[][] = [[]]
  let used = 0
  for (const entry of entries) {
    const size = entry.text.length + (entry.remark?.length ?? 0) + 40
    if (used > 0 && used + size > budget) {
      pages.push([])
      used = 0
    }
    pages.at(-1)!.push(entry)
    used += size
  }
  return pages
}

/** Backup slides for questions, after the closing slide: the full source list. */
export function backupSlides(ctx: DeckContext): SlideDraft[] {
  const entries = ctx.dataset.sources.map(sourceEntry)
  const pages = paginateSources(entries, SOURCE_CHARACTERS_PER_SLIDE)
  const base = ctx.dataset.framing.closing.sourcesHeading
  return pages.map((page, index) => {
    const heading = pages.length > 1
      ? `${base} ${index + 1}/${pages.length}`
      : base
    return {
      title: heading,
      view: {
        kind: 'sources',
        heading,
        page: index + 1,
        pages: pages.length,
        entries: page,
      },
      notes: { lead: `Reference slide: ${page[0]!.label} to ${page.at(-1)!.label}, for questions.`, steps: [] },
      handout: NO_HANDOUT,
    }
  })
}
