import type { SlideInTalk } from '../contract/deck-model.ts'
import { formatSeconds } from '../contract/deck-model.ts'

/** Seconds either side of the click's planned window still `on time`: one spoken paragraph, less than a speaker can correct. */
export const TOLERANCE_SECONDS = 30

export type Standing
  = | { readonly kind: 'not started' | 'on time' | 'untimed' }
    | { readonly kind: 'ahead' | 'behind', readonly seconds: number }

/** Ahead when the elapsed time is before the window, behind when past it, by how much; on time within the tolerance. */
export function standing(windowStart: number, windowEnd: number, elapsed: number, tolerance = TOLERANCE_SECONDS): Standing {
  if (elapsed < windowStart - tolerance)
    return { kind: 'ahead', seconds: windowStart - elapsed }
  if (elapsed > windowEnd + tolerance)
    return { kind: 'behind', seconds: elapsed - windowEnd }
  return { kind: 'on time' }
}

/** `on time`, `0:35 behind`, `1:10 ahead`, `countdown not started` */
export function formatStanding(value: Standing): string {
  switch (value.kind) {
    case 'not started': return 'countdown not started'
    case 'on time': return 'on time'
    case 'untimed': return 'backup: not timed'
    default: return `${formatSeconds(value.seconds)} ${value.kind}`
  }
}

export interface Position { readonly slide: number, readonly clicks: number }

export interface TalkTime {
  /** Whether the countdown has started: until it does, the speaker is neither ahead nor behind. */
  readonly started: boolean
  /** Seconds since the countdown started. */
  readonly elapsed: number
  /** The elapsed time at which the speaker first reached the slide's section; without it, its planned start. */
  readonly sectionEnteredAt?: number | undefined
}

/** Where the speaker stands on the slide's click; a backup slide, shown for questions after the timed talk, has no plan to keep. */
export function pacingAt(slide: SlideInTalk, clicks: number, { started, elapsed, sectionEnteredAt }: TalkTime) {
  const click = Math.min(Math.max(clicks, 0), slide.clicks.length - 1)
  const start = slide.clicks[click]!
  const end = slide.clicks[click + 1] ?? slide.end
  const { section } = slide
  const timed = section.budget > 0
  const now: Standing = !timed ? { kind: 'untimed' } : started ? standing(start, end, elapsed) : { kind: 'not started' }
  const used = Math.max(0, elapsed - (sectionEnteredAt ?? section.start))
  return {
    timed,
    section,
    plan: `plan ${formatSeconds(start)}`,
    elapsed: formatSeconds(elapsed),
    standing: now,
    status: formatStanding(now),
    budget: formatSeconds(section.budget),
    used: formatSeconds(used),
    usedRatio: section.budget > 0 ? used / section.budget : 0,
  }
}
