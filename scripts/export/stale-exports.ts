import type { DeckModel } from '../../contract/deck-model.ts'
import type { ExportFileNames } from './options.ts'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'

/** Which version of the talk each exported file was made from, by file name. */
type ExportRecord = Record<string, string>

function readRecord(file: string): ExportRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ExportRecord
  }
  catch {
    return {}
  }
}

/**
 * When an export of `deck` writes `written`, the talk's other files in the folder that were made from another version of the talk, or from an unknown
 * one, to remove: a speaker who copies the folder to a USB stick must not take an old talk along. And the record to write beside the files.
 */
export function staleExports(names: ExportFileNames, written: readonly string[], deck: DeckModel): { stale: string[], record: string } {
  // The version of the talk an export prints: everything on its slides, in its notes and in its handout.
  const version = createHash('sha256').update(JSON.stringify(deck)).digest('hex')
  const previous = readRecord(names.record)
  const record: ExportRecord = {}
  const stale: string[] = []
  for (const file of [names.slides, names.handout, names.handoutDetailed, names.notes, names.clicks, names.pptx, names.html]) {
    const name = basename(file)
    if (written.includes(file) || (existsSync(file) && previous[name] === version))
      record[name] = version
    else if (existsSync(file))
      stale.push(file)
  }
  return { stale, record: `${JSON.stringify(record, null, 2)}\n` }
}
