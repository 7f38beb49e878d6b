import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFilesAtomically } from '../../scripts/files/write-atomically.ts'
import { temporaryDir } from '../support/datasets.ts'

describe('writeFilesAtomically', () => {
  it('writes every file and leaves no temporary behind', () => {
    const dir = temporaryDir('atomic-')
    writeFilesAtomically(new Map([
      [
        join(dir, 'a.txt'),
        'A',
      ],
      [
        join(dir, 'sub', 'b.txt'),
        'B',
      ],
    ]))
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A')
    expect(readFileSync(join(dir, 'sub', 'b.txt'), 'utf8')).toBe('B')
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it('replaces nothing when one file cannot be written', () => {
    const dir = temporaryDir('atomic-')
    writeFileSync(join(dir, 'a.txt'), 'old')
    writeFileSync(join(dir, 'file'), 'a file, not a folder')
    expect(() => writeFilesAtomically(new Map([
      [
        join(dir, 'a.txt'),
        'new',
      ],
      [
        join(dir, 'file', 'b.txt'),
        'B',
      ],
    ]))).toThrow()
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old')
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
    expect(existsSync(join(dir, 'file', 'b.txt'))).toBe(false)
  })

  it('replaces nothing when a folder is in the way of a later file, and says which', () => {
    const dir = temporaryDir('atomic-')
    writeFileSync(join(dir, 'a.pdf'), 'old')
    mkdirSync(join(dir, 'b.pdf'))
    expect(() => writeFilesAtomically(new Map([
      [
        join(dir, 'a.pdf'),
        'new',
      ],
      [
        join(dir, 'b.pdf'),
        'B',
      ],
    ]))).toThrow(`cannot replace ${join(dir, 'b.pdf')}: it is a folder`)
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old')
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
  })
})
