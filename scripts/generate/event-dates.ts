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
 * shown. After one, the year is written: a blank under `Jan` reads as January.
 */
export function eventDates(dates: readonly HistoricalDate[], heading: string, dittos = true): string[] {
  const year = headlineYear(heading)
  let shown: { readonly date: HistoricalDate, readonly text: string } | undefined
  return dates.map((date) => {
    const text = label(date, year) || (shown ? formatHistoricalDate(date, 'short') : '')
    const sameMonthAsShownDay = date.precision === 'month' && shown?.date.precision === 'day' && shown.date.year === date.year && shown.date.month === date.month
    if (text === '' || (dittos && (text === shown?.text || sameMonthAsShownDay)))
      return ''
    shown = { date, text }
    return text
  })
}
