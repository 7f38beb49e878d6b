import type { EvidenceView, LedgerRow } from '../../contract/slide-views.ts'
import type { Episode } from '../../data/schema.ts'
import type { DeckContext } from './deck-context.ts'
import { sourceLine } from './deck-context.ts'

export function ledgerRows(ctx: DeckContext, count = ctx.dataset.episodes.length): LedgerRow[] {
  return ctx.dataset.episodes.slice(0, count).map((episode, index) => ({
    number: index + 1,
    period: episode.period.label,
    finalSay: episode.finalSay.map(turn => ({
      who: turn.who.map(ctx.actorOf),
      when: turn.when ? ctx.formatDate(turn.when, 'short') : '',
    })),
    lesson: episode.lesson.headline,
  }))
}

/** `Moscow`, `Moscow and Beijing`, `Moscow, Beijing and Pyongyang` */
const names = new Intl.ListFormat('en-GB', { type: 'conjunction' })

/**
 * The ledger in words, for the handout beside its picture: each episode by its number and name (the slide gives its period only), who
 * had the final say and when, and the lesson as Pyongyang saw it, in its own words; numbered, as the timeline's episodes.
 */
export function ledgerPoints(ctx: DeckContext): string[] {
  return ctx.dataset.episodes.map((episode, index) => {
    const finalSay = episode.finalSay.map(turn => `${names.format(turn.who.map(id => ctx.actorOf(id).name))}${turn.when ? ` (${ctx.formatDate(turn.when)})` : ''}`)
    return `${index + 1}. ${episode.title}, ${episode.period.label}: the final say, ${finalSay.join(', then ')}; as Pyongyang saw it, “${episode.lesson.headline}”`
  })
}

/** What the lesson slide shows beside the lesson: the record that makes it Pyongyang's, or the essay's inference. */
export function evidenceView(ctx: DeckContext, episode: Episode): EvidenceView {
  const { kind, date, text, sources } = episode.lesson.evidence
  return { kind, date: date ? ctx.formatDate(date, 'short') : '', text, source: sourceLine(ctx.cite(sources)) || 'the essay' }
}

/**
 * The number of the dataset's episodes in words, for headlines and notes that count them: `{episodes}`, capitalised where it
 * opens a sentence; `{episodes} episodes` of a talk of one episode is `one episode`.
 */
export function withEpisodeCount(ctx: DeckContext, text: string): string {
  const count = ctx.dataset.episodes.length
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
  const word = words[count] ?? String(count)
  // A full stop after an abbreviation (`e.g. {episodes}`) ends no sentence.
  return text.replace(/(?<!\b(?:e\.g|i\.e|cf|vs))([.!?]["”’)]?\s+)?\{episodes\}(\s+episodes\b)?/gi, (_, stop: string | undefined, noun: string | undefined, offset: number) =>
    `${stop === undefined && offset > 0 ? word : `${stop ?? ''}${word.charAt(0).toUpperCase()}${word.slice(1)}`}${noun && count === 1 ? noun.slice(0, -1) : noun ?? ''}`)
}
