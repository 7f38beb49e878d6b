import type { DeckModel } from '../../contract/deck-model.ts'
import { noteWords } from '../../scripts/generate/talk-plan.ts'

/** Speaking time per timed section, estimated from its notes at the talk's words-per-minute rate; backup slides are not counted. */
export function estimateSpeakingTime(deck: DeckModel) {
  return deck.sections.filter(section => section.kind !== 'backup').map((section) => {
    const words = section.slides.reduce((sum, number) => sum + noteWords(deck.slides[number - 1]!.notes), 0)
    const estimatedMinutes = words / deck.talk.wordsPerMinute
    const { id, title, minutes } = section
    // ratio: estimated / budget, 1 is on time.
    return { section: id, title, words, budgetMinutes: minutes, estimatedMinutes, ratio: estimatedMinutes / minutes }
  })
}

/** What a speaker needs left of the slot at the talk's pace: a minute and a half for the unexpected. */
export const SLACK_SECONDS = 90
/** A timed slide for every fifty seconds of the slot at most (30 in 25 minutes): more, and slides flash past. */
export const SECONDS_PER_TIMED_SLIDE = 50

export function maxTimedSlides(slotMinutes: number): number {
  return Math.floor(slotMinutes * 60 / SECONDS_PER_TIMED_SLIDE)
}

export function spokenSeconds(deck: DeckModel): number {
  return estimateSpeakingTime(deck).reduce((sum, timing) => sum + timing.estimatedMinutes * 60, 0)
}
