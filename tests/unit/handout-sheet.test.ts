import type { DeckModel } from '../../contract/deck-model.ts'
import type { Dataset } from '../../data/schema.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { apparatusIn } from '../../scripts/dataset/apparatus.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { escapeHtml } from '../../scripts/export/html.ts'
import { renderSheetHtml, sheetLengthWarning } from '../../scripts/export/sheet-html.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { MAIN_DATA, SECOND_TALK } from '../support/datasets.ts'

let dataset: Dataset
let deck: DeckModel
let html: string
beforeAll(async () => {
  dataset = (await loadDataset(SECOND_TALK)).dataset
  deck = buildDeckModel(dataset)
  html = renderSheetHtml(deck, 'a4')
})

/** The sheet's text as a reader sees it: tags and the figures' drawing instructions left out. */
function visibleText(page: string): string {
  return page
    .replaceAll(/<style>[\s\S]*?<\/style>/g, ' ')
    .replaceAll(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', '\'')
    .replaceAll('&amp;', '&')
    .replaceAll(/\s+/g, ' ')
}

describe('the handout sheet: what it takes from the dataset', () => {
  it('answers each episode with its diagrams\' answers, each after its headline\'s time where there are several, dated by its turning point', () => {
    expect(deck.sheet.episodes.map(episode => [episode.number, episode.title, episode.decided])).toEqual(dataset.episodes.map((episode, index) => {
      const diagrams = episode.story.flatMap(item => item.kind === 'diagram' ? [item] : [])
      return [index + 1, episode.title, diagrams.map(item => diagrams.length > 1 ? `${item.heading.split(':')[0]}: ${item.answer}` : item.answer)]
    }))
    expect(deck.sheet.episodes.map(episode => `${episode.turningPoint.from.id} ${episode.turningPoint.label}`)).toEqual(dataset.episodes.map((episode) => {
      const event = episode.events.find(candidate => candidate.id === episode.turningPoint)!
      return `${event.from} ${event.label}`
    }))
    expect(deck.sheet.episodes[0]!.turningPoint.date).toBe('September 1949')
  })

  it('dates each answer of an episode with two diagrams: the talk\'s first reads as a no in 1949, then a yes in 1950, not one contradiction', async () => {
    const talk = buildDeckModel((await loadDataset(MAIN_DATA)).dataset)
    const first = talk.sheet.episodes[0]!
    expect(first.decided.map(line => /^([^:]+): /.exec(line)?.[1])).toEqual(['1949', '1950'])
  })

  it('quotes the quotations the framing names, verbatim, each under its own episode with its footnote', () => {
    const quoted = deck.sheet.episodes.flatMap(episode => episode.quotes.map(quote => [episode.number, quote.text, quote.source]))
    expect(quoted).toEqual([
      [2, 'for him the order of Comrade Stalin is law.', 'n. 5'],
      [2, 'A reply, for the fixture.', 'n. 4'],
    ])
    expect(deck.sheet.episodes[1]!.quotes[0]!.attribution).toBe('Kim Il Sung to Terentii F. Shtykov, January 1950')
  })

  it('lists as further reading each work the sources name, as its note prints it, with the episodes that rest on it', () => {
    expect(deck.sheet.reading.map(entry => [entry.source, entry.episodes])).toEqual([
      ['n. 4', [1, 2]],
      ['n. 12', []],
      ['n. 25', []],
    ])
    for (const entry of deck.sheet.reading) {
      const note = dataset.sources.find(source => source.status === 'listed' && `n. ${source.number}` === entry.source)
      expect(note?.status === 'listed' && note.text).toContain(entry.citation)
    }
  })

  it('keys its note references to the essay, cited as the essay\'s source gives it', () => {
    const essay = dataset.sources.find(source => source.status === 'essay')
    expect(essay?.status === 'essay' && deck.sheet.essay).toBe(essay?.status === 'essay' && essay.text)
    expect(/<p class="reading-lead">[^<]*<\/p>/.exec(html)?.[0]).toContain(`n. = a note of ${escapeHtml(deck.sheet.essay!)}`)
  })

  it('ends on the caveat, cited', () => {
    expect(deck.sheet.caveat).toEqual({ text: dataset.framing.handout.caveat.text, source: 'essay' })
  })
})

