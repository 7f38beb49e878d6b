import type { CurrentRehearsalRecord, RehearsalRecordV1 } from './rehearsal-record.ts'
import { z } from 'zod'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from './rehearsal-record.ts'

const seconds = z.number().finite().nonnegative()
const slide = z.number().int().positive()
const id = z.string().min(1)

const header = {
  format: z.literal(REHEARSAL_FORMAT),
  talk: z.string().min(1),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
}

const version1 = z.object({
  ...header,
  version: z.literal(1),
  steps: z.array(z.object({
    slide,
    clicks: z.number().int().nonnegative(),
    seconds,
  })),
  slides: z.array(z.object({ slide, seconds })),
}) satisfies z.ZodType<RehearsalRecordV1>

const version2 = z.object({
  ...header,
  version: z.literal(REHEARSAL_VERSION),
  steps: z.array(z.object({
    slide,
    id,
    clicks: z.number().int().nonnegative(),
    seconds,
  })),
  slides: z.array(z.object({ slide, id, seconds })),
}) satisfies z.ZodType<CurrentRehearsalRecord>

/** Validates a rehearsal record on the server's side (the endpoint, `npm run rehearsals`). */
export const rehearsalRecordSchema = z.discriminatedUnion('version', [version1, version2])
