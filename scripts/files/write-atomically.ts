import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'

/**
 * Writes every file under a temporary name first and renames them only when all are written, so a
 * failed write replaces nothing. Each rename is atomic; the set as a whole is not, so a rename that
 * fails midway leaves the files renamed before it and removes the temporaries after it.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  const staged: [string, string][] = []
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, content)
      staged.push([temporary, path])
    }
  }
  catch (error) {
    for (const [temporary] of staged)
      rmSync(temporary, { force: true })
    throw error
  }
  staged.forEach(([temporary, path], index) => {
    try {
      renameSync(temporary, path)
    }
    catch (error) {
      for (const [left] of staged.slice(index))
        rmSync(left, { force: true })
      throw error
    }
  })
}
