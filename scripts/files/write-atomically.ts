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
  const removeFrom = (index: number) => staged.slice(index).forEach(([temporary]) => rmSync(temporary, { force: true }))
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, content)
      staged.push([temporary, path])
    }
  }
  catch (error) {
    removeFrom(0)
    throw error
  }
  staged.forEach(([temporary, path], index) => {
    try {
      renameSync(temporary, path)
    }
    catch (error) {
      removeFrom(index)
      throw error
    }
  })
}
