import { createHash } from 'node:crypto'
import { basename, join, relative, resolve } from 'node:path'

/** The project's folder, wherever the command is run from. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')
export const PROJECT_DATA = join(PROJECT_ROOT, 'data')

/** A path as a user finds it: relative to the project when inside it (`rehearsals/x.json`), else in full. */
export function projectPath(path: string): string {
  const inside = relative(PROJECT_ROOT, path)
  return inside.startsWith('..') || inside === '' ? path : inside
}

/**
 * The name of a dataset's own entry and rehearsals folders, `second-talk-1a2b3c4d5e`: folders of one name never share
 * them. Vite cannot serve from a folder whose path holds `#`, `?` or `*` (a blank page in dev): those become `-`.
 */
export function datasetFolderName(dataDir: string): string {
  const data = resolve(dataDir)
  return `${basename(data).replaceAll(/[#?*]/g, '-')}-${createHash('sha256').update(data).digest('hex').slice(0, 10)}`
}
