import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { PROJECT_ROOT } from '../files/project-root.ts'

/**
 * A copy of a static build for this process to serve, and the way to remove it. An export replaces
 * the build's folder while a talk may be under way, and the open page still loads the chunks of the
 * slides to come from the folder it started with.
 */
export function snapshotBuild(dist: string): { readonly root: string, readonly remove: () => void } {
  const root = join(PROJECT_ROOT, '.tmp', `present-${process.pid}`)
  rmSync(root, { recursive: true, force: true })
  cpSync(dist, root, { recursive: true })
  return {
    root,
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
