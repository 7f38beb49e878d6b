import type { DatasetFiles } from '../../scripts/dataset/load-dataset.ts'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { readDatasetModules } from '../../scripts/dataset/load-dataset.ts'

export const MAIN_DATA = 'data'
export const SECOND_TALK = 'tests/fixtures/second-talk'

export type RawDataset = Record<string, any>

/** A fresh deep copy of a dataset's raw modules, safe to corrupt in a test. */
export async function rawDataset(dir: string): Promise<{ raw: RawDataset, files: DatasetFiles }> {
  const { raw, files } = await readDatasetModules(dir)
  return {
    raw: structuredClone(raw),
    files,
  }
}

const created: string[] = []

/** A new empty folder under the system's temporary directory, removed after the test file finishes. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** A copy of a dataset directory in a temporary folder, to edit on disk. */
export function copyDatasetDir(dir: string): string {
  const target = join(temporaryDir('deck-data-'), 'data')
  cpSync(dir, target, { recursive: true })
  return target
}

/** The entries the commands made under `.tmp/entries/` for the datasets (folders with a `talk.ts`) anywhere in a folder. */
function entriesWithin(dir: string): string[] {
  if (!existsSync(dir))
    return []
  const folders = [dir, ...readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => join(entry.parentPath, entry.name))]
  return folders.filter(folder => existsSync(join(folder, 'talk.ts'))).map(folder => entryFor(folder).root)
}

/** Removes the test file's temporary folders and the entries made for the datasets in them. */
export function removeTemporaryDirs(): void {
  for (const dir of created.splice(0)) {
    for (const entry of entriesWithin(dir))
      rmSync(entry, { recursive: true, force: true })
    rmSync(dir, { recursive: true, force: true })
  }
}
