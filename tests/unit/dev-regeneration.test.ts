import type { ViteDevServer } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parser } from '@slidev/cli'
import { afterEach, describe, expect, it } from 'vitest'
import { CANVAS } from '../../contract/room-rules.ts'
import { withProjectAddon } from '../../scripts/build/deck-entry.ts'
import { liveDatasetPlugin } from '../../scripts/dev/live-data.ts'
import { registerPreparsers } from '../../scripts/dev/slidev-preparsers.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { DECK_MARKDOWN, generateDeck } from '../../scripts/generate/generate-deck.ts'
import { deckTitle } from '../../scripts/generate/render-markdown.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

const LABEL = 'asks to attack the South'
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach(stop => stop()))

/**
 * The live-data plugin on a stand-in for Vite's dev server whose file watcher never reports a change,
 * as Vite's watcher sometimes fails to on a busy machine: what the plugin reports to the page's banner.
 */
function serveWithDeafWatcher(data: string, out: string): (string | undefined)[] {
  return serveLive(data, out).reports
}

/** The live-data plugin on a stand-in for Vite's dev server: what it reports to the page's banner, and its watcher's `change` to send. */
function serveLive(data: string, out: string) {
  const reports: (string | undefined)[] = []
  const warnings: string[] = []
  let changed = (_file: string) => {}
  const banner = { name: 'deck-dataset-problem', api: { report: (problem: string | undefined) => reports.push(problem) } }
  let close = () => {}
  const server = {
    config: { plugins: [banner], logger: { info: () => {}, error: () => {}, warn: (line: string) => warnings.push(line) } },
    watcher: { add: () => {}, on: (event: string, listener: (file: string) => void) => event === 'change' && (changed = listener) },
    httpServer: { once: (_event: string, listener: () => void) => close = listener },
  }
  const configure = liveDatasetPlugin(data, out).configureServer as (server: ViteDevServer) => void
  configure(server as unknown as ViteDevServer)
  stops.push(() => close())
  return { reports, warnings, change: (file: string) => changed(file) }
}

describe('npm run dev regenerates the deck', () => {
  it('after an edit whose file event never came: a broken edit reaches the banner, its fix clears it and reaches the deck', async () => {
    const data = copyDatasetDir(SECOND_TALK)
    const out = temporaryDir('live-generated-')
    const episode = join(data, 'episodes', '01-first-request.ts')
    const original = readFileSync(episode, 'utf8')
    const reports = serveWithDeafWatcher(data, out)

    writeFileSync(episode, original.replace(/from: 'moscow'/, 'from: \'moskva\''))
    await expect.poll(() => reports.at(-1), { timeout: 5000 }).toMatch(/unknown actor "moskva"/)
    writeFileSync(episode, original.replace(LABEL, 'asks once more to attack'))
    await expect.poll(() => reports.length, { timeout: 5000 }).toBe(2)
    expect(reports.at(-1)).toBeUndefined()
    expect(readFileSync(join(out, DECK_MARKDOWN), 'utf8')).toContain('asks once more to attack')
  })
})

describe('npm run dev warns of text the deck\'s fonts cannot print', () => {
  it('names the field of an edit that brings in Hangul, and the deck is regenerated all the same', async () => {
    const data = copyDatasetDir(SECOND_TALK)
    const out = temporaryDir('live-generated-')
    const episode = join(data, 'episodes', '01-first-request.ts')
    const { reports, warnings, change } = serveLive(data, out)
    writeFileSync(episode, readFileSync(episode, 'utf8').replace(LABEL, '김일성 asks to attack'))
    change(episode)
    await expect.poll(() => warnings, { timeout: 5000 }).toContainEqual(expect.stringMatching(/^deck: warning: .*01-first-request\.ts: .*› label: none of the deck's fonts has 김일성$/))
    expect(reports.filter(problem => problem !== undefined)).toEqual([])
    expect(readFileSync(join(out, DECK_MARKDOWN), 'utf8')).toContain('김일성 asks to attack')
  })
})

describe('npm run dev during a save', () => {
  it('reads a file an editor empties and then writes once it is written, not reporting it empty in between', async () => {
    const data = copyDatasetDir(SECOND_TALK)
    const episode = join(data, 'episodes', '01-first-request.ts')
    const edited = readFileSync(episode, 'utf8').replace(/from: 'moscow'/, 'from: \'moskva\'')
    const { reports, change } = serveLive(data, temporaryDir('live-generated-'))
    writeFileSync(episode, '')
    change(episode)
    await sleep(80)
    writeFileSync(episode, edited)
    change(episode)
    await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThan(0)
    expect(reports).toEqual([expect.stringMatching(/unknown actor "moskva"/)])
  })
})

describe('npm run dev reads the talk\'s settings', () => {
  it('through setup/preparser.ts, as Slidev\'s CLI does: the raw title, the author, the countdown of the slot and the canvas', async () => {
    // An entry as scripts/build/deck-entry.ts lays one out, parsed by Slidev's parser as the dev server's loadData does.
    const root = temporaryDir('dev-entry-')
    const deck = await generateDeck(SECOND_TALK, join(root, 'generated'))
    writeFileSync(join(root, 'slides.md'), withProjectAddon(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8'), PROJECT_ROOT))
    await registerPreparsers()
    const options = { roots: [root, PROJECT_ROOT], userRoot: root } as Parameters<typeof parser.load>[0]
    const { headmatter } = await parser.load(options, join(root, 'slides.md'), {}, 'dev')
    expect(headmatter).toMatchObject({
      title: deckTitle(deck.talk),
      author: deck.talk.speaker,
      duration: `${deck.talk.slotMinutes}min`,
      timer: 'countdown',
      canvasWidth: CANVAS.width,
    })
  })
})
