import { createHash } from 'node:crypto'
import { basename, join, resolve } from 'node:path'
import { PROJECT_ROOT } from './project-root.ts'

/** The project's own dataset. */
export const PROJECT_DATA = join(PROJECT_ROOT, 'data')

/**
 * The name the project gives its folders for a dataset from any other folder (its deck entry, its
 * rehearsals): the folder's name and a digest of its full path, `second-talk-1a2b3c4d5e`, so two
 * datasets in folders of the same name never share one.
 */
export function datasetFolderName(dataDir: string): string {
  const data = resolve(dataDir)
  const digest = createHash('sha256').update(data).digest('hex').slice(0, 10)
  return `${basename(data)}-${digest}`
}
