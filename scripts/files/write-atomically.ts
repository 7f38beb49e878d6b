import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'

/**
 * Writes every file under a temporary name first and renames them only when all are written, so a
 * failed write, or a folder in the way of a file, replaces nothing. Each rename is atomic; the set as a
 * whole is not, so a rename that still fails midway leaves the files renamed before it and removes the
 * temporaries after it.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  const staged: [string, string][] = []
  let renamed = 0
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, content)
      staged.push([temporary, path])
    }
    // A folder where a file goes would fail its rename after earlier files were replaced: it fails here, before any is.
    for (const [, path] of staged) {
      if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory())
        throw new Error(`cannot replace ${path}: it is a folder`)
    }
    for (const [temporary, path] of staged) {
      renameSync(temporary, path)
      renamed++
    }
  }
  catch (error) {
    for (const [temporary] of staged.slice(renamed))
      rmSync(temporary, { force: true })
    throw error
  }
}
