/**
 * A rehearsal as the presenter view records it and the dev server saves it. The browser needs only these constants
 * and types; the server validates records with rehearsal-schema.ts, which the browser never loads.
 */
export const REHEARSAL_FORMAT = 'nk-talk-rehearsal'

/** Where the presenter view posts a finished rehearsal; served by scripts/dev/rehearsal-endpoint.ts under `npm run dev` only. */
export const REHEARSAL_ENDPOINT = '/__deck/rehearsals'

export const REHEARSAL_VERSION = 2

export type { CurrentRehearsalRecord, RehearsalRecord } from './rehearsal-schema.ts'
