import type { SourceEntry, ThesisView } from '../../contract/slide-views.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { CANVAS, ROOM_RULES, roomPx } from '../../contract/room-rules.ts'
import { NO_HANDOUT, sourceEntry } from './deck-context.ts'
import { ledgerPoints, ledgerRows, withEpisodeCount } from './ledger.ts'
import { timelineView } from './timeline.ts'

/**
 * A sources slide's room, in canvas px, as styles/deck.css sets it: the list at the smallest size (--room-min), lines
 * 1.3 apart and rows 0.25em apart, beside a 4.8em label column, under a heading at body size; a tenth kept spare.
 */
const SOURCES_PAGE = (() => {
  const font = roomPx(ROOM_RULES.minFraction)
  return {
    line: font * 1.3,
    gap: font * 0.25,
    // Inter's letters average under half an em, so this counts short and a line holds at least this many.
    charactersPerLine: Math.floor((CANVAS.width - 2 * 48 - 5.6 * font) / (font * 0.5)),
    height: 0.9 * (CANVAS.height - 32 - 28 - roomPx(ROOM_RULES.bodyFraction) * 1.3 - 8),
  }
})()

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
        footnotes: ctx.dataset.timeline.flatMap(milestone => 'dateNote' in milestone && milestone.dateNote ? [`${milestone.label}: ${milestone.dateNote}`] : []),
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
      // The slide's own rows in words, not its spoken note ("Let me put the episodes together…"), which reads as a script in print.
      handout: { ...NO_HANDOUT, points: ledgerPoints(ctx) },
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

/** An entry's height on a sources slide, in canvas px, by its lines at the characters a line holds. */
function entryHeight(entry: SourceEntry): number {
  const characters = entry.text.length + (entry.remark ? entry.remark.length + 1 : 0)
  return Math.ceil(characters / SOURCES_PAGE.charactersPerLine) * SOURCES_PAGE.line + SOURCES_PAGE.gap
}

/** Splits source entries, in order and never one apart, into the fewest slides that hold them, each an even share. */
function paginateSources(entries: readonly SourceEntry[]): SourceEntry[][] {
  const heights = entries.map(entryHeight)
  const total = heights.reduce((sum, height) => sum + height, 0)
  for (let count = Math.max(1, Math.ceil(total / SOURCES_PAGE.height)); ; count++) {
    const pages = Array.from({ length: count }, () => ({ entries: [] as SourceEntry[], height: 0 }))
    let before = 0
    entries.forEach((entry, index) => {
      // An entry goes to the slide its middle falls on, were the total spread evenly over the slides.
      const page = pages[Math.min(count - 1, Math.floor((before + heights[index]! / 2) / (total / count)))]!
      page.entries.push(entry)
      page.height += heights[index]!
      before += heights[index]!
    })
    // An entry taller than a slide has one to itself, and runs off it. Such an entry takes several shares, so the count
    // can pass the entries' own before the others fit: it goes on (empty slides dropped) until they do, as they must
    // once a share is shorter than any entry.
    if (pages.every(page => page.entries.length === 1 || page.height <= SOURCES_PAGE.height))
      return pages.flatMap(page => page.entries.length > 0 ? [page.entries] : [])
  }
}

/** Backup slides for questions, after the closing slide: the full source list. */
export function backupSlides(ctx: DeckContext): SlideDraft[] {
  const pages = paginateSources(ctx.dataset.sources.map(sourceEntry))
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
