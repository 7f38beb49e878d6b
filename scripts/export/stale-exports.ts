import type { DeckModel } from '../../contract/deck-model.ts'
import type { ExportFileNames } from './options.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Which version of the talk each exported file was made from, by file name; the slide PNGs, as a set, under `PNGS`. */
type ExportRecord = Record<string, string>

const PNGS = 'png'

/** An export's own files are files: a folder of the same name is somebody's, never removed. */
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false

function readRecord(file: string): ExportRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ExportRecord
  }
  catch {
    return {}
  }
}

/** The talk's slide PNGs in the folder `--png` writes to (`<name>-slide-<number>.png`), none of another talk's. */
export function talkPngs(names: ExportFileNames): string[] {
  const first = names.png(1, 1)
  const dir = dirname(first)
  const prefix = basename(first).replace(/1\.png$/, '')
  if (!existsSync(dir))
    return []
  return readdirSync(dir).filter(name => name.startsWith(prefix) && /^\d+\.png$/.test(name.slice(prefix.length))).map(name => join(dir, name))
}

/**
 * When an export of `deck` writes `written`, the talk's other files in the folder that were made from another version of the talk, or from an unknown
 * one, to remove: a speaker who copies the folder to a USB stick must not take an old talk along. `stalePngs`: the talk's PNGs this export does not
 * write, if it writes PNGs (an earlier, longer deck's) or if they were made from another version. And the record to write beside the files.
 */
export function staleExports(names: ExportFileNames, written: readonly string[], deck: DeckModel): { stale: string[], stalePngs: string[], record: string } {
  // The version of the talk an export prints: everything on its slides, in its notes and in its handout.
  const version = createHash('sha256').update(JSON.stringify(deck)).digest('hex')
  const previous = readRecord(names.record)
  const record: ExportRecord = {}
  const stale: string[] = []
  for (const file of [names.slides, names.handout, names.handoutDetailed, names.notes, names.clicks, names.pptx, names.html]) {
    const name = basename(file)
    if (written.includes(file) || (isFile(file) && previous[name] === version))
      record[name] = version
    else if (isFile(file))
      stale.push(file)
  }
  const pngs = talkPngs(names)
  const writesPngs = written.some(file => file.endsWith('.png'))
  if (writesPngs || (pngs.length > 0 && previous[PNGS] === version))
    record[PNGS] = version
  const stalePngs = writesPngs ? pngs.filter(file => !written.includes(file)) : previous[PNGS] === version ? [] : pngs
  return { stale, stalePngs, record: `${JSON.stringify(record, null, 2)}\n` }
}
