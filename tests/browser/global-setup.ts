import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../scripts/build/static-server.ts'
import { join } from 'node:path'
import { buildDeck, PROJECT_ROOT } from '../../scripts/build/build-deck.ts'
import { serveStatic } from '../../scripts/build/static-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
  }
}

export const TEST_BUILD = join(PROJECT_ROOT, '.tmp', 'test-deck')

let server: StaticServer | undefined

/** Builds the talk's deck once and serves it for every browser test. */
export async function setup(project: TestProject): Promise<void> {
  await buildDeck('data', TEST_BUILD, { quiet: true })
  server = await serveStatic(TEST_BUILD)
  project.provide('deckUrl', server.url)
}

export async function teardown(): Promise<void> {
  await server?.close()
}
