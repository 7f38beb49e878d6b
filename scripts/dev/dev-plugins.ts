import type { Plugin } from 'vite'
import type { DeckEntry } from '../build/deck-entry.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HEADMATTER_FILE } from '../generate/generate-deck.ts'
import { rehearsalsDirFor } from '../rehearsal/rehearsals-dir.ts'
import { liveDatasetPlugin } from './live-data.ts'
import { rehearsalEndpoint } from './rehearsal-endpoint.ts'

/**
 * The plugins `npm run dev` adds to Slidev's for a dataset: its edits reach the open slides, and its
 * rehearsals are saved where `npm run rehearsals` and the speaker script look for them.
 */
export function devPlugins(dataDir: string, entry: DeckEntry): Plugin[] {
  // The title the presenter view shows and records, as last generated from the live dataset.
  const title = () => (JSON.parse(readFileSync(join(entry.generated, HEADMATTER_FILE), 'utf8')) as { title: string }).title
  return [liveDatasetPlugin(dataDir, entry.generated), rehearsalEndpoint(rehearsalsDirFor(dataDir), title)]
}
