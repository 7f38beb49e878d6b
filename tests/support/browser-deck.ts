import type { Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DECK_MODEL_FILE, drawsDiagram } from '../../contract/deck-model.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { MAIN_DATA, SECOND_TALK } from './datasets.ts'

/** Screenshots of failing slides land here, to be looked at. */
export const FAILURE_SHOTS = join(PROJECT_ROOT, '.tmp', 'browser-failures')

/** The model a dataset's build was made from (tests/browser/global-setup.ts regenerates it before building). */
export function builtDeckModel(dataDir: string): DeckModel {
  return JSON.parse(readFileSync(join(entryFor(dataDir).generated, DECK_MODEL_FILE), 'utf8')) as DeckModel
}

export const talkModel = () => builtDeckModel(MAIN_DATA)
export const fixtureModel = () => builtDeckModel(SECOND_TALK)

export async function saveFailureShot(page: Page, name: string): Promise<string> {
  mkdirSync(FAILURE_SHOTS, { recursive: true })
  const path = join(FAILURE_SHOTS, `${name}.png`)
  await page.screenshot({ path })
  return path
}

/** The Mermaid text a slide draws, if it draws one. */
export function mermaidOf(slide: SlideModel): string | undefined {
  return drawsDiagram(slide.view)
    ? slide.view.diagram.mermaid
    : undefined
}
