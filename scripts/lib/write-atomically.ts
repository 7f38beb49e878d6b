import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'

/** Writes every file under a temporary name first, then renames them all; on failure none is replaced. */
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
  for (const [temporary, path] of staged)
    renameSync(temporary, path)
}
