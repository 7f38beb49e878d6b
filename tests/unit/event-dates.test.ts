import { describe, expect, it } from 'vitest'
import { requireHistoricalDate } from '../../scripts/dataset/historical-date.ts'
import { eventDates, headlineYear } from '../../scripts/generate/event-dates.ts'

const column = (heading: string, ...dates: string[]) => eventDates(dates.map(requireHistoricalDate), heading)

describe('the dates beside a story\'s events', () => {
  it('drop the year the headline gives, but on the first date shown, and a year alone with it until a finer date is shown', () => {
    // At the last click the answer replaces the headline, and the printed slide shows only that: the first date keeps its year.
    expect(column('1950: on whose terms?', '1950', '1950-01', '1950-01', '1950-03')).toEqual(['', 'Jan 1950', '', 'Mar'])
    expect(column('Autumn 1956: whose side?', '1956', '1956-09', '1956-09', '1956-09')).toEqual(['', 'Sep 1956', '', ''])
  })

  it('write the year whenever it changes from the date shown above', () => {
    expect(column('1950: on whose terms?', '1949-12', '1950-01', '1950-03')).toEqual(['Dec 1949', 'Jan 1950', 'Mar'])
  })

  it('write the year of an event dated by it alone after a finer date, where a blank would read as that date', () => {
    expect(column('1949: who could say yes to Kim\'s war?', '1949-03', '1949-03', '1949-summer', '1949', '1949-09')).toEqual(['Mar 1949', '', 'Summer', '1949', 'Sep'])
    expect(column('1950: on whose terms?', '1950-01', '1950', '1950-04', '1950', '1950', '1950')).toEqual(['Jan 1950', '1950', 'Apr', '1950', '', ''])
  })

  it('keep every year when the headline names none or several', () => {
    expect(column('After the rescue: who ran Pyongyang\'s war?', '1950-12', '1950-late', '1950-late', '1951-01', '1951-01')).toEqual(['Dec 1950', 'late 1950', '', 'Jan 1951', ''])
    expect(column('1951–1952: who kept the war going?', '1951', '1951', '1951-08', '1952-08-20')).toEqual(['1951', '', 'Aug 1951', '20 Aug 1952'])
  })

  it('show a day, and leave blank a month that only repeats the day before it', () => {
    expect(column('Autumn 1950: who would come to the rescue?', '1950-09-10', '1950-10-01', '1950-10', '1950-10', '1950-10-12', '1950-10', '1950-10', '1950-10-14'))
      .toEqual(['10 Sep 1950', '1 Oct', '', '', '12 Oct', '', '', '14 Oct'])
  })

  it('say what is uncertain in words, whatever the headline', () => {
    expect(column('After 1956: who had the last word?', '1956-10', '1956-after', '1956-after', '1961', '1961')).toEqual(['Oct 1956', 'after 1956', '', '1961', ''])
  })

  it('give each item of a list its date, as a map\'s events are listed, where a diagram\'s column leaves a repeat blank; the list keeps the year in its headline', () => {
    // A blank under the map's `Autumn`, on the row the click singles out, read as a date left out.
    expect(eventDates(['1950-09-15', '1950-autumn', '1950-autumn'].map(requireHistoricalDate), '1950: near defeat', false)).toEqual(['15 Sep', 'Autumn', 'Autumn'])
  })

  it('find the headline\'s year only when it names one', () => {
    expect([headlineYear('Autumn 1950: who?'), headlineYear('1951–1953: who?'), headlineYear('Who decided?')]).toEqual([1950, undefined, undefined])
  })
})
