import { z } from 'zod'

/**
 * A rehearsal as the presenter view records it and the dev server saves it to `rehearsals/<date-time>.json`:
 * the seconds spent on every click in the order they were shown, and per slide in total.
 */
export const REHEARSAL_FORMAT = 'nk-talk-rehearsal'

/** Where the presenter view posts a finished rehearsal; served by deck/vite/rehearsal-endpoint.ts in dev only. */
export const REHEARSAL_ENDPOINT = '/__deck/rehearsals'

const seconds = z.number().finite().nonnegative()
const slide = z.number().int().positive()
/** A slide's stable identity (SlideModel.id): a rehearsal finds its slides again after others were added, moved or removed. */
const id = z.string().min(1)

const header = {
  format: z.literal(REHEARSAL_FORMAT),
  /** The talk's title, so a rehearsal of another talk is recognised as foreign. */
  talk: z.string().min(1),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
}

/** Version 1 knew slides by number only; such records are still read, matched by number. */
const version1 = z.object({
  ...header,
  version: z.literal(1),
  steps: z.array(z.object({
    slide,
    clicks: z.number().int().nonnegative(),
    seconds,
  })),
  slides: z.array(z.object({ slide, seconds })),
})

const version2 = z.object({
  ...header,
  version: z.literal(2),
  steps: z.array(z.object({
    slide,
    id,
    clicks: z.number().int().nonnegative(),
    seconds,
  })),
  slides: z.array(z.object({ slide, id, seconds })),
})

export const REHEARSAL_VERSION = 2

export const rehearsalRecordSchema = z.discriminatedUnion('version', [version1, version2])

export type RehearsalRecord = z.infer<typeof rehearsalRecordSchema>
export type CurrentRehearsalRecord = z.infer<typeof version2>
