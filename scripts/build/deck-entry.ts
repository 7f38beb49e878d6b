import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { datasetFolderName, PROJECT_DATA, PROJECT_ROOT } from '../files/project-root.ts'
import { generateDeck } from '../generate/generate-deck.ts'

/**
 * The folder Slidev builds a dataset in: `slides.md` (deck-wide settings), `generated/`, and `dist` for the
 * static build kept between exports. The project's own dataset is built from the project root; any other
 * gets an entry under `.tmp/entries/`, named after its folder, so it never overwrites the project's `generated/`.
 */
export function entryFor(dataDir: string) {
  const own = resolve(dataDir) === PROJECT_DATA
  const root = own ? PROJECT_ROOT : join(PROJECT_ROOT, '.tmp', 'entries', datasetFolderName(dataDir))
  const dist = own ? join(PROJECT_ROOT, '.tmp', 'export-build') : join(root, 'dist')
  return { root, slides: join(root, 'slides.md'), generated: join(root, 'generated'), dist }
}

export type DeckEntry = ReturnType<typeof entryFor>

/**
 * The project's `slides.md` for an entry elsewhere, the project listed as an addon so that Slidev takes its components,
 * setup, styles and Vite config as for its own deck. Its line ends may be Windows' (a checkout with git's autocrlf).
 */
export function withProjectAddon(settings: string, project: string): string {
  const headmatter = /^---\r?\n/.exec(settings)
  if (!headmatter)
    throw new Error('slides.md must begin with its headmatter (a line ---): the deck\'s settings are missing')
  const eol = headmatter[0].slice(3)
  return `---${eol}addons:${eol}  - ${JSON.stringify(project)}${eol}${settings.slice(headmatter[0].length)}`
}

/** Validates the dataset, then writes the entry: nothing is written when the dataset is invalid. */
export async function writeDeckEntry(dataDir: string, warn?: (line: string) => void) {
  const entry = entryFor(dataDir)
  const deck = await generateDeck(dataDir, entry.generated, warn)
  if (entry.root !== PROJECT_ROOT) {
    mkdirSync(entry.root, { recursive: true })
    writeFileSync(entry.slides, withProjectAddon(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8'), PROJECT_ROOT))
  }
  return { entry, deck }
}
