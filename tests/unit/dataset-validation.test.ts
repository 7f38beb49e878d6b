import type { DatasetFiles } from '../../scripts/dataset/load-dataset.ts'
import type { RawDataset } from '../support/datasets.ts'
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DatasetError } from '../../scripts/dataset/dataset-error.ts'
import { validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { generateDeck } from '../../scripts/generate/generate-deck.ts'
import { copyDatasetDir, rawDataset, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

function problemsOf(raw: unknown, files: DatasetFiles): string[] {
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

/** The fixture talk, read once; each case corrupts a copy of it. */
let fixture: { raw: RawDataset, files: DatasetFiles }
beforeAll(async () => {
  fixture = await rawDataset(SECOND_TALK)
})
const copy = () => structuredClone(fixture.raw)

describe('the dataset', () => {
  it('accepts the fixture talk as it is', () => {
    expect(problemsOf(copy(), fixture.files)).toEqual([])
  })

  it('rejects an empty object, naming every missing part', () => {
    const problems = problemsOf({}, fixture.files)
    for (const part of [
      'talk',
      'actors',
      'people',
      'places',
      'sources',
      'timeline',
      'episodes',
      'framing',
    ])
      expect(problems.some(line => line.includes(`${part}: missing: needs `)), `${part} in:\n${problems.join('\n')}`).toBe(true)
  })

  const first = 'tests/fixtures/second-talk/episodes/01-first-request.ts: episodes[0] (first-request)'
  const second = 'tests/fixtures/second-talk/episodes/02-consent.ts: episodes[1] (consent)'
  const cases: { name: string, corrupt: (raw: RawDataset) => void, expected: string }[] = [
    {
      name: 'unknown actor',
      corrupt: raw => raw.episodes[0].events[0].from = 'bejing',
      expected: `${first} › events[0] (kim-asks-march-1949) › from: unknown actor "bejing"`,
    },
    {
      name: 'an event sent to its own sender',
      corrupt: raw => raw.episodes[0].events[1].to = 'moscow',
      expected: `${first} › events[1] (stalin-refuses-march-1949) › to: "moscow" sends this to itself: make it an own act`,
    },
    {
      name: 'an own act with a recipient',
      corrupt: raw => raw.episodes[0].events[2].to = 'pyongyang',
      expected: `${first} › events[2] (us-troops-leave) › to: a capital's own act has no recipient`,
    },
    {
      name: 'a message drawn across the diagram',
      corrupt: raw => raw.episodes[0].events[0].across = true,
      expected: `${first} › events[0] (kim-asks-march-1949) › across: only a capital's own act (kind: 'acts') is drawn across the diagram`,
    },
    {
      name: 'a request without a recipient',
      corrupt: raw => delete raw.episodes[0].events[0].to,
      expected: `${first} › events[0] (kim-asks-march-1949) › to: an event that asks needs a recipient`,
    },
    {
      name: 'an arrow label without words',
      corrupt: raw => raw.episodes[0].events[0].label = '1 · 5',
      expected: `${first} › events[0] (kim-asks-march-1949) › label: "1 · 5": an arrow says what happened in 1 to 6 words`,
    },
    {
      name: 'an event no diagram draws',
      corrupt: raw => raw.episodes[0].story[1].events.pop(),
      expected: `${first} › events[3] (moscow-not-favorable-1949): event "moscow-not-favorable-1949" is drawn by no diagram or map`,
    },
    {
      name: 'an event drawn twice',
      corrupt: raw => raw.episodes[1].story[2].events.push('mao-approves'),
      expected: `${second} › story[2] (war-begins) › events[1]: event "mao-approves" is already drawn by "consent"`,
    },
    {
      name: 'a diagram drawing its events out of order',
      corrupt: raw => raw.episodes[0].story[1].events.reverse(),
      expected: 'among the episode\'s events: draw them in time order',
    },
    {
      name: 'a diagram of more events than a slide holds legibly',
      corrupt: (raw) => {
        const events = raw.episodes[0].events
        for (let index = 0; index < 8; index++)
          events.splice(3, 0, { ...events[2], id: `extra-${index}` })
        raw.episodes[0].story[1].events.splice(3, 0, ...events.slice(3, 11).map((event: RawDataset) => event.id))
      },
      expected: `${first} › story[1] (asked-and-refused) › events: 12 events are more than a diagram holds legibly (8)`,
    },
    {
      name: 'a map event without a place',
      corrupt: raw => delete raw.episodes[1].events[2].place,
      expected: `${second} › story[2] (war-begins) › events[0]: event "invasion" has no place or route to show on the map`,
    },
    {
      name: 'a map route through an unknown place',
      corrupt: raw => raw.episodes[1].events[2].route = ['pyongyang', 'atlantis'],
      expected: `${second} › events[2] (invasion) › route[1]: unknown place "atlantis"`,
    },
    {
      name: 'a figure without a number',
      corrupt: raw => raw.episodes[0].story[0].value = 'Two-thirds',
      expected: `${first} › story[0] (two-in-three) › value: a figure slide shows a number: the value needs a digit`,
    },
    {
      name: 'editor\'s apparatus in a spoken note',
      corrupt: raw => raw.episodes[0].events[0].note += ' The essay gives no day.',
      expected: `${first} › events[0] (kim-asks-march-1949) › note: spoken notes carry apparatus ("The essay gives")`,
    },
    {
      name: 'an editor\'s brackets in a spoken quotation',
      corrupt: raw => raw.episodes[0].events[0].note += ' He says “we [the North] will wait.”',
      expected: `${first} › events[0] (kim-asks-march-1949) › note: spoken notes carry an editor's brackets ("[the North]"), which cannot be said aloud: quote the words on either side apart`,
    },
    {
      name: 'a missing footnote named in the closing words',
      corrupt: raw => raw.framing.closing.endNote = 'Note 7 is missing from the essay\'s list. Thanks.',
      expected: 'tests/fixtures/second-talk/framing.ts: framing › closing › endNote: spoken notes carry apparatus ("Note 7")',
    },
    {
      name: 'a thesis too long for its slide',
      corrupt: raw => raw.talk.thesis = 'word '.repeat(30).trim(),
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › thesis: must fit on a slide: 24 words at most',
    },
    {
      name: 'two actors in one place on the diagrams',
      corrupt: raw => raw.actors[1].order = raw.actors[0].order,
      expected: 'tests/fixtures/second-talk/actors.ts: actors[1] (beijing) › order: order 0 is taken',
    },
    {
      name: 'unknown person quoted',
      corrupt: raw => raw.episodes[1].story[0].voices[0].speaker = 'kim-ilsung',
      expected: `${second} › story[0] (order-is-law) › voices[0] (order-is-law) › speaker: unknown person or actor "kim-ilsung"`,
    },
    {
      name: 'a timeline milestone of no event',
      corrupt: raw => raw.timeline[1].event = 'invasion-of-mars',
      expected: 'tests/fixtures/second-talk/timeline.ts: timeline[1] (war) › event: unknown event "invasion-of-mars"',
    },
    {
      name: 'duplicate id',
      corrupt: raw => raw.actors[1].id = raw.actors[0].id,
      expected: 'tests/fixtures/second-talk/actors.ts: actors[1] (moscow) › id: duplicate id "moscow"',
    },
    {
      name: 'duplicate event id across episodes',
      corrupt: raw => raw.episodes[1].events[0].id = raw.episodes[0].events[0].id,
      expected: `${second} › events[0] (kim-asks-march-1949) › id: duplicate event id "kim-asks-march-1949"`,
    },
    {
      name: 'a month that does not exist',
      corrupt: raw => raw.episodes[0].events[0].date = '1949-13',
      expected: `${first} › events[0] (kim-asks-march-1949) › date: "1949-13" is not a date: there is no month 13; months run from 01 to 12`,
    },
    {
      name: 'a day its month does not have',
      corrupt: raw => raw.episodes[0].events[0].date = '1949-02-29',
      expected: `${first} › events[0] (kim-asks-march-1949) › date: "1949-02-29" is not a date: February 1949 has 28 days`,
    },
    {
      name: 'date with the wrong shape',
      corrupt: raw => raw.episodes[0].events[0].date = 'March 1949',
      expected: `${first} › events[0] (kim-asks-march-1949) › date: "March 1949" is not a date: write a year (1950), a month (1950-10), a day (1950-10-12), a season (1950-winter, 1950-spring, 1950-summer or 1950-autumn), late in a year (1950-late) or the years after one (1956-after)`,
    },
    {
      name: 'a season by another name',
      corrupt: raw => raw.episodes[0].events[2].date = '1949-fall',
      expected: `${first} › events[2] (us-troops-leave) › date: "1949-fall" is not a date: write a year (1950), a month (1950-10), a day (1950-10-12), a season (1950-winter, 1950-spring, 1950-summer or 1950-autumn), late in a year (1950-late) or the years after one (1956-after)`,
    },
    {
      name: 'date outside the episode\'s period',
      corrupt: raw => raw.episodes[0].events[0].date = '1953-03-05',
      expected: `${first} › events[0] (kim-asks-march-1949) › date: date 1953-03-05 is outside the episode's period`,
    },
    {
      name: 'a winter date outside the period, with the months a winter spans',
      corrupt: raw => raw.episodes[0].events[3].date = '1949-winter',
      expected: `${first} › events[3] (moscow-not-favorable-1949) › date: date 1949-winter (December 1949 to February 1950) is outside the episode's period 1949-03 to 1949-09`,
    },
    {
      name: 'events out of order after a season, with the months it spans',
      corrupt: raw => raw.episodes[0].events[3].date = '1949-04',
      expected: `${first} › events[3] (moscow-not-favorable-1949) › date: events out of order: 1949-04 comes after "us-troops-leave" (1949-summer: June 1949 to August 1949)`,
    },
    {
      name: 'events out of order across a vaguely dated event between them',
      corrupt: (raw) => {
        raw.episodes[0].events[1].date = '1949-06'
        raw.episodes[0].events[2].date = '1949'
        raw.episodes[0].events[3].date = '1949-04'
      },
      expected: `${first} › events[3] (moscow-not-favorable-1949) › date: events out of order: 1949-04 comes after "stalin-refuses-march-1949" (1949-06)`,
    },
    {
      name: 'events out of order',
      corrupt: raw => raw.episodes[0].events.reverse(),
      expected: 'events out of order',
    },
    {
      name: 'emphasis that is not a phrase of its quote',
      corrupt: raw => raw.episodes[1].story[0].voices[0].emphasis = 'Stalin is law and order',
      expected: '› emphasis: "Stalin is law and order" is not a phrase of the quote\'s text',
    },
    {
      name: 'a share whose range ends below where it starts',
      corrupt: raw => raw.episodes[0].story[0].portion = { percent: 16, upTo: 8 },
      expected: 'portion › upTo: 8 must exceed percent 16',
    },
    {
      name: 'event citing an unknown source',
      corrupt: raw => raw.episodes[0].events[0].sources = ['n99'],
      expected: `${first} › events[0] (kim-asks-march-1949) › sources[0]: unknown source "n99"`,
    },
    {
      name: 'event without a source',
      corrupt: raw => raw.episodes[0].events[0].sources = [],
      expected: `${first} › events[0] (kim-asks-march-1949) › sources: needs at least one source`,
    },
    {
      name: 'empty notes',
      corrupt: raw => raw.episodes[0].lesson.note = '   ',
      expected: `${first} › lesson › note: must not be empty`,
    },
    {
      name: 'colours too close to tell apart',
      corrupt: raw => raw.actors[1].color = '#d0601a',
      expected: 'tests/fixtures/second-talk/actors.ts: actors[1] (beijing) › color: colour #d0601a is too close to #D55E00 of "moscow"',
    },
    {
      name: 'unknown kind of event',
      corrupt: raw => raw.episodes[0].events[0].kind = 'bribes',
      expected: `${first} › events[0] (kim-asks-march-1949) › kind: "bribes" is not one of asks, refuses, decides, supports or acts`,
    },
    {
      name: 'unknown kind of slide',
      corrupt: raw => raw.episodes[0].story[0].kind = 'chart',
      expected: `${first} › story[0] (two-in-three) › kind: "chart" is not one of diagram, map, quote or figure`,
    },
    {
      name: 'a slide without its kind',
      corrupt: raw => delete raw.episodes[0].story[0].kind,
      expected: `${first} › story[0] (two-in-three) › kind: missing: needs one of diagram, map, quote or figure`,
    },
    {
      name: 'a side a name cannot go',
      corrupt: raw => raw.places[0].side = 'top',
      expected: 'tests/fixtures/second-talk/places.ts: places[0] (pyongyang) › side: "top" is not one of left or right',
    },
    {
      name: 'unexpected field',
      corrupt: raw => raw.talk.slides = 3,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › slides: not a field here; the fields are id, title, subtitle, speaker, affiliation, venue, focus, slotMinutes, wordsPerMinute, thesis, puzzle',
    },
    {
      name: 'a missing text',
      corrupt: raw => delete raw.talk.thesis,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › thesis: missing: needs a text in quotes',
    },
    {
      name: 'a missing group of fields',
      corrupt: raw => delete raw.talk.venue,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › venue: missing: needs { event, theme, place, date }',
    },
    {
      name: 'an undated turn of a final say that passes on',
      corrupt: raw => delete raw.episodes[1].finalSay[1].when,
      expected: `${second} › finalSay[1] › when: missing: a final say that passes from one to another dates each turn, from when it holds`,
    },
    {
      name: 'a missing list',
      corrupt: raw => delete raw.episodes[0].finalSay,
      expected: `${first} › finalSay: missing: needs a list in [ ]`,
    },
    {
      name: 'text where a number belongs',
      corrupt: raw => raw.talk.slotMinutes = 'twenty',
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › slotMinutes: must be a number, not "twenty"',
    },
    {
      name: 'a number where a text belongs',
      corrupt: raw => raw.talk.title = 1950,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › title: must be a text in quotes, not 1950',
    },
    {
      name: 'a fraction where a whole number belongs',
      corrupt: raw => raw.talk.slotMinutes = 22.5,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › slotMinutes: must be a whole number, not 22.5',
    },
    {
      name: 'a budget of no time',
      corrupt: raw => raw.episodes[0].minutes = 0,
      expected: `${first} › minutes: must be more than 0, not 0`,
    },
    {
      name: 'a longitude off the globe',
      corrupt: raw => raw.places[1].lon = 226.98,
      expected: 'tests/fixtures/second-talk/places.ts: places[1] (seoul) › lon: must be 180 or less, not 226.98',
    },
    {
      name: 'a place the map cannot show (Tokyo)',
      corrupt: raw => Object.assign(raw.places[1], { lon: 139.69, lat: 35.69 }),
      expected: 'tests/fixtures/second-talk/places.ts: places[1] (seoul) › lon: 139.69 is off the map, which runs from 123 to 130 degrees east',
    },
    {
      name: 'a place north of the map (Harbin)',
      corrupt: raw => raw.places[1].lat = 45.8,
      expected: 'tests/fixtures/second-talk/places.ts: places[1] (seoul) › lat: 45.8 is off the map, which runs from 34.3 to 42.2 degrees north',
    },
    {
      name: 'an empty list',
      corrupt: raw => raw.talk.puzzle = [],
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › puzzle: needs at least one entry',
    },
    {
      name: 'a quote of more voices than one exchange',
      corrupt: (raw) => {
        const voices = raw.episodes[1].story[0].voices
        voices.push({ ...voices[0] })
      },
      expected: `${second} › story[0] (order-is-law) › voices: has 3 entries, more than the 2 allowed`,
    },
    {
      name: 'an id with capitals',
      corrupt: raw => raw.places[1].id = 'Seoul',
      expected: 'tests/fixtures/second-talk/places.ts: places[1] (Seoul) › id: "Seoul" is not an id: use lower-case letters, digits and hyphens, e.g. chinese-intervention',
    },
    {
      name: 'a colour not written #rrggbb',
      corrupt: raw => raw.actors[0].color = 'red',
      expected: 'tests/fixtures/second-talk/actors.ts: actors[0] (moscow) › color: "red" is not a colour: write it #rrggbb, e.g. #0072b2',
    },
    {
      name: 'a dated milestone without its sources',
      corrupt: raw => delete raw.timeline[0].sources,
      expected: 'tests/fixtures/second-talk/timeline.ts: timeline[0] (division) › sources: missing: needs a list in [ ]',
    },
    {
      name: 'further reading the note does not print',
      corrupt: raw => raw.sources[1].reading = ['Kathryn Weathersby, "To Attack or Not to Attack?" (1996)'],
      expected: 'tests/fixtures/second-talk/sources.ts: sources[1] (n4) › reading[0]: "Kathryn Weathersby, "To Attack or Not to Attack?" (1996)" is not part of the note\'s text',
    },
    {
      name: 'a person with the id of an actor',
      corrupt: raw => raw.people[1].id = 'moscow',
      expected: 'tests/fixtures/second-talk/people.ts: people[1] (moscow) › id: "moscow" is an actor\'s id too, so a quote\'s speaker "moscow" could mean either: give the person another',
    },
    {
      name: 'a turning point of another episode',
      corrupt: raw => raw.episodes[0].turningPoint = 'mao-approves',
      expected: `${first} › turningPoint: unknown event "mao-approves" (the turning point is one of the episode's own events)`,
    },
    {
      name: 'a quotation for the handout that the talk does not have',
      corrupt: raw => raw.framing.handout.quotes[1] = 'order-is-lore',
      expected: 'tests/fixtures/second-talk/framing.ts: framing › handout › quotes[1]: unknown quote "order-is-lore"',
    },
    {
      name: 'one quotation where the handout takes two or three',
      corrupt: raw => raw.framing.handout.quotes.pop(),
      expected: 'tests/fixtures/second-talk/framing.ts: framing › handout › quotes: needs at least 2 entries',
    },
    {
      name: 'two quotations of one id',
      corrupt: raw => raw.episodes[1].story[0].voices[1].id = 'order-is-law',
      expected: `${second} › story[0] (order-is-law) › voices[1] (order-is-law) › id: duplicate quote id "order-is-law"`,
    },
    {
      name: 'a caveat of two sentences',
      corrupt: raw => raw.framing.handout.caveat.text = 'The evidence is the allies\' records. They are the best there is.',
      expected: 'tests/fixtures/second-talk/framing.ts: framing › handout › caveat › text: must be one sentence',
    },
    {
      name: 'a caveat citing an unknown source',
      corrupt: raw => raw.framing.handout.caveat.sources = ['n1'],
      expected: 'tests/fixtures/second-talk/framing.ts: framing › handout › caveat › sources[0]: unknown source "n1"',
    },
    {
      name: 'a function exported in place of the talk, in one line',
      corrupt: raw => raw.talk = () => ({ id: 'patrons-in-brief' }),
      expected: 'tests/fixtures/second-talk/talk.ts: talk: must be { id, title, subtitle, speaker, affiliation, venue, focus, slotMinutes, wordsPerMinute, thesis, puzzle }, not a function',
    },
    {
      name: 'budgets longer than the slot',
      corrupt: raw => raw.episodes[0].minutes = 60,
      expected: 'tests/fixtures/second-talk/talk.ts: talk (patrons-in-brief) › slotMinutes: section budgets add up to',
    },
  ]

  it.each(cases)('rejects $name, naming file, record and field', ({ corrupt, expected }) => {
    const raw = copy()
    corrupt(raw)
    const problems = problemsOf(raw, fixture.files)
    expect(problems.some(line => line.includes(expected)), `expected "${expected}" in:\n${problems.join('\n')}`).toBe(true)
  })

  it('names a period that ends before it begins once, not each of its dates as outside it', () => {
    const raw = copy()
    raw.episodes[0].period = { ...raw.episodes[0].period, from: '1949-09', to: '1949-03' }
    expect(problemsOf(raw, fixture.files)).toEqual([`${first} › period › to: period ends (1949-03) before it begins (1949-09)`])
  })

  it.each([
    ['a syntax error', 'export const DATE = \'1949-03\'\nexport const LABEL = \'Kim\'s plan\'\n', /01-first-request\.ts: \(file\): syntax error in \.\.\/shared\.ts, which it imports, at line 2, column 26: the apostrophe in Kim's /],
    ['a throw', '\nthrow new Error(\'not ready\')\nexport const DATE = \'1949-03\'\n', /01-first-request\.ts: \(file\): failed while loading \.\.\/shared\.ts, which it imports \(line 2, column \d+\): not ready/],
    ['no file at all', undefined, /01-first-request\.ts: \(file\): failed while loading \(line 2, column 22\): Cannot find module '\.\.\/shared\.ts'/],
  ])('names the file an episode imports, and its line, where that file fails to load (%s)', async (_kind, shared, expected) => {
    const dir = copyDatasetDir(SECOND_TALK)
    if (shared !== undefined)
      writeFileSync(join(dir, 'shared.ts'), shared)
    const file = join(dir, 'episodes', '01-first-request.ts')
    const [first, ...rest] = readFileSync(file, 'utf8').replace('date: \'1949-03\'', 'date: DATE').split('\n')
    writeFileSync(file, [first, 'import { DATE } from \'../shared.ts\'', ...rest].join('\n'))
    await expect(generateDeck(dir, join(temporaryDir('deck-out-'), 'generated'))).rejects.toThrow(expected)
  })

  it('reads no hidden file as an episode: an editor\'s lock (a link to nowhere) or a Mac\'s resource file', async () => {
    const dir = copyDatasetDir(SECOND_TALK)
    symlinkSync('user@host.1234:1700000000', join(dir, 'episodes', '.#01-first-request.ts'))
    writeFileSync(join(dir, 'episodes', '._02-consent.ts'), '\0\u0005\u0016\u0007 not TypeScript')
    const deck = await generateDeck(dir, join(temporaryDir('deck-out-'), 'generated'))
    expect(deck.sections.filter(section => section.kind === 'episode')).toHaveLength(2)
  })

  it.each(['05-new.js', '05-new.mts', '05-NEW.TS'])('names an episode file in another form (%s) instead of leaving its episode out', async (name) => {
    const dir = copyDatasetDir(SECOND_TALK)
    writeFileSync(join(dir, 'episodes', '01-first-request.ts~'), 'an editor\'s backup, not read')
    writeFileSync(join(dir, 'episodes', name), 'export default {}\n')
    await expect(generateDeck(dir, join(temporaryDir('deck-out-'), 'generated'))).rejects.toThrow(`${name}: (file): not read: an episode is a .ts file (05-`)
  })

  it('warns of characters none of the deck\'s fonts has (Hangul, Chinese), naming each field, and still writes the deck', async () => {
    const dir = copyDatasetDir(SECOND_TALK)
    const file = join(dir, 'episodes', '01-first-request.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace('label: \'asks to attack the South\'', 'label: \'김일성 asks to attack\'').replace('Kim asks first', 'Kim (金日成, Ким Ир Сен) asks first').replace('Stalin says no.', 'Stalin says no to Cho\u0306son.'))
    const warnings: string[] = []
    const deck = await generateDeck(dir, join(temporaryDir('deck-out-'), 'generated'), line => warnings.push(line))
    expect(deck.slides.length).toBeGreaterThan(0)
    expect(warnings).toEqual([
      expect.stringMatching(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[0\] \(kim-asks-march-1949\) › label: none of the deck's fonts has 김일성$/),
      expect.stringMatching(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[0\] \(kim-asks-march-1949\) › note: none of the deck's fonts has 金日成$/),
      expect.stringMatching(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[1\] \(stalin-refuses-march-1949\) › note: none of the deck's fonts has U\+0306; in composed letters \(Unicode NFC\) the text needs none$/),
      expect.stringMatching(/^a character none of the deck's fonts has is drawn in a system font where there is one, else as a blank box, on screen and in the PDFs: .*@fontsource\/noto-sans-kr.*styles\/index\.ts/),
    ])
    const clean: string[] = []
    await generateDeck(copyDatasetDir(SECOND_TALK), join(temporaryDir('deck-out-'), 'generated'), line => clean.push(line))
    expect(clean).toEqual([])
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
