import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../scripts/build/static-server.ts'
import { buildDeck } from '../../scripts/build/build-deck.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { serveStatic } from '../../scripts/build/static-server.ts'
import { MAIN_DATA, SECOND_TALK } from '../support/datasets.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The talk in data/, for the live-* tests of its slides. */
    talkUrl: string
    /** The fixture talk, for every test of how the deck behaves. */
    fixtureUrl: string
  }
}

/**
 * The builds `npm run export` keeps for a dataset, reused when their shape is current: after
 * `npm run export`, the talk costs the tests no build of its own.
 */
export const TALK_BUILD = entryFor(MAIN_DATA).dist
export const FIXTURE_BUILD = entryFor(SECOND_TALK).dist

const servers: StaticServer[] = []

/** Builds the talk and the fixture once each, unless a build of their shape is there, and serves them to every browser test. */
export async function setup(project: TestProject): Promise<void> {
  // Side by side: a build keeps about one core busy.
  await Promise.all([
    buildDeck(MAIN_DATA, TALK_BUILD, { quiet: true }),
    buildDeck(SECOND_TALK, FIXTURE_BUILD, { quiet: true }),
  ])
  const [talk, fixture] = await Promise.all([
    serveStatic(TALK_BUILD),
    serveStatic(FIXTURE_BUILD),
  ])
  servers.push(talk, fixture)
  project.provide('talkUrl', talk.url)
  project.provide('fixtureUrl', fixture.url)
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map(server => server.close()))
}
