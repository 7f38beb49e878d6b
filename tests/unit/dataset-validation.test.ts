import type { RawDataset } from '../support/datasets.ts'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetError } from '../../scripts/dataset/dataset-error.ts'
import { loadDataset, validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { generateDeck } from '../../scripts/generate/generate-deck.ts'
import { copyDatasetDir, MAIN_DATA, rawDataset, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

function problemsOf(raw: unknown, files: Parameters<typeof validateDataset>[1]): string[] {
  try {
    validateDataset(raw, files)
  }
  catch (error) {
    if (error instanceof DatasetError)
      return error.message.split('\n').slice(1).map(line => line.trim())
    throw error
  }
  return []
}

describe('the dataset', () => {
  it('accepts the talk\'s dataset and the second talk', async () => {
    const main = await loadDataset(MAIN_DATA)
    expect(main.dataset.episodes).toHaveLength(main.files.episodes.length)
    const second = await loadDataset(SECOND_TALK)
    expect(second.dataset.episodes).toHaveLength(2)
  })

  it('rejects an empty object, naming every missing part', async () => {
    const { files } = await rawDataset(MAIN_DATA)
    const problems = problemsOf({}, files)
    for (const part of [
      'talk',
      'actors',
      'people',
      'sources',
      'episodes',
      'framing',
    ])
      expect(problems.some(line => line.includes(`${part}:`)), part).toBe(true)
  })

  const episodeFile = 'data/episodes/01-decision-for-war.ts'
  const cases: { name: string, corrupt: (raw: RawDataset) => void, expected: string }[] = [
    {
      name: 'unknown actor',
      corrupt: raw => raw.episodes[0].events[0].from = 'bejing',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › from: unknown actor "bejing"`,
    },
    {
      name: 'unknown person',
      corrupt: raw => raw.episodes[0].events[0].people = ['stallin'],
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › people[0]: unknown person "stallin"`,
    },
    {
      name: 'quote reported by an unknown person',
      corrupt: raw => raw.episodes[0].quotes[0].reportedBy = 'shtikov',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › quotes[0] (%QUOTE0%) › reportedBy: unknown person or actor "shtikov"`,
    },
    {
      name: 'unknown person of an actor',
      corrupt: raw => raw.people[0].actor = 'hanoi',
      expected: 'data/people.ts: people[0] (kim-il-sung) › actor: unknown actor "hanoi"',
    },
    {
      name: 'duplicate id',
      corrupt: raw => raw.actors[1].id = raw.actors[0].id,
      expected: 'data/actors.ts: actors[1] (pyongyang) › id: duplicate id "pyongyang"',
    },
    {
      name: 'duplicate event id across episodes',
      corrupt: raw => raw.episodes[1].events[0].id = raw.episodes[0].events[0].id,
      expected: 'data/episodes/02-chinese-intervention.ts: episodes[1] (chinese-intervention) › events[0] (%EVENT0%) › id: duplicate event id "%EVENT0%"',
    },
    {
      name: 'unparseable date',
      corrupt: raw => raw.episodes[0].events[0].date = '1950-13',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › date: unparseable date "1950-13"`,
    },
    {
      name: 'date with the wrong shape',
      corrupt: raw => raw.episodes[0].events[0].date = 'March 1949',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › date: must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season`,
    },
    {
      name: 'date outside the episode\'s period',
      corrupt: raw => raw.episodes[0].events[0].date = '1953-03-05',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › date: date 1953-03-05 is outside the episode's period`,
    },
    {
      name: 'figure dated outside the episode\'s period',
      corrupt: raw => raw.episodes[1].figures[0].date = '1949',
      expected: 'data/episodes/02-chinese-intervention.ts: episodes[1] (chinese-intervention) › figures[0] (chinese-troops-on-border) › date: date 1949 is outside the episode\'s period',
    },
    {
      name: 'emphasis that is not a phrase of its quote',
      corrupt: raw => raw.episodes[0].quotes[0].emphasis = 'Stalin is law and order',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › quotes[0] (%QUOTE0%) › emphasis: "Stalin is law and order" is not a phrase of the quote's text`,
    },
    {
      name: 'a share whose range ends below where it starts',
      corrupt: raw => raw.episodes[2].figures.find((figure: { portion?: unknown }) => figure.portion).portion = { percent: 16, upTo: 8 },
      expected: 'portion › upTo: 8 must exceed percent 16',
    },
    {
      name: 'events out of order',
      corrupt: (raw) => {
        const events = raw.episodes[0].events
        const last = events.length - 1
        ;[events[0], events[last]] = [events[last], events[0]]
      },
      expected: 'events out of order',
    },
    {
      name: 'event without a source',
      corrupt: raw => raw.episodes[0].events[0].sources = [],
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › sources: needs at least one source`,
    },
    {
      name: 'event citing an unknown source',
      corrupt: raw => raw.episodes[0].events[0].sources = ['n99'],
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › sources[0]: unknown source "n99"`,
    },
    {
      name: 'quote without a source',
      corrupt: raw => raw.episodes[0].quotes[0].sources = [],
      expected: `${episodeFile}: episodes[0] (decision-for-war) › quotes[0] (%QUOTE0%) › sources: needs at least one source`,
    },
    {
      name: 'empty notes',
      corrupt: raw => raw.episodes[0].lesson.note = '   ',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › lesson › note: must not be empty`,
    },
    {
      name: 'empty event note',
      corrupt: raw => raw.episodes[0].events[0].note = '',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › note: must not be empty`,
    },
    {
      name: 'colours too close to tell apart',
      corrupt: raw => raw.actors[1].color = '#0a74b0',
      expected: 'data/actors.ts: actors[1] (moscow) › color: colour #0a74b0 is too close to #0072B2 of "pyongyang"',
    },
    {
      name: 'a flow drawing another episode\'s event',
      corrupt: raw => raw.episodes[0].flows[0].events.push(raw.episodes[1].events[0].id),
      expected: 'flows may only draw this episode\'s events',
    },
    {
      name: 'unknown kind of event',
      corrupt: raw => raw.episodes[0].events[0].kind = 'bribe',
      expected: `${episodeFile}: episodes[0] (decision-for-war) › events[0] (%EVENT0%) › kind: Invalid option`,
    },
    {
      name: 'unexpected field',
      corrupt: raw => raw.talk.slides = 3,
      expected: 'data/talk.ts: talk (nk-foreign-relations): Unrecognized key: "slides"',
    },
    {
      name: 'budgets longer than the slot',
      corrupt: raw => raw.episodes[0].minutes = 60,
      expected: 'data/talk.ts: talk (nk-foreign-relations) › slotMinutes: section budgets add up to',
    },
  ]

  it.each(cases)('rejects $name, naming file, record and field', async ({ corrupt, expected }) => {
    const { raw, files } = await rawDataset(MAIN_DATA)
    const filled = expected
      .replaceAll('%EVENT0%', raw.episodes[0].events[0].id)
      .replaceAll('%QUOTE0%', raw.episodes[0].quotes[0].id)
    expect(problemsOf(raw, files)).toEqual([])
    corrupt(raw)
    const problems = problemsOf(raw, files)
    expect(problems.some(line => line.includes(filled)), `expected "${filled}" in:\n${problems.join('\n')}`).toBe(true)
  })

  it('writes nothing when the dataset is broken', async () => {
    const dir = copyDatasetDir(SECOND_TALK)
    const file = join(dir, 'episodes', '01-first-request.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace('from: \'moscow\'', 'from: \'moskva\''))
    const out = join(temporaryDir('deck-out-'), 'generated')
    await expect(generateDeck(dir, out)).rejects.toThrow(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[1\] \(stalin-refuses-march-1949\) › from: unknown actor "moskva"/)
    expect(existsSync(out)
      ? readdirSync(out)
      : []).toEqual([])
  })
})
