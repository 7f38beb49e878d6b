import type { DeckModel } from '../../contract/deck-model.ts'
import type { DeckEntry } from '../build/deck-entry.ts'
import type { ExportFileNames } from './options.ts'
import type { ExportProgress } from './progress.ts'
import { buildVenueHtml } from './venue-html.ts'
import { venueClicksPdf, venuePptx } from './venue-slidev.ts'

/** The clicks PDF and the pptx one after the other (each runs a Slidev dev server; they would share its dependency cache), the HTML meanwhile. */
export async function venueFiles(entry: DeckEntry, deck: DeckModel, names: ExportFileNames, progress: ExportProgress): Promise<Map<string, Uint8Array>> {
  const html = buildVenueHtml(entry)
  html.catch(() => undefined)
  progress.stage('slidev export: the timed slides, a page per click')
  const clicks = await venueClicksPdf(entry, deck)
  progress.stage('slidev export: the PowerPoint file, a slide per click')
  const pptx = await venuePptx(entry, deck)
  return new Map([[names.clicks, clicks], [names.pptx, pptx], [names.html, await html]])
}
