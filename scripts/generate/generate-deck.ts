import type { DeckModel } from '../../contract/deck-model.ts'
import { join } from 'node:path'
import { loadDataset } from '../dataset/load-dataset.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { buildDeckModel } from './deck-model.ts'
import { renderDeckMarkdown, renderHeadmatter } from './render-markdown.ts'

/** The generated deck, which `slides.md` imports. */
export const DECK_MARKDOWN = 'deck.md'
/** The headmatter the dataset decides (title, author, the timer's duration), read by setup/preparser.ts. */
export const HEADMATTER_FILE = 'headmatter.json'

/** Loads and validates a dataset, then writes the deck's Markdown and headmatter; writes nothing if the dataset is invalid. */
export async function generateDeck(dataDir: string, outDir: string, warn: (line: string) => void = () => {}): Promise<DeckModel> {
  const { dataset, warnings } = await loadDataset(dataDir)
  warnings.forEach(warn)
  const deck = buildDeckModel(dataset)
  writeFilesAtomically(new Map([
    [join(outDir, DECK_MARKDOWN), renderDeckMarkdown(deck)],
    [join(outDir, HEADMATTER_FILE), renderHeadmatter(deck)],
  ]))
  return deck
}
