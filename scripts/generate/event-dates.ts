import type { HistoricalDate } from '../dataset/historical-date.ts'
import { formatHistoricalDate } from '../dataset/historical-date.ts'

/** The one year a headline names (`1949: who could say yes…`), which the dates beneath need not repeat. */
export function headlineYear(heading: string): number | undefined {
  const years = new Set(heading.match(/\b1\d{3}\b/g))
  return years.size === 1 ? Number([...years][0]) : undefined
}

/** A date as the column shows it: without the headline's year, where that leaves something to say. */
function label(date: HistoricalDate, year: number | undefined): string {
  const full = formatHistoricalDate(date, 'short')
  if (date.year !== year || date.precision === 'late' || date.precision === 'after')
    return full
  return date.precision === 'year' ? '' : full.replace(` ${year}`, '')
}

/**
 * The dates beside a story's events, blank where they repeat the event before (with `dittos`, as a diagram's column of
 * dates has them; each item of a list keeps its date), a month after its day, or the headline's year before any date is
 * shown. A diagram's first date carries its year, for the answer replaces the headline at its last click (which the
 * printed slide shows); any date in another year than the one above carries it too. After one, a date in the year alone
 * is written: a blank under `Jan` reads as January.
 */
export function eventDates(dates: readonly HistoricalDate[], heading: string, dittos = true): string[] {
  const year = headlineYear(heading)
  let shown: HistoricalDate | undefined
  return dates.map((date) => {
    const full = formatHistoricalDate(date, 'short')
    const short = label(date, year)
    const text = !shown ? (dittos ? short && full : short) : shown.year === date.year ? short || full : full
    const repeat = date.earliest === shown?.earliest && date.latest === shown.latest
    const sameMonthAsShownDay = date.precision === 'month' && shown?.precision === 'day' && shown.year === date.year && shown.month === date.month
    if (text === '' || (dittos && (repeat || sameMonthAsShownDay)))
      return ''
    shown = date
    return text
  })
}
