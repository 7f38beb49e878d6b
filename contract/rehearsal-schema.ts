import { z } from 'zod'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from './rehearsal-record.ts'

const seconds = z.number().finite().nonnegative()
const slide = z.number().int().positive()
const id = z.string().min(1)
const clicks = z.number().int().nonnegative()
const time = z.iso.datetime()
/** `talk` is the talk's title, so a rehearsal of another talk is recognised as foreign. */
const header = { format: z.literal(REHEARSAL_FORMAT), talk: z.string().min(1), startedAt: time, endedAt: time }

/** Version 1 knew slides by number only; such records are still read, matched by number. */
const version1 = z.object({
  ...header,
  version: z.literal(1),
  steps: z.array(z.object({ slide, clicks, seconds })),
  slides: z.array(z.object({ slide, seconds })),
})

/** Version 2 also names each slide by its stable id (SlideModel.id), to find it again after a reorder. */
const version2 = version1.extend({
  version: z.literal(REHEARSAL_VERSION),
  steps: z.array(z.object({ slide, id, clicks, seconds })),
  slides: z.array(z.object({ slide, id, seconds })),
})

/** Validates a rehearsal record on the server's side (the endpoint, `npm run rehearsals`). */
export const rehearsalRecordSchema = z.discriminatedUnion('version', [version1, version2])

export type CurrentRehearsalRecord = Readonly<z.infer<typeof version2>>
export type RehearsalRecord = Readonly<z.infer<typeof rehearsalRecordSchema>>
