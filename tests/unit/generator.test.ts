import type { DeckModel } from '../../contract/deck-model.ts'
import type { Dataset } from '../../data/schema.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parser } from '@slidev/cli'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset, validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { sourceLine } from '../../scripts/generate/deck-context.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { DECK_MARKDOWN, generateDeck, HEADMATTER_FILE } from '../../scripts/generate/generate-deck.ts'
import { renderDeckMarkdown } from '../../scripts/generate/render-markdown.ts'
import { MAIN_DATA, rawDataset, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { addEpisodeAsTheReadmeSays } from '../support/fifth-episode.ts'

let dataset: Dataset
let deck: DeckModel
beforeAll(async () => {
  dataset = (await loadDataset(SECOND_TALK)).dataset
  deck = buildDeckModel(dataset)
})

const kindsOf = (section: string) => deck.sections.find(candidate => candidate.id === section)!.slides.map(number => deck.slides[number - 1]!.view.kind)

describe('the generator', () => {
  it('opens with title, puzzle, thesis and the timeline of the decade, and closes with the ledger and the line the talk ends on', () => {
    expect(kindsOf('opening')).toEqual([
      'title',
      'points',
      'thesis',
      'timeline',
    ])
    expect(kindsOf('closing')).toEqual(['ledger', 'end'])
  })

  it('tells each episode in its story order, between the timeline marking where it stands and its lesson', () => {
    dataset.episodes.forEach((episode, index) => {
      const slides = deck.sections.find(section => section.id === episode.id)!.slides.map(number => deck.slides[number - 1]!)
      expect(slides.map(slide => slide.view.kind)).toEqual([
        'timeline',
        ...episode.story.map(item => item.kind === 'diagram'
          ? 'decision'
          : item.kind),
        'lesson',
      ])
      const opener = slides[0]!.view
      expect(opener.kind === 'timeline' && [opener.current, opener.question]).toEqual([index + 1, episode.question])
      expect(slides.map(slide => slide.id)).toEqual([
        `${episode.id}/opener`,
        ...episode.story.map(item => `${episode.id}/${item.kind}:${item.id}`),
        `${episode.id}/lesson`,
      ])
    })
  })

  it('draws each diagram\'s events one click each, in order, and states its answer at one click more', () => {
    for (const episode of dataset.episodes) {
      for (const item of episode.story.filter(candidate => candidate.kind === 'diagram')) {
        const slide = deck.slides.find(candidate => candidate.id === `${episode.id}/diagram:${item.id}`)!
        if (slide.view.kind !== 'decision')
          throw new Error('not a decision slide')
        const events = item.events.map(id => episode.events.find(event => event.id === id)!)
        expect(slide.view.steps.map(step => [step.step, step.id, step.label])).toEqual(events.map((event, index) => [index + 1, event.id, event.label]))
        expect(slide.notes.steps).toEqual([
          ...events.map(event => event.note),
          item.answerNote,
        ])
        expect(slide.view.answer).toBe(item.answer)
        expect(slide.view.mermaid.split('\n').filter(line => /->>|-->>|-x|-\)|Note over/.test(line))).toHaveLength(events.length)
        // nothing is lost, only moved: each event's detail is in the handout beside the diagram
        for (const event of events)
          expect(slide.handout.points.some(point => point.endsWith(event.detail)), event.id).toBe(true)
      }
    }
  })

  it('places a diagram\'s capitals in the actors\' fixed order, leaving out those with no part in it', () => {
    const order = new Map(dataset.actors.map(actor => [actor.id, actor.order]))
    for (const slide of deck.slides) {
      if (slide.view.kind !== 'decision')
        continue
      const involved = new Set(slide.view.steps.flatMap(step => [
        step.from.id,
        ...(step.to
          ? [step.to.id]
          : []),
      ]))
      const ids = slide.view.participants.map(actor => actor.id)
      expect(new Set(ids)).toEqual(involved)
      expect(ids).toEqual([...ids].sort((a, b) => order.get(a)! - order.get(b)!))
    }
  })

  it('keeps the apparatus out of the notes and puts it in the handout\'s footnotes', () => {
    const consent = deck.slides.find(slide => slide.id === 'consent/diagram:consent')!
    expect(consent.handout.footnotes).toEqual(['approves: undated in the source', 'Note 7 is cited in the essay but missing from its list of notes.'])
    expect([consent.notes.lead, ...consent.notes.steps].join(' ')).not.toMatch(/undated|Note 7/)
  })

  it('prints a date note once where one act is drawn as two arrows, a letter to each ally', async () => {
    const { dataset: main } = await loadDataset(MAIN_DATA)
    const talk = buildDeckModel(main)
    const dateNotes = [...new Set(main.episodes.flatMap(episode => episode.events.flatMap(event => event.dateNote ?? [])))]
    const repeated = talk.slides.flatMap(slide => dateNotes.filter(note => slide.handout.footnotes.filter(line => line.includes(note)).length > 1))
    expect(repeated).toEqual([])
  })

  it('prints the timeline\'s date notes with the timeline that opens the talk', async () => {
    const { dataset: main } = await loadDataset(MAIN_DATA)
    const timeline = buildDeckModel(main).slides.find(slide => slide.view.kind === 'timeline')!
    const notes = main.timeline.flatMap(milestone => 'dateNote' in milestone && milestone.dateNote ? [milestone.dateNote] : [])
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.filter(note => !timeline.handout.footnotes.some(line => line.endsWith(note)))).toEqual([])
  })

  it('lists each episode\'s final say and lesson in the ledger', () => {
    const ledger = deck.slides.find(slide => slide.view.kind === 'ledger')!.view
    expect(ledger.kind === 'ledger' && ledger.rows.map(row => [row.period, row.finalSay.map(turn => turn.who.map(actor => actor.id)), row.lesson]))
      .toEqual(dataset.episodes.map(episode => [episode.period.label, episode.finalSay.map(turn => turn.who), episode.lesson.headline]))
  })

  it('gives the handout the ledger\'s rows in words beside it, each episode by name, not the spoken note', () => {
    const ledger = deck.slides.find(slide => slide.view.kind === 'ledger')!
    expect(ledger.handout.points).not.toContain(ledger.notes.lead)
    expect(ledger.handout.points).toHaveLength(dataset.episodes.length)
    for (const [index, episode] of dataset.episodes.entries()) {
      const point = ledger.handout.points[index]!
      expect(point.startsWith(`${index + 1}. ${episode.title}, ${episode.period.label}: the final say, `), point).toBe(true)
      expect(point.endsWith(`as Pyongyang saw it, “${episode.lesson.headline}”`), point).toBe(true)
      for (const id of episode.finalSay.flatMap(turn => turn.who))
        expect(point).toContain(dataset.actors.find(actor => actor.id === id)!.name)
    }
  })

  it('grows the ledger by one row on each lesson slide, with the episode\'s evidence', () => {
    const lessons = deck.slides.filter(slide => slide.view.kind === 'lesson').map(slide => slide.view)
    expect(lessons.map(view => view.kind === 'lesson' && view.rows.map(row => row.number))).toEqual(dataset.episodes.map((_, index) => Array.from({ length: index + 1 }, (_, row) => row + 1)))
    expect(lessons.map(view => view.kind === 'lesson' && view.evidence.text)).toEqual(dataset.episodes.map(episode => episode.lesson.evidence.text))
    // Cited (a note, or the essay for its own inference), and dated wherever the dataset dates it.
    for (const [index, view] of lessons.entries()) {
      const evidence = view.kind === 'lesson' ? view.evidence : undefined
      expect(evidence?.source, `lesson ${index + 1}`).toMatch(/^(?:nn?\. \d+|the essay)/)
      expect(Boolean(evidence?.date), `lesson ${index + 1}`).toBe(Boolean(dataset.episodes[index]!.lesson.evidence.date))
    }
  })

  it('puts the source list on backup slides after the closing slide, outside the timed talk', () => {
    const closing = deck.sections.find(section => section.kind === 'closing')!.slides.at(-1)! - 1
    expect(deck.slides.slice(closing + 1).length).toBeGreaterThan(0)
    expect(deck.slides.map(slide => slide.backup)).toEqual(deck.slides.map((_, index) => index > closing))
    expect(deck.slides.filter(slide => slide.backup).every(slide => slide.view.kind === 'sources')).toBe(true)
    expect(deck.sections.filter(section => section.kind === 'backup').map(section => section.minutes)).toEqual([0])
  })

  it('spreads the sources evenly over the fewest slides that hold them, none nearly empty', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.sources.forEach((source: { text?: string }, index: number) => source.text && (source.text += ' Archive file.'.repeat(25 + 10 * index)))
    const pages = buildDeckModel(validateDataset(raw, files)).slides.flatMap(slide => slide.view.kind === 'sources' ? [slide.view.entries.reduce((sum, entry) => sum + entry.text.length, 0)] : [])
    expect(pages).toHaveLength(2)
    expect(Math.min(...pages)).toBeGreaterThan(Math.max(...pages) * 0.6)
  })

  it('gives a note taller than a slide one to itself, and still puts no more on another slide than it holds', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    // Notes of 1,700 characters, some 15 lines of a slide's 22: no two fit one slide. The last runs over several.
    raw.sources.forEach((source: { text?: string }) => source.text && (source.text = source.text.padEnd(1700, ' Archive file.')))
    raw.sources.at(-1).text += ' More.'.repeat(1500)
    const pages = buildDeckModel(validateDataset(raw, files)).slides.flatMap(slide => slide.view.kind === 'sources' ? [slide.view.entries] : [])
    for (const entries of pages) {
      const long = entries.filter(entry => entry.text.length >= 1650).map(entry => entry.label)
      expect(long.length, long.join(', ')).toBeLessThanOrEqual(1)
    }
    expect(pages.at(-1)).toHaveLength(1)
  })

  it('says in a sources slide\'s note which notes it lists: one, or the first to the last', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    // A note long enough to fill a sources slide of its own.
    raw.sources.at(-1).text += ' More.'.repeat(400)
    const leads = buildDeckModel(validateDataset(raw, files)).slides.filter(slide => slide.view.kind === 'sources').map(slide => slide.notes.lead)
    expect(leads).toHaveLength(2)
    expect(leads[0]).toMatch(/^Reference slide: [^,]+ to Note \d+, for questions\.$/)
    expect(leads[1]).toMatch(/^Reference slide: Note \d+, for questions\.$/)
  })

  it('gives every slide an id that stays with it when slides before it come and go', async () => {
    expect(new Set(deck.slides.map(slide => slide.id)).size).toBe(deck.slides.length)
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.episodes[0].story.shift()
    const shorter = buildDeckModel(validateDataset(raw, files))
    const before = new Map(deck.slides.map(slide => [slide.id, slide.title]))
    for (const slide of shorter.slides)
      expect(before.get(slide.id), slide.id).toBe(slide.title)
    expect(shorter.slides.length).toBe(deck.slides.length - 1)
  })

  it('adds a section for an episode added as the README says, with no other change', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    const added = buildDeckModel(validateDataset(addEpisodeAsTheReadmeSays(raw), {
      ...files,
      episodes: [...files.episodes, 'episodes/03-added.ts'],
    }))
    const episodes = added.sections.filter(section => section.kind === 'episode')
    expect(episodes).toHaveLength(dataset.episodes.length + 1)
    expect(episodes.at(-1)!.title).toBe(`${dataset.episodes.length + 1}. ${raw.episodes.at(-1).title}`)
    const timeline = added.slides.find(slide => slide.view.kind === 'timeline')!.view
    expect(timeline.kind === 'timeline' && timeline.bands.map(band => band.title).at(-1)).toBe(raw.episodes.at(-1).title)
  })

  it('writes an ordinary Slidev deck: a layout and its data in each slide\'s frontmatter, the diagram fenced in the body, the notes with one [click] a step', async () => {
    const out = temporaryDir('second-talk-')
    const written = await generateDeck(SECOND_TALK, out)
    const file = join(out, DECK_MARKDOWN)
    const { slides } = await parser.parse(readFileSync(file, 'utf8'), file)
    expect(slides).toHaveLength(written.slides.length)
    slides.forEach((slide, index) => {
      const model = written.slides[index]!
      const { kind, ...view } = model.view
      const mermaid = model.view.kind === 'decision'
        ? model.view.mermaid
        : undefined
      const data: Record<string, unknown> = { ...view }
      delete data.mermaid
      expect(existsSync(join(PROJECT_ROOT, 'layouts', `${kind}.vue`)), kind).toBe(true)
      expect(slide.frontmatter).toMatchObject({
        layout: kind,
        ...JSON.parse(JSON.stringify(data)),
      })
      expect(slide.frontmatter.talk.id).toBe(model.id)
      expect(slide.content.trim()).toBe(mermaid === undefined
        ? ''
        : `\`\`\`mermaid\n${mermaid.trim()}\n\`\`\``)
      const clicks = slide.frontmatter.clicks ?? 0
      expect(slide.note?.match(/\[click\]/g)?.length ?? 0, model.title).toBe(clicks)
      expect(clicks).toBe(model.notes.steps.length)
    })
  })

  it('attributes a quotation reported by its listener to the speaker as that listener reported it, on the slide and on the sheet', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    const quote = raw.episodes[1].story[0].voices[0]
    const attributions = (reportedBy: string) => {
      quote.reportedBy = reportedBy
      const edited = buildDeckModel(validateDataset(raw, files))
      const slide = edited.slides.find(candidate => candidate.view.kind === 'quote' && candidate.view.voices.some(voice => voice.text === quote.text))!
      return [slide.view.kind === 'quote' && slide.view.voices[0]!.attribution, edited.sheet.episodes[1]!.quotes[0]!.attribution]
    }
    expect(attributions('shtykov')).toEqual(['Kim Il Sung, as reported by Terentii F. Shtykov, January 1950', 'Kim Il Sung, as reported by Terentii F. Shtykov, January 1950'])
    expect(attributions('stalin')).toEqual(['Kim Il Sung to Terentii F. Shtykov, as reported by Joseph Stalin, January 1950', 'Kim Il Sung to Terentii F. Shtykov, as reported by Joseph Stalin, January 1950'])
  })

  it('counts the episodes in words, capitalised where the count opens a sentence', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.framing.opening.timelineHeading = '{episodes} episodes'
    raw.framing.opening.timelineNote = '{episodes} episodes follow. Then our {episodes} lessons; {episodes} in all. That is, e.g. {episodes}, i.e. {episodes}.'
    const timeline = buildDeckModel(validateDataset(raw, files)).slides.find(slide => slide.id === 'opening/timeline')!
    expect(timeline.title).toBe('Two episodes')
    expect(timeline.notes.lead).toBe('Two episodes follow. Then our two lessons; two in all. That is, e.g. two, i.e. two.')
  })

  it('counts a talk of one episode as one episode, not one episodes', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.episodes.splice(0, 1)
    raw.framing.opening.timelineHeading = '{episodes} episodes'
    raw.framing.opening.timelineNote = 'Then our {episodes} episodes. {episodes} Episodes in all.'
    const timeline = buildDeckModel(validateDataset(raw, files)).slides.find(slide => slide.id === 'opening/timeline')!
    expect(timeline.title).toBe('One episode')
    expect(timeline.notes.lead).toBe('Then our one episode. One Episode in all.')
  })

  it('keeps every value whole in the frontmatter when a text holds ---, which ends a frontmatter anywhere for Slidev', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.talk.title = 'Patrons --- and clients'
    raw.talk.puzzle = ['Why 1949---1950?', '---', 'A -----']
    const edited = buildDeckModel(validateDataset(raw, files))
    const { slides } = await parser.parse(renderDeckMarkdown(edited), 'deck.md')
    expect(slides).toHaveLength(edited.slides.length)
    expect(slides[0]!.frontmatter).toMatchObject({ layout: 'title', heading: 'Patrons --- and clients' })
    expect(slides[1]!.frontmatter).toMatchObject({ layout: 'points', points: ['Why 1949---1950?', '---', 'A -----'] })
    slides.forEach((slide, index) => expect(slide.frontmatter.talk?.id).toBe(edited.slides[index]!.id))
  })

  it('writes a $ so that Slidev finds no maths to bundle KaTeX for, and keeps it as typed', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.talk.title = 'A $5 and $6 talk'
    raw.talk.puzzle = ['Aid of $2 million, then $3 million?']
    raw.framing.opening.timelineNote = 'It cost $2, then $3.'
    const edited = buildDeckModel(validateDataset(raw, files))
    const { slides } = await parser.parse(renderDeckMarkdown(edited), 'deck.md')
    // Slidev's own search, over every slide's source as it loads a deck: frontmatter, body and notes.
    expect(parser.detectFeatures(slides.map(slide => slide.raw).join('')).katex).toBe(false)
    expect(slides[0]!.frontmatter).toMatchObject({ heading: 'A $5 and $6 talk' })
    expect(slides[1]!.frontmatter).toMatchObject({ points: ['Aid of $2 million, then $3 million?'] })
    expect(slides.find(slide => slide.frontmatter.talk?.id === 'opening/timeline')!.note).toBe('It cost &#36;2, then &#36;3.')
  })

  it('writes each actor once in a slide\'s frontmatter and then refers to it by its id', async () => {
    const out = temporaryDir('second-talk-')
    const written = await generateDeck(SECOND_TALK, out)
    const markdown = readFileSync(join(out, DECK_MARKDOWN), 'utf8')
    const decision = written.slides.find(slide => slide.view.kind === 'decision')!
    const frontmatter = markdown.split('\n---\n').find(part => part.includes(`id: ${decision.id}`))!
    for (const actor of dataset.actors.filter(actor => frontmatter.includes(`id: ${actor.id}\n`))) {
      expect(frontmatter.match(new RegExp(`^\\s+name: ${actor.name}$`, 'gm')), actor.id).toHaveLength(1)
      expect(frontmatter).toContain(`&${actor.id}\n`)
    }
    expect(frontmatter).toMatch(/^ {4}from: \*[a-z]/m)
  })

  it('gives byte-identical output for the same dataset', async () => {
    const [a, b] = [
      temporaryDir('deck-a-'),
      temporaryDir('deck-b-'),
    ]
    await generateDeck(SECOND_TALK, a)
    await generateDeck(SECOND_TALK, b)
    for (const file of [DECK_MARKDOWN, HEADMATTER_FILE])
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true)
    expect(renderDeckMarkdown(deck)).toBe(readFileSync(join(a, DECK_MARKDOWN), 'utf8'))
  })
})

describe('a slide\'s source line', () => {
  const cite = (label: string) => ({
    id: label,
    label,
    missing: false,
    text: '',
  })
  it.each([
    [
      ['essay'],
      '',
    ],
    [
      ['n. 5'],
      'n. 5',
    ],
    [
      ['essay', 'n. 2', 'n. 3'],
      'nn. 2, 3',
    ],
    [
      ['n. 8', 'n. 9', 'essay', 'n. 10', 'n. 11', 'n. 20', 'n. 21'],
      'nn. 8–11, 20, 21',
    ],
  ])('%j reads "%s" on the slide', (labels, line) => {
    expect(sourceLine(labels.map(cite))).toBe(line)
  })
})
