import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { projectPath } from './project-root.ts'

export class OutputDirError extends Error {
  override name = 'OutputDirError'
}

/**
 * Creates `dir` one level at a time and returns the folders it made, deepest last. Node's recursive mkdir loops
 * forever on a path like `/proc/x`, where the kernel answers ENOENT for a parent that exists.
 */
function makeDirs(dir: string): string[] {
  const path = resolve(dir)
  if (existsSync(path))
    return []
  const made = dirname(path) === path ? [] : makeDirs(dirname(path))
  mkdirSync(path)
  return [...made, path]
}

/**
 * Makes sure files can be created in `dir` before any work starts, by writing a probe file there. The folders
 * made for the probe are removed again: a command that then fails (a bad dataset) leaves no empty folder behind.
 */
export function ensureWritableDir(dir: string): void {
  const probe = join(dir, `.write-probe-${process.pid}`)
  const made = new Set<string>()
  try {
    // Another command given the same new folder removes it after its own probe: one that vanished is made again.
    for (let attempt = 1; ; attempt++) {
      try {
        makeDirs(dir).forEach(folder => made.add(folder))
        writeFileSync(probe, '')
        break
      }
      catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3)
          throw error
      }
    }
  }
  catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new OutputDirError(`cannot write to ${projectPath(dir)} (${reason}); choose a folder you can write to`)
  }
  finally {
    // Where the probe could not be made (`dir` is a file, or under one) removing it fails too, and would hide the message above.
    try {
      rmSync(probe, { force: true })
      for (const folder of [...made].reverse())
        rmdirSync(folder)
    }
    catch {}
  }
}
