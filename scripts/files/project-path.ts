import { relative } from 'node:path'
import { PROJECT_ROOT } from './project-root.ts'

/** A path as a user finds it: relative to the project when inside it (`rehearsals/x.json`), else in full. */
export function projectPath(path: string): string {
  const inside = relative(PROJECT_ROOT, path)
  return inside.startsWith('..') || inside === ''
    ? path
    : inside
}
