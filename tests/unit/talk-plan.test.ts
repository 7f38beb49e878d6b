import type { DeckModel } from '../../contract/deck-model.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { countWords } from '../../contract/slide-views.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { buildBackupLinks, buildTalkPlan } from '../../scripts/generate/talk-plan.ts'
import { SECOND_TALK } from '../support/datasets.ts'

let deck: DeckModel
beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

describe('talk plan', () => {
  it('starts every section at its budgeted start, and its slides and clicks follow without gaps', () => {
    const { plan } = deck
    expect(plan.slides.map(slide => slide.slide)).toEqual(deck.slides.map(slide => slide.number))
    for (const section of deck.sections) {
      const slides = section.slides.map(number => plan.slides[number - 1]!)
      expect(slides[0]!.start).toBe(section.startMinute * 60)
      expect(slides.reduce((sum, slide) => sum + slide.seconds, 0)).toBe(section.minutes * 60)
    }
    for (const slide of plan.slides) {
      expect(slide.clicks.length).toBe(deck.slides[slide.slide - 1]!.notes.steps.length + 1)
      expect(slide.clicks[0]!.start).toBe(slide.start)
      expect(slide.clicks.reduce((sum, click) => sum + click.seconds, 0)).toBe(slide.seconds)
    }
    // The plan ends where the budgets do; the rest of the slot is the speaker's slack.
    expect(plan.slides.at(-1)!.start + plan.slides.at(-1)!.seconds).toBe(deck.sections.reduce((sum, section) => sum + section.minutes, 0) * 60)
  })

  it('shares a section\'s budget by the words of the notes, evenly when there are none', () => {
    const slide = (number: number, lead: string, steps: string[] = []) => ({
      ...deck.slides[0]!,
      number,
      section: 's',
      notes: { lead, steps },
    })
    const plan = buildTalkPlan({
      talk: { ...deck.talk, wordsPerMinute: 60 },
      sections: [
        {
          id: 's',
          kind: 'opening',
          title: 'S',
          minutes: 2,
          startMinute: 0,
          slides: [1, 2],
        },
        {
          id: 'e',
          kind: 'closing',
          title: 'E',
          minutes: 1,
          startMinute: 2,
          slides: [3],
        },
      ],
      slides: [
        slide(1, 'one two three', ['four']),
        slide(2, 'five six seven eight'),
        {
          ...slide(3, ''),
          section: 'e',
        },
      ],
    })
    expect(plan.slides.map(s => [s.start, s.seconds, s.notesSeconds])).toEqual([
      [0, 60, 4],
      [60, 60, 4],
      [120, 60, 0],
    ])
    expect(plan.slides[0]!.clicks).toEqual([
      { clicks: 0, start: 0, seconds: 45 },
      { clicks: 1, start: 45, seconds: 15 },
    ])
    expect(plan.sections.map(s => [s.start, s.budgetSeconds, s.notesSeconds])).toEqual([
      [0, 120, 8],
      [120, 60, 0],
    ])
  })
})

describe('backup links', () => {
  it('sends each slide to the sources slide listing the first source it cites', () => {
    const sourcesSlides = deck.slides.filter(slide => slide.view.kind === 'sources')
    expect(deck.backups).toHaveLength(deck.slides.length)
    for (const link of deck.backups) {
      const target = deck.slides.find(slide => slide.alias === link.backup)!
      if (target.view.kind !== 'sources')
        throw new Error(`slide ${link.slide} goes to a ${target.view.kind} slide`)
      if (link.sources.length > 0)
        expect(target.view.entries.map(entry => entry.id)).toContain(link.sources[0])
      else
        expect(link.backup).toBe(sourcesSlides[0]!.alias)
    }
    expect(deck.backups.some(link => link.sources.length > 0)).toBe(true)
  })

  it('makes each sources slide its own backup, so `b` pressed on Sources 5/7 stays there instead of going to 1/7', () => {
    const first = deck.slides.find(slide => slide.view.kind === 'sources')!
    const slides = [...deck.slides, { ...first, number: deck.slides.length + 1, alias: 'sources-2' }]
    const links = buildBackupLinks({ slides })
    expect(links.filter((_, index) => slides[index]!.view.kind === 'sources').map(link => link.backup)).toEqual([first.alias, 'sources-2'])
  })

  it('prefers the later listing, so backup slides after the closing slide win over sources in the talk', () => {
    const sources = deck.slides.filter(slide => slide.view.kind === 'sources')
    const backups = sources.map((slide, index) => ({ ...slide, number: deck.slides.length + 1 + index, alias: `later-${index + 1}` }))
    const links = buildBackupLinks({
      slides: [
        ...deck.slides,
        ...backups,
      ],
    })
    const citing = links.find(link => link.sources.length > 0)!
    expect(citing.backup).toMatch(/^later-/)
    expect(links.find(link => link.sources.length === 0)!.backup).toBe(sources[0]!.alias)
    expect(buildBackupLinks({
      slides: deck.slides.filter(slide => slide.view.kind !== 'sources'),
    })).toEqual([])
  })
})

describe('the words the plan times', () => {
  it('counts words, not markers or punctuation', () => {
    expect(countWords('  Kim asked -- twice. [click] Stalin: no. ')).toBe(5)
  })

  it('counts words in any alphabet, not only English letters', () => {
    expect(countWords('Ким Ир Сен спросил — «нет».')).toBe(5)
    expect(countWords('김일성 은 물었다 ; كيم سأل')).toBe(5)
  })

  it('times Chinese and Japanese, written without spaces, by their characters, not as one word a sentence', () => {
    expect(countWords('毛泽东是对的。[click]我们认为对的')).toBe(4)
  })
})
