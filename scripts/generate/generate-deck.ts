import type { DeckModel } from '../../contract/deck-model.ts'
import { join } from 'node:path'
import { DECK_MODEL_FILE } from '../../contract/deck-model.ts'
import { loadDataset } from '../dataset/load-dataset.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { buildDeckModel } from './deck-model.ts'
import { renderDeckMarkdown } from './render-markdown.ts'

export const DECK_MARKDOWN = 'deck.md'

/** Loads and validates a dataset, then writes the deck's Markdown and model; writes nothing if the dataset is invalid. */
export async function generateDeck(dataDir: string, outDir: string): Promise<DeckModel> {
  const { dataset } = await loadDataset(dataDir)
  const deck = buildDeckModel(dataset)
  writeFilesAtomically(new Map([
    [
      join(outDir, DECK_MARKDOWN),
      renderDeckMarkdown(deck),
    ],
    [
      join(outDir, DECK_MODEL_FILE),
      `${JSON.stringify(deck, null, 2)}\n`,
    ],
  ]))
  return deck
}
