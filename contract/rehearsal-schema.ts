import type { CurrentRehearsalRecord, RehearsalRecordV1 } from './rehearsal-record.ts'
import { z } from 'zod'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from './rehearsal-record.ts'

const seconds = z.number().finite().nonnegative()
const slide = z.number().int().positive()
const id = z.string().min(1)
const clicks = z.number().int().nonnegative()
const time = z.iso.datetime()
const header = { format: z.literal(REHEARSAL_FORMAT), talk: z.string().min(1), startedAt: time, endedAt: time }

const version1 = z.object({
  ...header,
  version: z.literal(1),
  steps: z.array(z.object({ slide, clicks, seconds })),
  slides: z.array(z.object({ slide, seconds })),
}) satisfies z.ZodType<RehearsalRecordV1>

const version2 = z.object({
  ...header,
  version: z.literal(REHEARSAL_VERSION),
  steps: z.array(z.object({ slide, id, clicks, seconds })),
  slides: z.array(z.object({ slide, id, seconds })),
}) satisfies z.ZodType<CurrentRehearsalRecord>

/** Validates a rehearsal record on the server's side (the endpoint, `npm run rehearsals`). */
export const rehearsalRecordSchema = z.discriminatedUnion('version', [version1, version2])
