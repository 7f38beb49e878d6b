import type { DeckModel } from '../../contract/deck-model.ts'
import type { RawDataset } from '../support/datasets.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import lz from 'lz-string'
import { describe, expect, it } from 'vitest'
import { DECK_MODEL_FILE } from '../../contract/deck-model.ts'
import { loadDataset, validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { DECK_MARKDOWN, generateDeck } from '../../scripts/generate/generate-deck.ts'
import { renderDeckMarkdown } from '../../scripts/generate/render-markdown.ts'
import { mermaidOf } from '../support/browser-deck.ts'
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
  it('tells each episode once: cover, one "who decided" diagram built up one event per click, quotes, numbers, tally', async () => {
    const { dataset } = await loadDataset(SECOND_TALK)
    const deck = buildDeckModel(dataset)
    const sections = deck.sections.filter(section => section.kind === 'episode')
    expect(sections.map(section => section.id)).toEqual(dataset.episodes.map(episode => episode.id))
    for (const [index, section] of sections.entries()) {
      const episode = dataset.episodes[index]!
      const slides = section.slides.map(number => deck.slides[number - 1]!)
      const kinds = slides.map(slide => slide.view.kind)
      expect(kinds[0]).toBe('episode-cover')
      expect(kinds.at(-1)).toBe('lesson')
      expect(kinds.filter(kind => kind === 'decision')).toHaveLength(1)
      expect(kinds.filter(kind => kind === 'figure')).toHaveLength(episode.figures.length)
      const decision = slides.find(slide => slide.view.kind === 'decision')!
      if (decision.view.kind !== 'decision')
        throw new Error('not a decision slide')
      expect(decision.view.steps.map(step => step.id)).toEqual(episode.events.map(event => event.id))
      expect(decision.notes.steps).toHaveLength(episode.events.length)
      expect(lz.decompressFromBase64(decision.view.diagram.codeLz)).toBe(decision.view.diagram.mermaid.trim())
      expect(decision.view.diagram.mermaid).toContain(`accTitle: ${decision.view.heading}`)
      // nothing is lost, only moved: every event's detail is in the handout beside the diagram
      for (const event of episode.events)
        expect(decision.handout.points.some(point => point.includes(event.detail)), event.id).toBe(true)
      expect(decision.handout.citations.map(citation => citation.id)).toEqual([
        ...new Set(episode.events.flatMap(event => event.sources)),
      ])
      const quoted = slides.flatMap(slide => slide.view.kind === 'quote'
        ? slide.view.voices.map(voice => voice.text)
        : [])
      expect(quoted).toEqual(episode.quotes.map(quote => quote.text))
    }
    expect(deck.sections[0]!.slides.map(n => deck.slides[n - 1]!.view.kind)).toEqual([
      'title',
      'puzzle',
      'statement',
      'roadmap',
    ])
    const closing = deck.sections.find(section => section.kind === 'closing')!.slides.map(n => deck.slides[n - 1]!.view.kind)
    expect(closing).toEqual([
      'ledger',
      ...dataset.framing.closing.conclusions.map(() => 'points'),
      'closing',
    ])
    const ledger = deck.slides.find(slide => slide.view.kind === 'ledger')!.view
    expect(ledger.kind === 'ledger' && ledger.rows.map(row => [row.number, row.title, row.lesson])).toEqual(dataset.episodes.map((episode, index) => [index + 1, episode.title, episode.lesson.headline]))
  })

  it('puts the source list on backup slides after the closing slide, outside the timed talk', async () => {
    const { dataset } = await loadDataset(SECOND_TALK)
    const deck = buildDeckModel(dataset)
    const closing = deck.slides.findIndex(slide => slide.view.kind === 'closing')
    expect(deck.slides.slice(closing + 1).length).toBeGreaterThan(0)
    expect(deck.slides.map(slide => slide.backup)).toEqual(deck.slides.map((_, index) => index > closing))
    expect(deck.slides.filter(slide => slide.backup).every(slide => slide.view.kind === 'sources')).toBe(true)
    const backup = deck.sections.filter(section => section.kind === 'backup')
    expect(backup.map(section => section.minutes)).toEqual([0])
    expect(renderDeckMarkdown(deck).match(/^class: ".*\bbackup\b.*"$/gm)).toHaveLength(deck.slides.length - closing - 1)
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
    expect(renderDeckMarkdown(deck)).toContain(`title: "5. A fifth episode: ${dataset.episodes[4]!.question}`)
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
    const model = JSON.parse(readFileSync(join(out, DECK_MODEL_FILE), 'utf8')) as DeckModel
    expect(model.talk.slotMinutes).toBe(5)
    // Slide content, diagrams included, is data read by the page; the Markdown only places one SlideModel per slide.
    expect(model.slides.filter(slide => mermaidOf(slide)?.startsWith('flowchart'))).toHaveLength(2)
    expect(model.slides.filter(slide => slide.view.kind === 'decision')).toHaveLength(2)
    expect(markdown).not.toContain('```mermaid')
    expect(markdown.match(/<DeckSlide :number="\d+" :clicks="\$clicks" \/>/g)).toHaveLength(model.slides.length)
  })

  it('gives byte-identical output for the same dataset', async () => {
    const [a, b] = [
      temporaryDir('deck-a-'),
      temporaryDir('deck-b-'),
    ]
    await generateDeck(MAIN_DATA, a)
    await generateDeck(MAIN_DATA, b)
    for (const file of [DECK_MARKDOWN, DECK_MODEL_FILE])
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
