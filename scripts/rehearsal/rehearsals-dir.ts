import { join, resolve } from 'node:path'
import process from 'node:process'
import { datasetFolderName, PROJECT_DATA, PROJECT_ROOT } from '../files/project-root.ts'

/**
 * Where the dev server saves the talk's rehearsals, and `npm run rehearsals` and the speaker script read them:
 * DECK_REHEARSALS_DIR (relative to the project) for every talk when set; else `rehearsals/` for the project's
 * talk and `rehearsals/<folder>-<hash>/` for another: named like its entry, but outside `.tmp/`, which may be deleted.
 */
export function rehearsalsDirFor(dataDir: string): string {
  const chosen = process.env.DECK_REHEARSALS_DIR
  if (chosen)
    return resolve(PROJECT_ROOT, chosen)
  const rehearsals = join(PROJECT_ROOT, 'rehearsals')
  return resolve(dataDir) === PROJECT_DATA ? rehearsals : join(rehearsals, datasetFolderName(dataDir))
}
