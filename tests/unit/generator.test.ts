import type { RawDataset } from '../support/datasets.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset, validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { DECK_MARKDOWN, DECK_MODEL, generateDeck } from '../../scripts/generate/generate-deck.ts'
import { renderDeckMarkdown } from '../../scripts/generate/render-markdown.ts'
import { MAIN_DATA, rawDataset, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

/** A copy of the last episode moved to new ids and a later period, as an author adding an episode would write it. */
function withFifthEpisode(raw: RawDataset): RawDataset {
  const fifth = structuredClone(raw.episodes.at(-1))
  fifth.id = 'fifth-episode'
  fifth.title = 'A fifth episode'
  fifth.minutes = 0.5
  fifth.events = fifth.events.map((event: RawDataset) => ({ ...event, id: `fifth-${event.id}` }))
  fifth.flows = fifth.flows.map((flow: RawDataset) => ({
    ...flow,
    id: `fifth-${flow.id}`,
    events: flow.events.map((id: string) => `fifth-${id}`),
  }))
  fifth.quotes = fifth.quotes.map((quote: RawDataset) => ({ ...quote, id: `fifth-${quote.id}` }))
  fifth.figures = fifth.figures.map((figure: RawDataset) => ({ ...figure, id: `fifth-${figure.id}` }))
  raw.talk.slotMinutes += 1
  raw.episodes.push(fifth)
  return raw
}

describe('the generator', () => {
  it('makes one section per episode, each with cover, timeline, diagram, quotes, figures and lesson', async () => {
    const { dataset } = await loadDataset(MAIN_DATA)
    const deck = buildDeckModel(dataset)
    const sections = deck.sections.filter(section => section.kind === 'episode')
    expect(sections.map(section => section.id)).toEqual(dataset.episodes.map(episode => episode.id))
    for (const [index, section] of sections.entries()) {
      const episode = dataset.episodes[index]!
      const kinds = section.slides.map(number => deck.slides[number - 1]!.view.kind)
      expect(kinds[0]).toBe('episode-cover')
      expect(kinds.at(-1)).toBe('lesson')
      expect(kinds).toContain('timeline')
      expect(kinds.filter(kind => kind === 'flow')).toHaveLength(episode.flows.length)
      expect(kinds.filter(kind => kind === 'quote')).toHaveLength(episode.quotes.length)
      expect(kinds.includes('figures')).toBe(episode.figures.length > 0)
      const timelineEvents = section.slides.flatMap((number) => {
        const view = deck.slides[number - 1]!.view
        return view.kind === 'timeline'
          ? view.events.map(event => event.id)
          : []
      })
      expect(timelineEvents).toEqual(episode.events.map(event => event.id))
    }
    expect(deck.sections[0]!.slides.map(n => deck.slides[n - 1]!.view.kind)).toEqual(['title', 'puzzle', 'roadmap'])
    const closing = deck.sections.at(-1)!.slides.map(n => deck.slides[n - 1]!.view.kind)
    expect(closing.slice(0, 3)).toEqual(['points', 'points', 'points'])
    expect(closing).toContain('sources')
    expect(closing.at(-1)).toBe('closing')
  })

  it('adds a fifth section for a fifth episode with no other change', async () => {
    const { raw, files } = await rawDataset(MAIN_DATA)
    const dataset = validateDataset(withFifthEpisode(raw), {
      ...files,
      episodes: [...files.episodes, 'data/episodes/05-fifth.ts'],
    })
    const deck = buildDeckModel(dataset)
    const episodes = deck.sections.filter(section => section.kind === 'episode')
    expect(episodes).toHaveLength(5)
    expect(episodes[4]!.title).toBe('5. A fifth episode')
    const roadmap = deck.slides.find(slide => slide.view.kind === 'roadmap')!.view
    expect(roadmap.kind === 'roadmap' && roadmap.episodes.map(e => e.title).at(-1)).toBe('A fifth episode')
    expect(roadmap.kind === 'roadmap' && roadmap.heading).toBe(dataset.framing.opening.roadmapHeading)
    expect(renderDeckMarkdown(deck)).toContain('title: "5. A fifth episode: Timeline')
  })

  it('builds a second, smaller talk through the same generator', async () => {
    const out = temporaryDir('second-talk-')
    const deck = await generateDeck(SECOND_TALK, out)
    expect(deck.talk.title).toBe('Kim Il Sung and His Patrons')
    expect(deck.slides.map(slide => slide.title)).toEqual(expect.arrayContaining([
      'Two episodes',
      '1. The first request: What Kim learned',
      'The paradox',
      'Conditions',
    ]))
    expect(deck.sections.filter(section => section.kind === 'episode').map(section => section.id)).toEqual(['first-request', 'consent'])
    const markdown = readFileSync(join(out, DECK_MARKDOWN), 'utf8')
    expect(JSON.parse(readFileSync(join(out, DECK_MODEL), 'utf8')).talk.slotMinutes).toBe(5)
    expect(markdown.match(/```mermaid/g)).toHaveLength(2)
  })

  it('gives byte-identical output for the same dataset', async () => {
    const [a, b] = [
      temporaryDir('deck-a-'),
      temporaryDir('deck-b-'),
    ]
    await generateDeck(MAIN_DATA, a)
    await generateDeck(MAIN_DATA, b)
    for (const file of [DECK_MARKDOWN, DECK_MODEL])
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true)
  })

  it('puts notes on every slide and one [click] marker per reveal step', async () => {
    const { dataset } = await loadDataset(MAIN_DATA)
    const markdown = renderDeckMarkdown(buildDeckModel(dataset))
    const slides = markdown.split(/\n(?=---\ntitle: )/)
    expect(slides).toHaveLength(buildDeckModel(dataset).slides.length)
    for (const slide of slides) {
      const notes = /<!--\n([\s\S]*?)\n-->/.exec(slide)?.[1] ?? ''
      expect(notes.trim().length, slide.slice(0, 120)).toBeGreaterThan(0)
      const clicks = Number(/^clicks: (\d+)$/m.exec(slide)?.[1] ?? 0)
      expect(notes.match(/\[click\]/g)?.length ?? 0, slide.slice(0, 120)).toBe(clicks)
    }
    expect(markdown).toMatch(/^clicks: [1-9]/m)
  })
})
