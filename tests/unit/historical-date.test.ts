import { describe, expect, it } from 'vitest'
import { canFallWithin, formatHistoricalDate, isOutOfOrder, parseHistoricalDate, readHistoricalDate, requireHistoricalDate } from '../../scripts/dataset/historical-date.ts'

describe('historical dates', () => {
  it.each([
    [
      '1950-10-12',
      'day',
      '12 October 1950',
      19501012,
      19501012,
    ],
    [
      '1950-10',
      'month',
      'October 1950',
      19501001,
      19501031,
    ],
    [
      '1950-autumn',
      'season',
      'Autumn 1950',
      19500901,
      19501130,
    ],
    [
      '1950-winter',
      'season',
      'Winter 1950',
      19501201,
      19510228,
    ],
    [
      '1952-02',
      'month',
      'February 1952',
      19520201,
      19520229,
    ],
    [
      '1950',
      'year',
      '1950',
      19500101,
      19501231,
    ],
    ['1950-late', 'late', 'late 1950', 19500901, 19501231],
    ['1956-after', 'after', 'after 1956', 19560901, 19651231],
  ])('parses %s', (text, precision, formatted, earliest, latest) => {
    const date = requireHistoricalDate(text)
    expect(date).toMatchObject({ precision, earliest, latest })
    expect(formatHistoricalDate(date)).toBe(formatted)
  })

  it.each([
    '1950-13',
    '1950-02-30',
    '1950-00',
    '50',
    '1950-fall',
    '1950-10-1',
    'October 1950',
    '',
  ])('rejects %j', (text) => {
    expect(parseHistoricalDate(text)).toBeUndefined()
  })

  it.each([
    ['1950-13', '"1950-13" is not a date: there is no month 13; months run from 01 to 12'],
    ['1950-00', '"1950-00" is not a date: there is no month 00; months run from 01 to 12'],
    ['1950-02-30', '"1950-02-30" is not a date: February 1950 has 28 days'],
    ['1952-02-30', '"1952-02-30" is not a date: February 1952 has 29 days'],
    ['1950-10-00', '"1950-10-00" is not a date: October 1950 has 31 days'],
    ['1950-fall', '"1950-fall" is not a date: write a year (1950), a month (1950-10), a day (1950-10-12), a season (1950-winter, 1950-spring, 1950-summer or 1950-autumn), late in a year (1950-late) or the years after one (1956-after)'],
  ])('says why %j is not a date, repeating it', (text, reason) => {
    expect(readHistoricalDate(text)).toBe(reason)
    expect(() => requireHistoricalDate(text)).toThrow(reason)
  })

  it('lets an imprecise date fall within a period it overlaps', () => {
    const [from, to] = [
      requireHistoricalDate('1949-03'),
      requireHistoricalDate('1950-06'),
    ]
    expect(canFallWithin(requireHistoricalDate('1950'), from, to)).toBe(true)
    expect(canFallWithin(requireHistoricalDate('1949-02'), from, to)).toBe(false)
    expect(canFallWithin(requireHistoricalDate('1950-07-01'), from, to)).toBe(false)
  })

  it('calls events out of order only when the later one must come first', () => {
    expect(isOutOfOrder(requireHistoricalDate('1950-10-12'), requireHistoricalDate('1950-10'))).toBe(false)
    expect(isOutOfOrder(requireHistoricalDate('1950-10-12'), requireHistoricalDate('1950-09'))).toBe(true)
    expect(isOutOfOrder(requireHistoricalDate('1950'), requireHistoricalDate('1950-01-01'))).toBe(false)
  })
})
