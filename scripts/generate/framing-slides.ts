import type { SourceEntry, ThesisView } from '../../contract/slide-views.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { NO_HANDOUT, sourceEntry } from './deck-context.ts'
import { ledgerRows, withEpisodeCount } from './ledger.ts'
import { timelineView } from './timeline.ts'

/** Characters of source text a backup slide holds at the smallest allowed size. */
const SOURCE_CHARACTERS_PER_SLIDE = 1500

/** The thesis's two sides as the thesis slide and the handout sheet show them: heading and points, no note. */
export function thesisSides(ctx: DeckContext): Pick<ThesisView, 'enemies' | 'allies'> {
  const { enemies, allies } = ctx.dataset.framing.opening.comparison
  return { enemies: { heading: enemies.heading, points: enemies.points }, allies: { heading: allies.heading, points: allies.points } }
}

export function openingSlides(ctx: DeckContext): SlideDraft[] {
  const { talk, framing: { opening } } = ctx.dataset
  const { enemies, allies } = opening.comparison
  const timelineHeading = withEpisodeCount(ctx, opening.timelineHeading)
  return [
    {
      id: 'title',
      title: `${talk.title}: ${talk.subtitle}`,
      view: {
        kind: 'title',
        heading: talk.title,
        subtitle: talk.subtitle,
        speaker: talk.speaker,
        details: [`${talk.venue.event} · ${ctx.talkDate}`],
      },
      notes: { lead: opening.titleNote, steps: [] },
      handout: { ...NO_HANDOUT, points: [talk.affiliation, `${talk.venue.event}, "${talk.venue.theme}" · ${talk.venue.place}`] },
    },
    {
      id: 'puzzle',
      title: opening.puzzleHeading,
      view: { kind: 'points', heading: opening.puzzleHeading, points: talk.puzzle },
      notes: { lead: opening.puzzleNote, steps: [] },
      handout: { ...NO_HANDOUT, points: [opening.puzzleNote] },
    },
    {
      id: 'thesis',
      title: talk.thesis,
      view: { kind: 'thesis', heading: talk.thesis, ...thesisSides(ctx) },
      notes: { lead: opening.thesisNote, steps: [enemies.note, allies.note] },
      handout: { ...NO_HANDOUT, points: [enemies.note, allies.note] },
    },
    {
      id: 'timeline',
      title: timelineHeading,
      view: timelineView(ctx, timelineHeading),
      notes: { lead: withEpisodeCount(ctx, opening.timelineNote), steps: [] },
      handout: {
        ...NO_HANDOUT,
        points: ctx.dataset.episodes.map((episode, index) => `${index + 1}. ${episode.title}, ${episode.period.label}: ${episode.question}`),
      },
    },
  ]
}

/** The ledger of the episodes under the thesis restated, and the line the talk ends on, left up for questions. */
export function closingSlides(ctx: DeckContext): SlideDraft[] {
  const { talk, framing: { closing } } = ctx.dataset
  const ledgerNote = withEpisodeCount(ctx, closing.ledgerNote)
  return [
    {
      id: 'ledger',
      title: talk.thesis,
      view: { kind: 'ledger', heading: talk.thesis, rows: ledgerRows(ctx) },
      notes: { lead: ledgerNote, steps: [] },
      handout: { ...NO_HANDOUT, points: [ledgerNote] },
    },
    {
      id: 'end',
      title: closing.endLine,
      view: {
        kind: 'end',
        line: closing.endLine,
        speaker: talk.speaker,
        details: [`${talk.title} · ${talk.venue.event} · ${ctx.talkDate}`],
      },
      notes: { lead: withEpisodeCount(ctx, closing.endNote), steps: [] },
      handout: { ...NO_HANDOUT, points: closing.endPoints },
    },
  ]
}

/** Packs source entries into slides of about `budget` characters each, never splitting an entry. */
function paginateSources(entries: readonly SourceEntry[], budget: number): SourceEntry[][] {
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
  const pages = paginateSources(ctx.dataset.sources.map(sourceEntry), SOURCE_CHARACTERS_PER_SLIDE)
  const base = ctx.dataset.framing.closing.sourcesHeading
  return pages.map((page, index) => {
    const heading = pages.length > 1 ? `${base} ${index + 1}/${pages.length}` : base
    return {
      id: `sources:${page[0]!.id}`,
      title: heading,
      alias: `sources-${index + 1}`,
      view: { kind: 'sources', heading, entries: page },
      notes: { lead: `Reference slide: ${page.length === 1 ? page[0]!.label : `${page[0]!.label} to ${page.at(-1)!.label}`}, for questions.`, steps: [] },
      handout: NO_HANDOUT,
    }
  })
}
