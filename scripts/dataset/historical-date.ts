import type { SEASONS, VAGUE_PERIODS } from '../../data/schema.ts'
import { DATE_FORMS, HISTORICAL_DATE } from '../../data/schema.ts'

type Season = (typeof SEASONS)[number]
/** `late` is September to December; `after` the years after the year, its last months among them. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year' | (typeof VAGUE_PERIODS)[number]

export interface HistoricalDate {
  readonly precision: DatePrecision
  readonly year: number
  readonly month?: number
  readonly day?: number
  readonly season?: Season
  /** First and last day the date can mean, as sortable `YYYYMMDD` numbers. */
  readonly earliest: number
  readonly latest: number
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const SHORT_MONTHS = MONTHS.map(month => month.slice(0, 3))
/** Northern-hemisphere meteorological seasons; winter belongs to the year it begins in December. */
const SEASON_MONTHS: Record<Season, readonly [number, number]> = { winter: [12, 14], spring: [3, 5], summer: [6, 8], autumn: [9, 11] }

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function key(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day
}

/** From the first day of month `first` to the last of month `last` of `year`; a month past 12 is in the next year. */
function monthSpan(year: number, first: number, last: number): { earliest: number, latest: number } {
  const yearAndMonth = (month: number) => [year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1] as const
  const [startYear, startMonth] = yearAndMonth(first)
  const [endYear, endMonth] = yearAndMonth(last)
  return { earliest: key(startYear, startMonth, 1), latest: key(endYear, endMonth, daysInMonth(endYear, endMonth)) }
}

/**
 * Reads `1950`, `1950-10`, `1950-10-12`, `1950-autumn`, `1950-late` or `1956-after`; for any other text, says why it is
 * no date, naming the value and what is allowed: `"1949-13" is not a date: there is no month 13; ...`.
 */
export function readHistoricalDate(text: string): HistoricalDate | string {
  const match = HISTORICAL_DATE.exec(text)
  const notADate = `${JSON.stringify(text)} is not a date`
  if (!match)
    return `${notADate}: write ${DATE_FORMS}`
  const year = Number(match[1])
  if (match[4] === 'late')
    return { precision: 'late', year, earliest: key(year, 9, 1), latest: key(year, 12, 31) }
  if (match[4] === 'after')
    return { precision: 'after', year, earliest: key(year, 9, 1), latest: key(year + 9, 12, 31) }
  const season = match[4] as Season | undefined
  if (season)
    return { precision: 'season', year, season, ...monthSpan(year, ...SEASON_MONTHS[season]) }
  if (match[2] === undefined)
    return { precision: 'year', year, earliest: key(year, 1, 1), latest: key(year, 12, 31) }
  const month = Number(match[2])
  if (month < 1 || month > 12)
    return `${notADate}: there is no month ${match[2]}; months run from 01 to 12`
  if (match[3] === undefined)
    return { precision: 'month', year, month, ...monthSpan(year, month, month) }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month))
    return `${notADate}: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`
  return { precision: 'day', year, month, day, earliest: key(year, month, day), latest: key(year, month, day) }
}

export function parseHistoricalDate(text: string): HistoricalDate | undefined {
  const date = readHistoricalDate(text)
  return typeof date === 'string' ? undefined : date
}

export function requireHistoricalDate(text: string): HistoricalDate {
  const date = readHistoricalDate(text)
  if (typeof date !== 'string')
    return date
  throw new Error(date)
}

/** `12 October 1950`, `October 1950`, `Autumn 1950`, `1950`, `late 1950`, `after 1956`; `short` abbreviates the month. */
export function formatHistoricalDate(date: HistoricalDate, style: 'long' | 'short' = 'long'): string {
  const months = style === 'short' ? SHORT_MONTHS : MONTHS
  switch (date.precision) {
    case 'day': return `${date.day} ${months[date.month! - 1]} ${date.year}`
    case 'month': return `${months[date.month! - 1]} ${date.year}`
    case 'season': return `${date.season!.charAt(0).toUpperCase()}${date.season!.slice(1)} ${date.year}`
    case 'year': return String(date.year)
    case 'late': return `late ${date.year}`
    case 'after': return `after ${date.year}`
  }
}

/**
 * The months a season or a vague date spans, `December 1950 to February 1951` for `1950-winter`, which the checks of
 * period and order measure; undefined for a day, a month or a year, which say it themselves.
 */
export function spanOf(date: HistoricalDate): string | undefined {
  if (date.precision === 'day' || date.precision === 'month' || date.precision === 'year')
    return undefined
  const month = (key: number) => `${MONTHS[(Math.floor(key / 100) % 100) - 1]} ${Math.floor(key / 10000)}`
  return `${month(date.earliest)} to ${month(date.latest)}`
}

/** True when some day the date can mean lies within the range: `1950` can fall within January to June 1950. */
export function canFallWithin(date: HistoricalDate, from: HistoricalDate, to: HistoricalDate): boolean {
  return date.latest >= from.earliest && date.earliest <= to.latest
}

/** Out of order only when `later` must have happened before `earlier` could have. */
export function isOutOfOrder(earlier: HistoricalDate, later: HistoricalDate): boolean {
  return later.latest < earlier.earliest
}
