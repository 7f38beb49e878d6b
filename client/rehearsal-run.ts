import type { CurrentRehearsalRecord } from '../contract/rehearsal-record.ts'
import type { Position } from './pacing.ts'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from '../contract/rehearsal-record.ts'

/**
 * A step of a run: where the speaker was, from when (Date.now()), and the id of the slide shown then. An edit to the
 * dataset during the run renumbers the deck, so the id is taken as the step comes up, not when the run is saved.
 * A run kept in sessionStorage by an older page has no ids: those are looked up when it is saved.
 */
export interface RehearsalStep extends Position { readonly at: number, readonly id?: string }

/** A run-through so far: when it started and when each step came up. */
export interface Recording { readonly startedAt: number, readonly steps: readonly RehearsalStep[] }

/** Each step's seconds until the next (the last until `endedAt`), and per slide (by id) in total; a slide without an id by `idOf`. */
export function rehearsalRecord(talk: string, recording: Recording, endedAt: number, idOf: (slide: number) => string): CurrentRehearsalRecord {
  const steps = recording.steps.map((step, index) => ({
    slide: step.slide,
    id: step.id ?? idOf(step.slide),
    clicks: step.clicks,
    seconds: Math.max(0, ((recording.steps[index + 1]?.at ?? endedAt) - step.at) / 1000),
  }))
  const perSlide = new Map<string, { slide: number, seconds: number }>()
  for (const step of steps) {
    const seen = perSlide.get(step.id)
    perSlide.set(step.id, { slide: seen?.slide ?? step.slide, seconds: (seen?.seconds ?? 0) + step.seconds })
  }
  return {
    format: REHEARSAL_FORMAT,
    version: REHEARSAL_VERSION,
    talk,
    startedAt: new Date(recording.startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    steps,
    slides: [...perSlide].map(([id, { slide, seconds }]) => ({ slide, id, seconds })).sort((a, b) => a.slide - b.slide),
  }
}
