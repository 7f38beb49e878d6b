import type { Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { MAIN_DATA, SECOND_TALK } from './datasets.ts'

/** Screenshots of failing slides land here, to be looked at. */
export const FAILURE_SHOTS = join(PROJECT_ROOT, '.tmp', 'browser-failures')

/** The deck model of a dataset, as its build was made from it (tests/browser/global-setup.ts builds it afresh). */
export async function builtDeckModel(dataDir: string): Promise<DeckModel> {
  return buildDeckModel((await loadDataset(dataDir)).dataset)
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
    ? slide.view.mermaid
    : undefined
}

/** The slide a deck's address names, by its number or, for the slides that have one, its `routeAlias`. */
export function slideNumberIn(deck: DeckModel, url: string): number {
  const { pathname, hash } = new URL(url)
  const segment = (hash
    ? hash.slice(1).split('?')[0]!
    : pathname).split('/').filter(Boolean).at(-1) ?? ''
  return deck.slides.find(slide => slide.alias === segment)?.number ?? Number(segment)
}

/** A slide and a click of it. */
export interface DeckPosition {
  readonly slide: number
  readonly clicks: number
}

/** The slide and click a deck's address names (`/7?clicks=2`, `/presenter/7`, `#/sources-1`): no `clicks`, click 0. */
export function positionIn(deck: DeckModel, url: string): DeckPosition {
  const { hash, searchParams } = new URL(url)
  const query = hash
    ? new URLSearchParams(hash.split('?')[1] ?? '')
    : searchParams
  return {
    slide: slideNumberIn(deck, url),
    clicks: Number(query.get('clicks') ?? 0),
  }
}

/** Every step of the talk, as → reaches it from the first slide: each slide at each of its clicks. */
export function stepsOf(deck: DeckModel): DeckPosition[] {
  return deck.slides.flatMap(slide => Array.from({ length: slide.notes.steps.length + 1 }, (_, clicks) => ({ slide: slide.number, clicks })))
}
