import type { ViteDevServer } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { liveDatasetPlugin } from '../../scripts/dev/live-data.ts'
import { DECK_MARKDOWN } from '../../scripts/generate/generate-deck.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

const LABEL = 'asks to attack the South'
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach(stop => stop()))

/**
 * The live-data plugin on a stand-in for Vite's dev server whose file watcher never reports a change,
 * as Vite's watcher sometimes fails to on a busy machine: what the plugin reports to the page's banner.
 */
function serveWithDeafWatcher(data: string, out: string): (string | undefined)[] {
  const reports: (string | undefined)[] = []
  const banner = { name: 'deck-dataset-problem', api: { report: (problem: string | undefined) => reports.push(problem) } }
  let close = () => {}
  const server = {
    config: { plugins: [banner], logger: { info: () => {}, error: () => {} } },
    watcher: { add: () => {}, on: () => {} },
    httpServer: { once: (_event: string, listener: () => void) => close = listener },
  }
  const configure = liveDatasetPlugin(data, out).configureServer as (server: ViteDevServer) => void
  configure(server as unknown as ViteDevServer)
  stops.push(() => close())
  return reports
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
