import type { DeckModel, SectionPlan } from '../../contract/deck-model.ts'
import type { RehearsalRecord } from '../../contract/rehearsal-record.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { formatSeconds } from '../../contract/deck-model.ts'
import { REHEARSAL_FORMAT } from '../../contract/rehearsal-record.ts'
import { rehearsalRecordSchema } from '../../contract/rehearsal-schema.ts'
import { deckTitle } from '../generate/render-markdown.ts'

const FORMAT_ONLY = z.object({ format: z.literal(REHEARSAL_FORMAT) })

/** The titles a rehearsal of this talk carries: the deck's, which the presenter view records, or the talk's alone (older records). */
export function rehearsedTitles(talk: DeckModel['talk']): string[] {
  return [deckTitle(talk), talk.title]
}

/** Parses one rehearsal file's text; the reason it is not a rehearsal of the talk with these titles otherwise. */
export function parseRehearsal(text: string, titles: readonly string[]): RehearsalRecord | string {
  let json: unknown
  try {
    json = JSON.parse(text)
  }
  catch {
    return 'not JSON'
  }
  // The format first: a file of another kind is named as such, not by the first field a version lacks.
  const kind = FORMAT_ONLY.safeParse(json)
  const parsed = rehearsalRecordSchema.safeParse(json)
  if (!kind.success || !parsed.success) {
    const issue = (kind.error ?? parsed.error)!.issues[0]!
    return `not a rehearsal record: ${issue.path.join('.') || '(top)'}: ${issue.message}`
  }
  if (!titles.includes(parsed.data.talk))
    return `a rehearsal of another talk ("${parsed.data.talk}")`
  return parsed.data
}

function readRehearsal(file: string, titles: readonly string[]): RehearsalRecord | string {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  }
  catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
  }
  return parseRehearsal(text, titles)
}

/**
 * Seconds per slide and per section of the deck, from the file `label` (`2026-03-01T10-15-00.json`). A slide is found
 * by its identity, wherever it has moved; a rehearsed slide the deck no longer has is not counted but named in
 * `unmatched`, one line each. A version 1 record knows numbers only: it is matched by number, with a warning there.
 */
export function summarize(record: RehearsalRecord, deck: Pick<DeckModel, 'slides'>, label: string) {
  const slides = new Map<number, number>()
  const sections = new Map<string, number>()
  const unmatched: string[] = []
  const numberOf = new Map(deck.slides.map(slide => [slide.id, slide.number]))
  if (record.version === 1)
    unmatched.push(`${label} was recorded before slides had identities: its times are matched by slide number, and land on the wrong slides if the deck has changed since`)
  for (const entry of record.slides) {
    const id = 'id' in entry ? entry.id : undefined
    const number = id === undefined ? entry.slide : numberOf.get(id)
    const slide = number === undefined ? undefined : deck.slides[number - 1]
    if (!slide) {
      const what = id === undefined ? 'a slide' : `"${id}"`
      unmatched.push(`${what} (slide ${entry.slide} when rehearsed, ${formatSeconds(entry.seconds)}) is no longer in the deck; its time is left out`)
      continue
    }
    slides.set(slide.number, (slides.get(slide.number) ?? 0) + entry.seconds)
    sections.set(slide.section, (sections.get(slide.section) ?? 0) + entry.seconds)
  }
  return { label, slides, sections, unmatched }
}

export type RehearsalSummary = ReturnType<typeof summarize>

/**
 * The valid rehearsal of this talk in `dir` that ended last by the `endedAt` it records, not by file name (two saved in
 * one second differ by a `-2`; a file may be renamed); corrupt and foreign files are named in `skipped`.
 */
export function latestRehearsal(dir: string, deck: Pick<DeckModel, 'slides' | 'talk'>) {
  if (!existsSync(dir))
    return { skipped: [] }
  // A file, or a link to one (a rehearsal kept elsewhere): a link that leads nowhere is named, not passed over.
  const names = readdirSync(dir, { withFileTypes: true })
    .filter(entry => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
    .map(entry => entry.name)
    .sort()
  const skipped: string[] = []
  let latest: { name: string, record: RehearsalRecord, ended: number } | undefined
  for (const name of names) {
    const result = readRehearsal(join(dir, name), rehearsedTitles(deck.talk))
    if (typeof result === 'string') {
      skipped.push(`${join(dir, name)}: ${result}; skipped`)
      continue
    }
    const ended = Date.parse(result.endedAt)
    if (!latest || ended >= latest.ended)
      latest = { name, record: result, ended }
  }
  return latest ? { summary: summarize(latest.record, deck, latest.name), skipped } : { skipped }
}

/** Per section: budget, plan from the notes, rehearsed, and the difference; plain text for a terminal. */
export function rehearsalTable(deck: DeckModel, summary: RehearsalSummary): string {
  const rehearsed = (section: SectionPlan) => summary.sections.get(section.section) ?? 0
  // The backup slides, shown for questions after the timed talk, have no budget to keep and stay out of the total.
  const timed = deck.plan.sections.filter((_, index) => deck.sections[index]!.kind !== 'backup')
  const rows = deck.plan.sections.map((section) => {
    const time = [section.budgetSeconds, section.notesSeconds, rehearsed(section)].map(formatSeconds)
    const over = rehearsed(section) - section.budgetSeconds
    return [section.title, ...time, !timed.includes(section) ? 'not timed' : `${over >= 0 ? '+' : ''}${formatSeconds(over)}`]
  })
  const sum = (seconds: readonly number[]) => formatSeconds(seconds.reduce((total, next) => total + next, 0))
  rows.push(['Total', sum(timed.map(s => s.budgetSeconds)), sum(timed.map(s => s.notesSeconds)), sum(timed.map(rehearsed)), ''])
  const head = ['Section', 'Budget', 'Plan from notes', 'Rehearsed', 'Over budget']
  const widths = head.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)))
  const pad = (cell: string, column: number) => column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd()
  return [`Rehearsal ${summary.label}`, line(head), ...rows.map(line)].join('\n')
}
