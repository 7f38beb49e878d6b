import type { DeckModel } from '../../contract/deck-model.ts'
import type { CurrentRehearsalRecord } from '../../contract/rehearsal-record.ts'
import { cpSync, existsSync, readdirSync, readFileSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import { rehearsalRecord } from '../../client/rehearsal-run.ts'
import { formatSeconds } from '../../contract/deck-model.ts'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from '../../contract/rehearsal-record.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { devPlugins } from '../../scripts/dev/dev-plugins.ts'
import { rehearsalFileStem, writeNewFile } from '../../scripts/dev/rehearsal-endpoint.ts'
import { exportSettings, parseExportArgs } from '../../scripts/export/options.ts'
import { PROJECT_ROOT, projectPath } from '../../scripts/files/project-root.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { generateDeck } from '../../scripts/generate/generate-deck.ts'
import { deckTitle } from '../../scripts/generate/render-markdown.ts'
import { rehearsalsDirFor } from '../../scripts/rehearsal/rehearsals-dir.ts'
import { latestRehearsal, parseRehearsal, rehearsalTable, rehearsedTitles, summarize } from '../../scripts/rehearsal/rehearsals.ts'
import { MAIN_DATA, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { postRehearsal } from '../support/post-rehearsal.ts'
import { runScript } from '../support/run-script.ts'

let deck: DeckModel
beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

/** A rehearsal of the fixture's first two slides, in the current format (each slide known by its id). */
function record(overrides: Partial<CurrentRehearsalRecord> = {}): CurrentRehearsalRecord {
  const [first, second] = deck.slides
  return {
    format: REHEARSAL_FORMAT,
    version: REHEARSAL_VERSION,
    talk: deckTitle(deck.talk),
    startedAt: '2026-03-01T10:00:00.000Z',
    endedAt: '2026-03-01T10:01:30.000Z',
    steps: [
      {
        slide: 1,
        id: first!.id,
        clicks: 0,
        seconds: 60,
      },
      {
        slide: 2,
        id: second!.id,
        clicks: 0,
        seconds: 30,
      },
    ],
    slides: [
      { slide: 1, id: first!.id, seconds: 60 },
      { slide: 2, id: second!.id, seconds: 30 },
    ],
    ...overrides,
  }
}

describe('rehearsal files', () => {
  it.each([
    ['{', 'not JSON'],
    ['{}', 'not a rehearsal record: format'],
    ['{"format":"something-else"}', 'not a rehearsal record: format'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseRehearsal(text, rehearsedTitles(deck.talk))).toMatch(new RegExp(`^${reason}`))
  })

  it('rejects negative seconds and another talk\'s rehearsal, and accepts its own', () => {
    const negative = record({
      slides: [
        { slide: 1, id: deck.slides[0]!.id, seconds: -1 },
      ],
    })
    expect(parseRehearsal(JSON.stringify(negative), rehearsedTitles(deck.talk))).toMatch(/^not a rehearsal record: slides\.0\.seconds/)
    expect(parseRehearsal(JSON.stringify(record({ talk: 'Other' })), rehearsedTitles(deck.talk))).toBe('a rehearsal of another talk ("Other")')
    expect(parseRehearsal(JSON.stringify(record()), rehearsedTitles(deck.talk))).toEqual(record())
  })

  it('takes the newest valid record, naming the corrupt and foreign files it skips', () => {
    const dir = temporaryDir('rehearsals-')
    writeFileSync(join(dir, '2026-03-01T09-00-00.json'), JSON.stringify(record()))
    writeFileSync(join(dir, '2026-03-02T09-00-00.json'), '{ broken')
    writeFileSync(join(dir, '2026-03-03T09-00-00.json'), JSON.stringify(record({ talk: 'Other' })))
    const { summary, skipped } = latestRehearsal(dir, deck)
    expect(summary?.label).toBe('2026-03-01T09-00-00.json')
    expect(summary?.sections.get('opening')).toBe(90)
    expect(skipped).toEqual([
      `${join(dir, '2026-03-02T09-00-00.json')}: not JSON; skipped`,
      `${join(dir, '2026-03-03T09-00-00.json')}: a rehearsal of another talk ("Other"); skipped`,
    ])
    expect(latestRehearsal(join(dir, 'none'), deck)).toEqual({ skipped: [] })
  })

  it('reads a record through a symbolic link, and names a link it cannot read instead of passing over it', () => {
    const dir = temporaryDir('rehearsals-')
    const kept = join(temporaryDir('kept-elsewhere-'), 'final-run.json')
    writeFileSync(join(dir, '2026-03-01T09-00-00.json'), JSON.stringify(record()))
    writeFileSync(kept, JSON.stringify(record({ endedAt: '2026-03-05T10:00:00.000Z' })))
    symlinkSync(kept, join(dir, 'final-run.json'))
    symlinkSync(join(dir, 'deleted.json'), join(dir, 'gone.json'))
    const { summary, skipped } = latestRehearsal(dir, deck)
    expect(summary?.label).toBe('final-run.json')
    expect(skipped).toEqual([`${join(dir, 'gone.json')}: cannot be read (ENOENT); skipped`])
  })

  it('takes the record that ended last: a second one saved in the same second, as -2.json, is the newer', () => {
    const dir = temporaryDir('rehearsals-')
    writeFileSync(join(dir, '2026-03-01T10-15-00.json'), JSON.stringify(record({ endedAt: '2026-03-01T10:15:00.200Z' })))
    writeFileSync(join(dir, '2026-03-01T10-15-00-2.json'), JSON.stringify(record({ endedAt: '2026-03-01T10:15:00.700Z' })))
    expect(latestRehearsal(dir, deck).summary?.label).toBe('2026-03-01T10-15-00-2.json')
  })

  it('takes the record that ended last whatever the file is called: a renamed file wins only if it is the newest', () => {
    const dir = temporaryDir('rehearsals-')
    writeFileSync(join(dir, '2026-03-01T10-15-00.json'), JSON.stringify(record({ endedAt: '2026-03-01T10:15:00.000Z' })))
    writeFileSync(join(dir, 'best-run.json'), JSON.stringify(record({ endedAt: '2026-02-20T18:00:00.000Z' })))
    expect(latestRehearsal(dir, deck).summary?.label).toBe('2026-03-01T10-15-00.json')
    writeFileSync(join(dir, 'best-run.json'), JSON.stringify(record({ endedAt: '2026-03-02T08:00:00.000Z' })))
    expect(latestRehearsal(dir, deck).summary?.label).toBe('best-run.json')
  })

  it('prints budget, plan from notes and rehearsed per section', () => {
    const dir = temporaryDir('rehearsals-')
    writeFileSync(join(dir, 'a.json'), JSON.stringify(record()))
    const table = rehearsalTable(deck, latestRehearsal(dir, deck).summary!).split('\n')
    expect(table[1]).toMatch(/^Section +Budget +Plan from notes +Rehearsed +Over budget$/)
    const opening = deck.plan.sections[0]!
    const title = deck.sections[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const over = 90 - opening.budgetSeconds
    expect(table[2]).toMatch(new RegExp(`^${title} +${formatSeconds(opening.budgetSeconds)} +\\d+:\\d\\d +1:30 +\\${over >= 0
      ? '+'
      : ''}${formatSeconds(over)}$`))
    expect(table).toHaveLength(3 + deck.sections.length)
  })

  it('leaves the backup slides out of the budget and the total', () => {
    const dir = temporaryDir('rehearsals-')
    writeFileSync(join(dir, 'a.json'), JSON.stringify(record()))
    const table = rehearsalTable(deck, latestRehearsal(dir, deck).summary!).split('\n')
    const backup = deck.sections.findIndex(section => section.kind === 'backup')
    expect(deck.plan.sections[backup]!.notesSeconds).toBeGreaterThan(0)
    expect(table[2 + backup]).toMatch(/ not timed$/)
    const timed = deck.plan.sections.filter((_, index) => index !== backup)
    const total = (seconds: number[]) => formatSeconds(seconds.reduce((sum, next) => sum + next, 0))
    expect(table.at(-1)).toMatch(new RegExp(`^Total +${total(timed.map(s => s.budgetSeconds))} +${total(timed.map(s => s.notesSeconds))} `))
  })

  it('names a file by its date and time and never overwrites one', () => {
    const dir = temporaryDir('rehearsals-')
    const stem = rehearsalFileStem('2026-03-01T10:15:00.000Z')
    expect(stem).toBe('2026-03-01T10-15-00')
    const first = writeNewFile(dir, stem, 'first')
    const second = writeNewFile(dir, stem, 'second')
    expect(readdirSync(dir).sort()).toEqual(['2026-03-01T10-15-00-2.json', '2026-03-01T10-15-00.json'])
    expect([
      readFileSync(first, 'utf8'),
      readFileSync(second, 'utf8'),
    ]).toEqual(['first', 'second'])
  })

  it('finds each rehearsed slide by its id wherever the deck has moved it, and reports the ones it has lost', () => {
    const [first, second] = deck.slides
    // The deck as edited since the rehearsal: the second slide now comes first, and a slide was removed.
    const moved = [second!, first!].map((slide, index) => ({ ...slide, number: index + 1 }))
    const rehearsal = record({
      slides: [
        { slide: 1, id: first!.id, seconds: 60 },
        { slide: 2, id: second!.id, seconds: 30 },
        { slide: 3, id: 'opening/gone', seconds: 12 },
      ],
    })
    const summary = summarize(rehearsal, { slides: moved }, 'r.json')
    expect([...summary.slides].toSorted(([a], [b]) => a - b)).toEqual([
      [1, 30],
      [2, 60],
    ])
    expect(summary.unmatched).toEqual(['"opening/gone" (slide 3 when rehearsed, 0:12) is no longer in the deck; its time is left out'])
  })

  it('keeps each step\'s time on the slide shown then, when an edit during the run renumbers the deck', () => {
    const [first, second, third] = deck.slides
    // Shown 1 then 2 (20 s each); then an edit removed the first slide, so what was slide 2 became 1, and the speaker
    // went on to the third slide, now number 2, for 10 s. The page's lookup now answers with the edited deck's numbers.
    const edited = [second!, third!]
    const idOf = (slide: number) => edited[slide - 1]?.id ?? `#${slide}`
    const run = rehearsalRecord(deckTitle(deck.talk), {
      startedAt: 0,
      steps: [
        { slide: 1, id: first!.id, clicks: 0, at: 0 },
        { slide: 2, id: second!.id, clicks: 0, at: 20_000 },
        { slide: 2, id: third!.id, clicks: 0, at: 40_000 },
      ],
    }, 50_000, idOf)
    expect(run.steps.map(step => [step.id, step.seconds])).toEqual([[first!.id, 20], [second!.id, 20], [third!.id, 10]])
    expect(run.slides).toEqual([
      { slide: 1, id: first!.id, seconds: 20 },
      { slide: 2, id: second!.id, seconds: 20 },
      { slide: 2, id: third!.id, seconds: 10 },
    ])
    expect(parseRehearsal(JSON.stringify(run), rehearsedTitles(deck.talk))).toEqual(run)
    // A run an older page kept, without ids, is still named by the lookup when saved.
    const older = rehearsalRecord(deckTitle(deck.talk), { startedAt: 0, steps: [{ slide: 1, clicks: 0, at: 0 }] }, 5_000, idOf)
    expect(older.slides).toEqual([{ slide: 1, id: second!.id, seconds: 5 }])
  })

  it('still reads a record of version 1, matched by slide number, and says so', () => {
    const old = {
      format: REHEARSAL_FORMAT,
      version: 1,
      talk: deck.talk.title,
      startedAt: '2026-03-01T10:00:00.000Z',
      endedAt: '2026-03-01T10:01:30.000Z',
      steps: [
        { slide: 2, clicks: 0, seconds: 45 },
      ],
      slides: [
        { slide: 2, seconds: 45 },
      ],
    }
    const parsed = parseRehearsal(JSON.stringify(old), rehearsedTitles(deck.talk))
    expect(parsed).toEqual(old)
    const summary = summarize(parsed as Exclude<typeof parsed, string>, deck, 'old.json')
    expect([...summary.slides]).toEqual([
      [2, 45],
    ])
    expect(summary.unmatched).toEqual([
      expect.stringMatching(/^old\.json was recorded before slides had identities: its times are matched by slide number/),
    ])
  })
})

/**
 * Records a rehearsal of `data` through the endpoint as `npm run dev -- --data <data>` sets it up, and
 * expects it in `dir`, where `npm run rehearsals -- --data <data>` and the export's speaker script find it.
 */
async function expectOneFolder(data: string, dir: string): Promise<void> {
  const name = '2026-03-01T10-01-30.json'
  // npm run dev generates the deck before it serves, and the endpoint checks a record against the title generated.
  await generateDeck(data, entryFor(data).generated)
  const endpoint = devPlugins(data, entryFor(data)).find(plugin => plugin.name === 'deck-rehearsal-endpoint')!
  const reply = await postRehearsal(endpoint, [
    new TextEncoder().encode(JSON.stringify(record())),
  ])
  expect(reply).toEqual({
    status: 201,
    body: {
      file: projectPath(join(dir, name)),
    },
  })
  expect(readdirSync(dir)).toEqual([name])
  const { status, stdout } = await runScript('rehearsals', ['--data', data])
  expect(status).toBe(0)
  expect(stdout.split('\n')[0]).toBe(`Rehearsal ${name}`)
  const { rehearsalsDir } = parseExportArgs(['--data', data])
  expect(latestRehearsal(rehearsalsDir, deck).summary?.label).toBe(name)
}

describe('where a talk\'s rehearsals are kept', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('keeps the project\'s own talk in rehearsals/, and a talk from another folder in rehearsals/<folder>-<hash>/, named like its entry but outside .tmp/', () => {
    vi.stubEnv('DECK_REHEARSALS_DIR', '')
    expect(rehearsalsDirFor(MAIN_DATA)).toBe(join(PROJECT_ROOT, 'rehearsals'))
    const fixture = rehearsalsDirFor(SECOND_TALK)
    expect(fixture).toBe(join(PROJECT_ROOT, 'rehearsals', basename(entryFor(SECOND_TALK).root)))
    expect(projectPath(fixture)).toMatch(/^rehearsals\/second-talk-[0-9a-f]{10}$/)
    expect(parseExportArgs(['--data', SECOND_TALK]).rehearsalsDir).toBe(fixture)
    expect(exportSettings({ dataDir: SECOND_TALK }).rehearsalsDir).toBe(fixture)
  })

  it('for a talk from another folder, npm run dev saves where npm run rehearsals and the export read', async () => {
    vi.stubEnv('DECK_REHEARSALS_DIR', '')
    // A copy of the fixture talk, so that its rehearsals folder is new and this test's alone.
    const data = join(temporaryDir('talks-'), 'second-talk')
    cpSync(SECOND_TALK, data, { recursive: true })
    const dir = rehearsalsDirFor(data)
    const projectHadRehearsals = existsSync(dirname(dir))
    onTestFinished(() => {
      rmSync(dir, { recursive: true, force: true })
      if (!projectHadRehearsals && existsSync(dirname(dir)) && readdirSync(dirname(dir)).length === 0)
        rmdirSync(dirname(dir))
    })
    await expectOneFolder(data, dir)
  })

  it('with DECK_REHEARSALS_DIR set, npm run dev, npm run rehearsals and the export all use it', async () => {
    const dir = temporaryDir('rehearsals-')
    vi.stubEnv('DECK_REHEARSALS_DIR', dir)
    expect(rehearsalsDirFor(SECOND_TALK)).toBe(dir)
    expect(rehearsalsDirFor(MAIN_DATA)).toBe(dir)
    await expectOneFolder(SECOND_TALK, dir)
  })
})
