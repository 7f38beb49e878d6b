import type { RawDataset } from './datasets.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DATASET_MODULES } from '../../scripts/dataset/load-dataset.ts'
import { rawDataset } from './datasets.ts'

/** Writes a raw dataset as a dataset directory laid out like `data/`, one `export default` module per part. */
export function writeDatasetDir(raw: RawDataset, episodeFiles: readonly string[], dir: string): string {
  mkdirSync(join(dir, 'episodes'), { recursive: true })
  const module = (value: unknown) => `export default ${JSON.stringify(value, null, 2)}\n`
  for (const part of DATASET_MODULES)
    writeFileSync(join(dir, `${part}.ts`), module(raw[part]))
  raw.episodes.forEach((episode: unknown, index: number) => {
    writeFileSync(join(dir, 'episodes', basename(episodeFiles[index] ?? `${String(index + 1).padStart(2, '0')}-episode.ts`)), module(episode))
  })
  return dir
}

/** Copies a dataset into `dir` after `edit` has changed its raw modules. */
export async function editedDataset(source: string, dir: string, edit: (raw: RawDataset) => void): Promise<string> {
  const { raw, files } = await rawDataset(source)
  edit(raw)
  return writeDatasetDir(raw, files.episodes, dir)
}
