import type { Dataset } from '../../data/schema.ts'
import type { DatasetPath, DatasetProblem } from './dataset-error.ts'
import type { HistoricalDate } from './historical-date.ts'
import { readHistoricalDate } from './historical-date.ts'

/** Each id that repeats one before it, by its index. */
export function duplicates(ids: readonly (string | number)[]): Map<number, string | number> {
  return new Map(ids.flatMap((id, index) => ids.indexOf(id) < index ? [[index, id] as const] : []))
}

/** The dataset's ids and the shared checks every part of it uses, collecting problems in order. */
export function problemCollector(dataset: Dataset) {
  const problems: DatasetProblem[] = []
  const report = (path: DatasetPath, message: string) => problems.push({ path, message })
  const known = (kind: string, ids: Iterable<string>) => {
    const set = new Set(ids)
    return (path: DatasetPath, id: string) => {
      if (!set.has(id))
        report(path, `unknown ${kind} "${id}"`)
    }
  }
  const checkSource = known('source', dataset.sources.map(source => source.id))
  return {
    problems,
    report,
    known,
    checkActor: known('actor', dataset.actors.map(actor => actor.id)),
    checkPlace: known('place', dataset.places.map(place => place.id)),
    checkSpeaker: known('person or actor', [...dataset.people, ...dataset.actors].map(record => record.id)),
    checkUnique(ids: readonly string[], pathOf: (index: number) => DatasetPath, what = 'id') {
      for (const [index, id] of duplicates(ids))
        report([...pathOf(index), 'id'], `duplicate ${what} "${id}"`)
    },
    checkSources(path: DatasetPath, ids: readonly string[]) {
      ids.forEach((id, index) => checkSource([...path, index], id))
    },
    checkDate(path: DatasetPath, text: string): HistoricalDate | undefined {
      const date = readHistoricalDate(text)
      if (typeof date !== 'string')
        return date
      report(path, date)
    },
  }
}
export type Collector = ReturnType<typeof problemCollector>
