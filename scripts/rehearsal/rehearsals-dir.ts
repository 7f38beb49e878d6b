import { join, resolve } from 'node:path'
import process from 'node:process'
import { datasetFolderName, PROJECT_DATA, PROJECT_ROOT } from '../files/project-root.ts'

/**
 * Where the rehearsals of the talk in `dataDir` are kept: the dev server saves them there, and
 * `npm run rehearsals` and the speaker script read them from there. DECK_REHEARSALS_DIR, when set, is
 * that folder for every talk (relative to the project). Otherwise the project's own talk has
 * `rehearsals/`, and a talk from any other folder `rehearsals/<folder>-<hash>/`, named like its deck
 * entry but outside `.tmp/`, which may be deleted at any time.
 */
export function rehearsalsDirFor(dataDir: string): string {
  const chosen = process.env.DECK_REHEARSALS_DIR
  if (chosen)
    return resolve(PROJECT_ROOT, chosen)
  const rehearsals = join(PROJECT_ROOT, 'rehearsals')
  return resolve(dataDir) === PROJECT_DATA ? rehearsals : join(rehearsals, datasetFolderName(dataDir))
}
