import type { Dataset } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { MAIN_DATA } from '../support/datasets.ts'

/**
 * Checks of the live talk's dataset against classes of error fact audits found, as opposed to the
 * structural checks every dataset meets (dataset-validation.test.ts). A data edit to the talk can fail
 * them; they say why in the talk's own terms.
 */

interface Prose {
  readonly where: string
  readonly text: string
}

/**
 * Every piece of the dataset's own prose: notes, labels, details, descriptions, lesson points and the
 * framing. Quotations of documents and the footnotes are left out: they are verbatim and not ours to word.
 */
function proseOf(dataset: Dataset): Prose[] {
  const prose: Prose[] = []
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string')
      prose.push({ where, text: value })
    else if (Array.isArray(value))
      value.forEach((item, i) => walk(item, `${where}[${i}]`))
    else if (value !== null && typeof value === 'object')
      Object.entries(value).forEach(([key, item]) => walk(item, `${where}.${key}`))
  }
  walk(dataset.talk, 'talk')
  walk(dataset.framing, 'framing')
  walk(dataset.actors, 'actors')
  walk(dataset.people, 'people')
  dataset.episodes.forEach((episode) => {
    const { story, ...rest } = episode
    walk(rest, `episodes(${episode.id})`)
    story.forEach((item) => {
      if (item.kind !== 'quote')
        return walk(item, `episodes(${episode.id}).story(${item.id})`)
      const { voices, ...slide } = item
      walk(slide, `episodes(${episode.id}).story(${item.id})`)
      voices.forEach(({ text: _verbatim, ...quote }) => walk(quote, `episodes(${episode.id}).quotes(${quote.id})`))
    })
  })
  return prose
}

/**
 * Who the essay makes act in each chapter, with the line of the essay (L53 is line 53 of
 * ../shared/sources/weathersby-north-korean-foreign-relations.txt) where it does. An event may only be
 * drawn from one of these: `moscow` is the Soviet leadership, so help given by the Soviet embassy is
 * not drawn from Moscow.
 */
const ACTORS_THE_ESSAY_MAKES_ACT: Record<string, Record<string, string>> = {
  'decision-for-war': {
    pyongyang: 'L53, L55, L59: Kim raises an attack in March 1949 and appeals again; presses Shtykov in January 1950; asks Mao',
    moscow: 'L53, L55, L57, L59: Stalin rejects, defers, consents and sets conditions',
    washington: 'L53: US troops withdraw in the summer of 1949',
    beijing: 'L59: Mao approves and pledges aid',
  },
  'chinese-intervention': {
    pyongyang: 'L65, L69, L71, L73, L77, L79, L81: the invasion and the Pusan pocket; the rebuff of Zhou\'s envoy; the 1 October appeal; the request to Beijing; the December 1950 speech; resisting the joint command; objecting to the halt',
    washington: 'L65, L67: the Inchon landing; the occupation of Pyongyang',
    moscow: 'L73, L75, L79, L81: Stalin redirects Kim, orders evacuation, cancels the order, backs the joint command and the halt',
    beijing: 'L69, L73, L75, L79, L81: troops to the border; Mao declines, then reverses; Peng insists on a joint command; the halt near the 38th parallel',
  },
  'armistice-and-devastation': {
    beijing: 'L85: Beijing proposes talks',
    moscow: 'L85, L87, L91, L97, L99: Stalin intervenes, demands a hard line and sides with Mao; he dies; his successors end the war and the germ-warfare campaign',
    pyongyang: 'L89: Kim presses for an armistice from early 1952',
  },
  'postwar-aid-and-1956': {
    'pyongyang': 'L103, L107, L109, L111: postwar demands; the August Plenum; the October counter-attack; the purges',
    'eastern-bloc': 'L103: supplies, medical teams and reconstruction aid',
    'kim-critics': 'L107: the opposition organises to force the new line at the August Plenum',
    'soviet-embassy': 'L107: helps the opposition organise',
    'moscow': 'L105, L109, L111: Khrushchev\'s new line; the joint mission with Beijing; Mikoyan; tolerating Kim; the 1961 treaty',
    'beijing': 'L109, L111: Peng forces the September Plenum with Mikoyan; tolerating Kim; the 1961 treaty',
  },
}

const COUNT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+'
/** A count of things the generator lays out from the data: timeline steps, events, moves, figures. */
const DATA_COUNT = new RegExp(`\\b(?:${COUNT_WORDS})\\s+(?:steps?|events?|moves?|turns?|numbers?|figures?)\\b`, 'i')

describe('the talk\'s dataset', async () => {
  const { dataset } = await loadDataset(MAIN_DATA)
  const prose = proseOf(dataset)

  describe('states no counts of what the data lays out, which drift when an event or figure is added', () => {
    it.each([
      ['Eight steps, from postwar reconstruction to the 1961 treaties.', true],
      ['Nine steps from the invasion', true],
      ['Three numbers. Some 70,000 Soviet pilots', true],
      ['One number explains much of that dependence.', true],
      ['12 events in all', true],
      ['Two weeks in October, as a diagram.', false],
      ['On 1 October Kim asks Moscow for help.', false],
      ['Two requests, two refusals.', false],
    ])('the matcher on "%s" finds a count: %s', (text, found) => {
      expect(DATA_COUNT.test(text)).toBe(found)
    })

    it('in any note, label or other prose', () => {
      const counts = prose.filter(({ text }) => DATA_COUNT.test(text)).map(({ where, text }) => `${where}: ${DATA_COUNT.exec(text)![0]}`)
      expect(counts).toEqual([])
    })
  })

  describe('draws each event from an actor the essay makes act in that chapter', () => {
    it('names only defined actors in its allow-lists (an episode added later has none, and is not checked here)', () => {
      const defined = new Set(dataset.actors.map(actor => actor.id))
      for (const actors of Object.values(ACTORS_THE_ESSAY_MAKES_ACT))
        expect(Object.keys(actors).filter(id => !defined.has(id))).toEqual([])
    })

    const listed = dataset.episodes.filter(episode => episode.id in ACTORS_THE_ESSAY_MAKES_ACT)
    it.each(listed.flatMap(episode => episode.events.map(event => [episode.id, event.id, event.from] as const)))('%s › %s is drawn from %s', (episode, _event, from) => {
      expect(Object.keys(ACTORS_THE_ESSAY_MAKES_ACT[episode]!)).toContain(from)
    })

    it('draws what the Soviet embassy did from the embassy, not from the leadership in Moscow (L107)', () => {
      const embassyEvents = dataset.episodes.flatMap(episode => episode.events)
        .filter(event => /\bembassy\b/i.test(`${event.label} ${event.detail}`))
      expect(embassyEvents.map(event => event.id)).not.toEqual([])
      for (const event of embassyEvents)
        expect(event.from, event.id).toBe('soviet-embassy')
    })
  })
})
