import type { Plugin } from 'vite'
import type { DeckEntry } from '../build/deck-entry.ts'
import { rehearsalsDirFor } from '../rehearsal/rehearsals-dir.ts'
import { liveDatasetPlugin } from './live-data.ts'
import { rehearsalEndpoint } from './rehearsal-endpoint.ts'

/**
 * The plugins `npm run dev` adds to Slidev's for a dataset: its edits reach the open slides, and its
 * rehearsals are saved where `npm run rehearsals` and the speaker script look for them.
 */
export function devPlugins(dataDir: string, entry: DeckEntry): Plugin[] {
  return [liveDatasetPlugin(dataDir, entry.generated), rehearsalEndpoint(rehearsalsDirFor(dataDir))]
}
