import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inputsDigest } from '../../scripts/build/build-inputs.ts'
import { UsageError } from '../../scripts/cli/command.ts'
import { EXPORT_USAGE, exportFileNames, parseExportArgs, slugify } from '../../scripts/export/options.ts'
import { createProgress } from '../../scripts/export/progress.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { temporaryDir } from '../support/datasets.ts'

describe('export options', () => {
  it.each([
    [
      [],
      {
        only: ['slides', 'handout', 'notes'],
        paper: 'a4',
        png: false,
        perPage: 3,
        lines: false,
        rebuild: false,
        venue: false,
        outDir: 'exports',
      },
    ],
    [
      ['--only', 'notes'],
      {
        only: ['notes'],
      },
    ],
    [
      ['--only', 'notes,slides'],
      {
        only: ['slides', 'notes'],
      },
    ],
    [
      [
        '--only',
        'handout',
        '--only',
        'slides',
      ],
      {
        only: ['slides', 'handout'],
      },
    ],
    [
      [
        '--paper',
        'Letter',
        '--png',
        '--out',
        'x',
      ],
      { paper: 'letter', png: true, outDir: join(PROJECT_ROOT, 'x') },
    ],
    [
      ['--rebuild'],
      { rebuild: true },
    ],
    [
      ['--venue', '--out', 'usb'],
      { venue: true, outDir: join(PROJECT_ROOT, 'usb') },
    ],
    [
      ['--per-page', '6', '--lines'],
      { perPage: 6, lines: true, only: ['slides', 'handout', 'handout-detailed', 'notes'] },
    ],
    [
      ['--only', 'handout-detailed', '--lines'],
      { only: ['handout-detailed'], lines: true },
    ],
  ])('parses %j', (argv, expected) => {
    expect(parseExportArgs(argv)).toMatchObject(expected)
  })
})

describe('export options: errors, help and file names', () => {
  it.each([
    [
      ['--only', 'pptx'],
      /--only: unknown value "pptx"/,
    ],
    [
      ['--paper', 'a3'],
      /--paper: unknown value "a3"/,
    ],
    [
      ['--per-page', '5'],
      /--per-page: unknown value "5" \(expected 1, 2, 3, 4, 6\)/,
    ],
    [
      ['--only', 'handout', '--per-page', '2'],
      /--per-page and --lines shape the detailed handout: add handout-detailed to --only/,
    ],
    [
      ['--only', ''],
      /--only: names no file \(expected slides, handout, handout-detailed, notes\)/,
    ],
    [
      ['--only', ',,'],
      /--only: names no file/,
    ],
    [
      ['--colour'],
      /Unknown option '--colour'/,
    ],
    [
      ['stray'],
      /positional/,
    ],
  ])('rejects %j', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError)
    expect(() => parseExportArgs(argv)).toThrow(message)
  })
  it('has a usage that names every option and every file', () => {
    for (const option of [
      'handout-detailed',
      '--only',
      '--paper',
      '--per-page',
      '--lines',
      '--png',
      '--out',
      '--data',
      '--rebuild',
    ])
      expect(EXPORT_USAGE).toContain(option)
  })

  it.each([
    ['North Korean Foreign Relations', 'north-korean-foreign-relations'],
    ['  Pyŏngyang & Moscow: 1956!  ', 'pyongyang-moscow-1956'],
    // No Latin letter: the talk's id, where two such talks were both `deck`.
    ['???', 'the-id'],
    ['조선 1950', 'the-id'],
    // At most 60 characters, cut at a word: a title of 250 made a name longer than a file name may be.
    [`${'Pyongyang and its patrons '.repeat(9)}1961`, 'pyongyang-and-its-patrons-pyongyang-and-its-patrons'],
    ['x'.repeat(70), 'x'.repeat(60)],
  ])('slugifies %j', (title, slug) => {
    expect(slugify(title, 'the-id')).toBe(slug)
  })

  it('names the files so that their kind shows, and the folder\'s record of them whatever the title', () => {
    const names = exportFileNames('out', { id: 'a-talk', title: 'A Talk' })
    expect(names.slides).toBe(join('out', 'a-talk-slides.pdf'))
    expect(names.handout).toBe(join('out', 'a-talk-handout.pdf'))
    expect(names.handoutDetailed).toBe(join('out', 'a-talk-handout-detailed.pdf'))
    expect(names.notes).toMatch(/notes|script/)
    expect(names.png(7, 51)).toBe(join('out', 'png', 'a-talk-slide-07.png'))
    expect(names.record).toBe(exportFileNames('out', { id: 'a-talk', title: 'Another Title' }).record)
  })
})

describe('progress', () => {
  it('prints a plain line for each slide, file and warning', () => {
    const lines: string[] = []
    const progress = createProgress(line => lines.push(line))
    progress.slide(1, 12, 'One')
    progress.artifact('x.pdf', '2 pages')
    progress.warn('careful')
    expect(lines).toEqual(['export: slides  1/12 One', 'export: x.pdf (2 pages)', 'export: warning: careful'])
  })
})

describe('build cache', () => {
  it('changes the build digest when an input changes, and only then', () => {
    const root = temporaryDir('deck-digest-')
    mkdirSync(join(root, 'components'))
    writeFileSync(join(root, 'slides.md'), 'a')
    writeFileSync(join(root, 'components', 'A.vue'), 'x')
    const first = inputsDigest(root, ['slides.md', 'components', 'absent'])
    expect(inputsDigest(root, ['slides.md', 'components', 'absent'])).toBe(first)
    writeFileSync(join(root, 'components', 'A.vue'), 'y')
    expect(inputsDigest(root, ['slides.md', 'components', 'absent'])).not.toBe(first)
  })

  it('changes when an empty folder or a link to nowhere comes or goes, which the dataset\'s loader reports', () => {
    const root = temporaryDir('deck-digest-entries-')
    mkdirSync(join(root, 'episodes'))
    writeFileSync(join(root, 'episodes', '01-a.ts'), 'x')
    const digests = [inputsDigest(root, ['.'])]
    mkdirSync(join(root, 'episodes', '06-dir.ts'))
    digests.push(inputsDigest(root, ['.']))
    rmSync(join(root, 'episodes', '06-dir.ts'), { recursive: true })
    symlinkSync('/nonexistent', join(root, 'episodes', '07-x.ts'))
    digests.push(inputsDigest(root, ['.']))
    expect(new Set(digests).size).toBe(3)
  })
})
