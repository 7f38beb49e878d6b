import type { DeckModel } from '../../contract/deck-model.ts'
import type { ExportFileNames } from './options.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { z } from 'zod'

/**
 * The folder's one record of the exports made into it: for each talk, by its id, the files it wrote, by their path in the folder (`png/…` for the
 * slide PNGs), each with the version of the talk it was made from. By id, not by title: a retitled talk's earlier files are still its own.
 */
const exportRecord = z.record(z.string(), z.record(z.string(), z.string())).catch({})

/** An export's own files are files: a folder of the same name is somebody's, never removed. */
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false

function readRecord(file: string) {
  try {
    return exportRecord.parse(JSON.parse(readFileSync(file, 'utf8')))
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
 * one, to remove: a speaker who copies the folder to a USB stick must not take an old talk along. The talk's files are those it names now and those
 * the record lists for it under an earlier title; a file the record gives to another talk is never one. `stalePngs`: the talk's slide PNGs among them
 * (an earlier, longer deck's, or another version's). And the record to write beside the files.
 */
export function staleExports(names: ExportFileNames, written: readonly string[], deck: DeckModel): { stale: string[], stalePngs: string[], record: string } {
  // The version of the talk an export prints: everything on its slides, in its notes and in its handout.
  const version = createHash('sha256').update(JSON.stringify(deck)).digest('hex')
  const dir = dirname(names.record)
  const { [deck.talk.id]: own = {}, ...others } = readRecord(names.record)
  const othersFiles = new Set(Object.values(others).flatMap(files => Object.keys(files)))
  const recorded = Object.keys(own).filter(name => !isAbsolute(name) && !name.split(/[\\/]/).includes('..')).map(name => join(dir, name))
  const mine = [names.slides, names.handout, names.handoutDetailed, names.notes, names.clicks, names.pptx, names.html, ...talkPngs(names)]
  const isPng = (file: string) => dirname(file) === dirname(names.png(1, 1))
  // An export that writes PNGs writes all the talk's: one it does not is an earlier, longer deck's.
  const writesPngs = written.some(isPng)
  const files: Record<string, string> = {}
  const stale: string[] = []
  const stalePngs: string[] = []
  for (const file of new Set([...written, ...mine, ...recorded])) {
    const name = relative(dir, file)
    if (written.includes(file) || (isFile(file) && own[name] === version && !(writesPngs && isPng(file))))
      files[name] = version
    else if (isFile(file) && !othersFiles.has(name))
      (isPng(file) ? stalePngs : stale).push(file)
  }
  // A file this export writes is this talk's now, whichever talk wrote it before.
  const record = Object.fromEntries(Object.entries(others).map(([id, theirs]) => [id, Object.fromEntries(Object.entries(theirs).filter(([name]) => !(name in files)))]))
  return { stale, stalePngs, record: `${JSON.stringify({ ...record, [deck.talk.id]: files }, null, 2)}\n` }
}
