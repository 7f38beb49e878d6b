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

export const rehearsalRecordSchema = z.object({
  format: z.literal(REHEARSAL_FORMAT),
  version: z.literal(1),
  /** The talk's title, so a rehearsal of another talk is recognised as foreign. */
  talk: z.string().min(1),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  steps: z.array(z.object({
    slide,
    clicks: z.number().int().nonnegative(),
    seconds,
  })),
  slides: z.array(z.object({ slide, seconds })),
})

export type RehearsalRecord = z.infer<typeof rehearsalRecordSchema>
