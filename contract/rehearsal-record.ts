/**
 * A rehearsal as the presenter view records it and the dev server saves it: the seconds spent on every
 * click in the order they were shown, and per slide in total. The browser's side needs only these
 * constants and types; the server validates records with rehearsal-schema.ts, which the browser never loads.
 */
export const REHEARSAL_FORMAT = 'nk-talk-rehearsal'

/** Where the presenter view posts a finished rehearsal; served by scripts/dev/rehearsal-endpoint.ts under `npm run dev` only. */
export const REHEARSAL_ENDPOINT = '/__deck/rehearsals'

export const REHEARSAL_VERSION = 2

interface Header {
  readonly format: typeof REHEARSAL_FORMAT
  /** The talk's title, so a rehearsal of another talk is recognised as foreign. */
  readonly talk: string
  readonly startedAt: string
  readonly endedAt: string
}

/** Version 1 knew slides by number only; such records are still read, matched by number. */
export interface RehearsalRecordV1 extends Header {
  readonly version: 1
  readonly steps: readonly { readonly slide: number, readonly clicks: number, readonly seconds: number }[]
  readonly slides: readonly { readonly slide: number, readonly seconds: number }[]
}

/** Version 2 also names each slide by its stable id (SlideModel.id), to find it again after a reorder. */
export interface CurrentRehearsalRecord extends Header {
  readonly version: typeof REHEARSAL_VERSION
  readonly steps: readonly { readonly slide: number, readonly id: string, readonly clicks: number, readonly seconds: number }[]
  readonly slides: readonly { readonly slide: number, readonly id: string, readonly seconds: number }[]
}

export type RehearsalRecord = RehearsalRecordV1 | CurrentRehearsalRecord
