import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../scripts/build/static-server.ts'
import { buildDeck } from '../../scripts/build/build-deck.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { serveStatic } from '../../scripts/build/static-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
  }
}

/**
 * The build `npm run export` keeps for the project's dataset. Reused when its shape is current, as the
 * export reuses it: after `npm run export`, the tests pay for no build of their own.
 */
export const TEST_BUILD = entryFor('data').dist

let server: StaticServer | undefined

/** Builds the talk's deck once, unless a build of its shape is there, and serves it for every browser test. */
export async function setup(project: TestProject): Promise<void> {
  await buildDeck('data', TEST_BUILD, { quiet: true })
  server = await serveStatic(TEST_BUILD)
  project.provide('deckUrl', server.url)
}

export async function teardown(): Promise<void> {
  await server?.close()
}
