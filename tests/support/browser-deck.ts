import type { Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { DECK_MODEL_FILE, drawsDiagram } from '../../contract/deck-model.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'

/** Screenshots of failing slides land here, to be looked at. */
export const FAILURE_SHOTS = join(PROJECT_ROOT, '.tmp', 'browser-failures')

/**
 * The model of the deck that tests/browser/global-setup.ts built from data/ (it regenerates generated/ before building).
 * DECK_MODEL_DIR points elsewhere when the tests are run against another build.
 */
export function builtDeckModel(dir = process.env.DECK_MODEL_DIR ?? join(PROJECT_ROOT, 'generated')): DeckModel {
  return JSON.parse(readFileSync(join(dir, DECK_MODEL_FILE), 'utf8')) as DeckModel
}

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