describe('the handout sheet as printed', () => {
  it('warns when the print runs past one sheet printed both sides, and only then', () => {
    expect(sheetLengthWarning(1)).toBeUndefined()
    expect(sheetLengthWarning(2)).toBeUndefined()
    expect(sheetLengthWarning(4)).toBe('handout: 4 pages, more than one sheet printed both sides (2); written all the same')
  })

  it('carries the title, speaker, venue, date and the thesis word for word', () => {
    const text = visibleText(html)
    for (const part of [deck.talk.title, deck.talk.subtitle, deck.talk.speaker, dataset.talk.venue.event, dataset.talk.venue.place, deck.talk.date, deck.talk.thesis])
      expect(text).toContain(part)
    expect(html).toContain(`<p class="thesis">${escapeHtml(deck.talk.thesis)}</p>`)
  })

  it('wraps a venue line only after a comma: each comma-separated part of the place kept whole', async () => {
    const main = (await loadDataset(MAIN_DATA)).dataset
    const parts = main.talk.venue.place.split(/(?<=,) /)
    expect(parts.length).toBeGreaterThan(1)
    expect(renderSheetHtml(buildDeckModel(main), 'a4')).toContain(`<p>${parts.map(part => `<span class="venue-part">${escapeHtml(part)}</span>`).join(' ')}</p>`)
  })

  it('draws the timeline and the map as vector figures with alternative text, each episode and place named', () => {
    expect(html.match(/<svg class="sheet-(?:timeline|map)"[^>]* role="img" aria-label="[^"]+"/g)).toHaveLength(2)
    const text = visibleText(html)
    for (const episode of dataset.episodes)
      expect(text).toContain(episode.title)
    for (const place of dataset.places)
      expect(text).toContain(place.name)
  })

  it('names the 38th parallel inside the map\'s crop, where a reader sees it', () => {
    const [, left, width] = /<svg class="sheet-map" viewBox="([\d.-]+) 0 ([\d.]+) /.exec(html)!.map(Number)
    const label = /<text class="map-parallel-label" x="([\d.-]+)"[^>]* text-anchor="end">38th parallel</.exec(html)
    expect(label, 'the label, right-aligned').not.toBeNull()
    const end = Number(label![1])
    // Right-aligned: the label runs left of its x; "38th parallel" is wider than 30 units at the map's font.
    expect(end).toBeLessThanOrEqual(left! + width!)
    expect(end - 30).toBeGreaterThanOrEqual(left!)
  })

  it('letters the map\'s events (the episodes are numbered), each movement\'s head in its sender\'s ink like its shaft', () => {
    const { map } = deck.sheet
    expect(map).toBeDefined()
    map!.steps.forEach((step, index) => {
      const letter = String.fromCharCode(97 + index)
      expect(html).toContain(`<span class="step-number" style="background:${step.from.ink}">${letter}</span>`)
      expect(html).toContain(`text-anchor="middle">${letter}</text>`)
      if (step.route) {
        expect(html).toContain(`marker-end="url(#sheet-arrow-${step.id})" style="stroke:${step.from.ink}"`)
        expect(html).toMatch(new RegExp(`<marker id="sheet-arrow-${step.id}"[^>]*><path [^>]*fill="${step.from.ink}"/>`))
      }
    })
  })

  it('prints the ledger: each episode\'s final say by name and its lesson', () => {
    const ledger = /<section class="ledger">[\s\S]*?<\/section>/.exec(html)![0]
    for (const row of deck.sheet.ledger.rows) {
      expect(visibleText(ledger)).toContain(row.lesson)
      for (const actor of row.finalSay.flatMap(turn => turn.who))
        expect(ledger).toContain(`<b>${escapeHtml(actor.name)}</b>`)
    }
  })

  it('sets a final say that passed on a line a turn, each led by the date it starts from, with no "then"', () => {
    const ledger = /<section class="ledger">[\s\S]*?<\/section>/.exec(html)![0]
    const row = deck.sheet.ledger.rows.find(item => item.finalSay.length > 1 && item.finalSay.every(turn => turn.when))!
    const cell = new RegExp(`<tr><th scope="row"><span class="episode-name"><span class="number">${row.number}</span>[\\s\\S]*?<td class="say">([\\s\\S]*?)</td>`).exec(ledger)![1]!
    expect(cell).toMatch(/^<span class="turns">/)
    expect(visibleText(cell).trim()).toBe(row.finalSay.map(turn => `${turn.when} ${turn.who.map(actor => actor.name).join(' ')}`).join(' '))
    expect(visibleText(ledger)).not.toMatch(/\bthen\b/)
  })

  it('prints the further reading in full and the quotations whole', () => {
    const text = visibleText(html)
    for (const entry of deck.sheet.reading)
      expect(text).toContain(`${entry.citation} ${entry.source}`)
    for (const quote of deck.sheet.episodes.flatMap(episode => episode.quotes))
      expect(text).toContain(`“${quote.text}” ${quote.attribution} · ${quote.source}`)
  })

  it('carries no editor\'s apparatus: no date note, no missing footnote, no remark on a source', () => {
    const text = visibleText(html)
    expect(apparatusIn(text)).toBeUndefined()
    const apparatus = [
      ...dataset.episodes.flatMap(episode => episode.events.flatMap(event => event.dateNote ?? [])),
      ...dataset.sources.flatMap(source => source.status === 'listed'
        ? source.remark ?? []
        : source.status === 'missing'
          ? [source.referencedAt]
          : []),
      ...deck.slides.flatMap(slide => slide.handout.footnotes),
    ]
    expect(apparatus.length).toBeGreaterThan(0)
    expect(apparatus.filter(note => text.includes(note))).toEqual([])
  })
})
