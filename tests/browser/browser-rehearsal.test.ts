import type { Browser } from 'playwright-chromium'
import type { RehearsalRecord } from '../../deck/rehearsal-record.ts'
import type { DevServer } from '../support/dev-server.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { temporaryDir } from '../support/datasets.ts'
import { startDevServer } from '../support/dev-server.ts'

const rehearsals = temporaryDir('rehearsals-')
let dev: DevServer | undefined
let browser: Browser

/** `npm run rehearse` on a free port, saving into a scratch folder. */
beforeAll(async () => {
  dev = await startDevServer('data', { VITE_DECK_REHEARSE: '1', DECK_REHEARSALS_DIR: rehearsals })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  dev?.stop()
})

describe('rehearsal in the dev server', () => {
  it('records the time on every slide and click as the clock says, into a new file', async () => {
    const page = await browser.newPage({
      viewport: { width: 1024, height: 768 },
    })
    await page.clock.install({
      time: new Date('2026-03-01T10:00:00Z'),
    })
    await page.goto(`${dev!.url}/presenter/1`)
    await page.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible', timeout: 90_000 })
    await page.locator('.deck-rehearsal-stop').waitFor({ state: 'visible' })
    await page.clock.pauseAt(new Date('2026-03-01T10:05:00Z')) // from here on, time moves only as the test says
    const plan: [number, number][] = [
      [20, 2],
      [35, 3],
      [10, 4],
    ]
    for (const [seconds, next] of plan) {
      await page.clock.fastForward(seconds * 1000)
      await page.keyboard.press('ArrowDown')
      await page.locator(`.grid-section.main .slidev-page-${next}`).waitFor({ state: 'visible' })
    }
    await page.clock.fastForward(15_000)
    await page.locator('.deck-rehearsal-stop').click()
    await page.locator('.deck-rehearsal-message', { hasText: 'saved' }).waitFor({ timeout: 15_000 })
    const files = readdirSync(rehearsals)
    expect(files).toHaveLength(1)
    expect(files[0]).toBe('2026-03-01T10-06-20.json')
    const record = JSON.parse(readFileSync(join(rehearsals, files[0]!), 'utf8')) as RehearsalRecord
    const slide1 = record.slides.find(entry => entry.slide === 1)!.seconds
    expect(slide1).toBeGreaterThanOrEqual(20)
    expect(record.slides.filter(entry => entry.slide > 1)).toEqual([
      { slide: 2, seconds: 35 },
      { slide: 3, seconds: 10 },
      { slide: 4, seconds: 15 },
    ])
    expect(record.steps.map(step => [step.slide, step.clicks])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ])
    await page.close()
  })
})
