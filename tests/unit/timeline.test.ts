import { describe, expect, it } from 'vitest'
import { requireHistoricalDate } from '../../scripts/dataset/historical-date.ts'
import { validateDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { bandLabelPlace, dateMiddle, labelWidth, placeLabels, yearFraction } from '../../scripts/generate/timeline.ts'
import { rawDataset, SECOND_TALK } from '../support/datasets.ts'

describe('timeline positions', () => {
  it.each([
    [19500101, 1950],
    [19500701, 1950.5],
  ])('%i is year %d', (day, year) => {
    expect(yearFraction(day)).toBeCloseTo(year, 2)
  })

  it.each([
    ['1950', 1950.5],
    ['1950-10', 1950.79],
    ['1953-03-05', 1953.176],
  ])('a date of %s sits at its middle, %d', (text, year) => {
    expect(dateMiddle(requireHistoricalDate(text))).toBeCloseTo(year, 2)
  })
})

describe('the timeline\'s span', () => {
  it('holds a period ending in a winter and a milestone of the years after a year, whose days run past their year', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.episodes[1].period.to = '1950-winter'
    raw.timeline.push({ id: 'aftermath', label: 'Aftermath', date: '1950-after', sources: ['essay'] })
    const timeline = buildDeckModel(validateDataset(raw, files)).slides.map(slide => slide.view).find(view => view.kind === 'timeline')!
    expect(timeline.kind === 'timeline' && timeline.marks.map(mark => mark.at).every(at => at >= 0 && at <= 1)).toBe(true)
    // A band ending on a year's last day ends a day's fraction past it: yearFraction counts 365 days a year.
    expect(timeline.kind === 'timeline' && timeline.bands.map(band => band.to).every(to => to <= 1.001)).toBe(true)
  })

  it('labels no year at the axis\'s end, where the label would run off the bar', async () => {
    const { raw, files } = await rawDataset(SECOND_TALK)
    raw.episodes[1].period.to = '1954'
    const timeline = buildDeckModel(validateDataset(raw, files)).slides.map(slide => slide.view).find(view => view.kind === 'timeline')!
    expect(timeline.kind === 'timeline' && timeline.years).toEqual([{ year: 1945, at: 0 }, { year: 1950, at: 0.5 }])
  })
})

describe('timeline labels', () => {
  it('keeps labels apart in as few rows as it can, no leader crossing a nearer label', () => {
    expect(placeLabels([
      { label: 'Division', at: 0.02 },
      { label: 'Two states', at: 0.05 },
      { label: 'War', at: 0.08 },
      { label: 'Stalin dies', at: 0.5 },
    ])).toEqual([
      { side: 'above', row: 0, align: 'start' },
      { side: 'below', row: 1, align: 'start' },
      { side: 'below', row: 0, align: 'start' },
      { side: 'above', row: 0, align: 'start' },
    ])
  })

  it('measures Chinese, Japanese and Korean characters at their full width, so such a label keeps off its neighbour', () => {
    // Six characters set an em wide each run past "Stalin dies" on one row: counted as six Latin ones, they seemed to fit.
    const [war, stalin] = placeLabels([
      { label: '朝鮮戦争勃発', at: 0.3 },
      { label: 'Stalin dies', at: 0.42 },
    ])
    expect([war!.side, war!.row]).not.toEqual([stalin!.side, stalin!.row])
    expect(labelWidth('평양')).toBe(labelWidth('Pyon'))
  })

  it('ends a label at its mark when it would run past the axis', () => {
    expect(placeLabels([
      { label: 'Treaties', at: 0.97 },
    ])).toEqual([
      { side: 'above', row: 0, align: 'end' },
    ])
  })
})

describe('episode band labels', () => {
  it.each([
    ['War', 0.1, 0.6, 'inside'],
    [
      'A title longer than its short bar',
      0.1,
      0.15,
      'after',
    ],
    [
      'A title longer than its short bar',
      0.85,
      0.9,
      'before',
    ],
    [
      'A title so long that neither the room after nor before its bar could hold it on one line',
      0.6,
      0.65,
      'before',
    ],
    [
      'A title so long that neither the room after nor before its bar could hold it on one line',
      0.3,
      0.35,
      'after',
    ],
    ['1 朝鮮戦争の決定的瞬間', 0.1, 0.3, 'after'],
  ] as const)('"%s" on a bar from %d to %d goes %s', (label, from, to, place) => {
    expect(bandLabelPlace(label, from, to)).toBe(place)
  })
})
