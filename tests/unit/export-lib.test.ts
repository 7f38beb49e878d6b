import type { DeckModel } from '../../scripts/generate/deck-model.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { descendants, median, parentPid, pssKb } from '../../scripts/bench/bench-stats.ts'
import { buildInputsDigest } from '../../scripts/build/build-cache.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { fontFile } from '../../scripts/export/browser.ts'
import { handoutSlides, renderHandoutHtml } from '../../scripts/export/handout-html.ts'
import { cssString, escapeHtml, formatClock, placeholderHref, placeholderSlide, titleInSection } from '../../scripts/export/html.ts'
import { exportFileNames, parseExportArgs, slugify, UsageError } from '../../scripts/export/options.ts'
import { addOutline, deckOutline, documentDate, fontBaseName } from '../../scripts/export/pdf-document.ts'
import { takePlaceholders } from '../../scripts/export/place-slides.ts'
import { slidePageRange } from '../../scripts/export/print-slides.ts'
import { createProgress, fitLine, progressBar, usesPlainOutput } from '../../scripts/export/progress.ts'
import { renderScriptHtml, scriptTimings } from '../../scripts/export/script-html.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'

let deck: DeckModel

beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

describe('export options', () => {
  it.each([
    [
      [],
      {
        only: ['slides', 'handout', 'notes'],
        paper: 'a4',
        png: false,
        rebuild: false,
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
      { paper: 'letter', png: true, outDir: 'x' },
    ],
    [
      ['--rebuild'],
      { rebuild: true },
    ],
  ])('parses %j', (argv, expected) => {
    expect(parseExportArgs(argv)).toMatchObject(expected)
  })

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

  it.each([
    ['North Korean Foreign Relations', 'north-korean-foreign-relations'],
    ['  Pyŏngyang & Moscow: 1956!  ', 'pyongyang-moscow-1956'],
    ['???', 'deck'],
  ])('slugifies %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('names the files so that their kind shows', () => {
    const names = exportFileNames('out', 'A Talk')
    expect(names.slides).toBe(join('out', 'a-talk-slides.pdf'))
    expect(names.handout).toContain('handout')
    expect(names.notes).toMatch(/notes|script/)
    expect(names.png(7, 51)).toBe(join('out', 'png', 'a-talk-slide-07.png'))
  })
})

describe('pdf document', () => {
  it.each([
    ['2006-02-22', '2006-02-22'],
    ['2006-02', '2006-02-01'],
    ['2006-autumn', '2006-09-01'],
    ['2006', '2006-01-01'],
  ])('dates documents from the talk date %j', (text, day) => {
    expect(documentDate(text).toISOString().slice(0, 10)).toBe(day)
  })

  it('outlines one entry per section holding its slides', () => {
    const outline = deckOutline(deck)
    expect(outline.map(entry => entry.title)).toEqual(deck.sections.map(section => section.title))
    expect(outline.flatMap(entry => entry.children.map(child => child.page))).toEqual(deck.slides.map(slide => slide.number))
    expect(outline[0]!.children[0]!.title).toBe(`1. ${deck.slides[0]!.title}`)
  })

  it('writes an outline a PDF reader can read back', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 3; i++)
      doc.addPage([100, 100])
    addOutline(doc, [
      {
        title: 'Opening “quoted”',
        page: 1,
        children: [
          { title: 'One', page: 1, children: [] },
          { title: 'Two', page: 2, children: [] },
        ],
      },
      { title: 'Close', page: 3, children: [] },
    ])
    const read = await getDocument({ data: await doc.save(), verbosity: 0 }).promise
    const outline = await read.getOutline()
    expect(outline.map(item => [
      item.title,
      item.items.map(child => child.title),
    ])).toEqual([
      [
        'Opening “quoted”',
        ['One', 'Two'],
      ],
      ['Close', []],
    ])
    expect(await read.getPageIndex(outline[1]!.dest![0] as { num: number, gen: number })).toBe(2)
  })

  it.each([
    ['AAAAAA+Inter-Regular', 'Inter-Regular'],
    ['SourceSerif4-SemiBold', 'SourceSerif4-SemiBold'],
  ])('reads the font name in %j', (name, base) => {
    expect(fontBaseName(name)).toBe(base)
  })
})

describe('placeholders', () => {
  it.each([
    ['http://127.0.0.1:4000/__export/slide/12', 12],
    [
      placeholderHref(3),
      3,
    ],
    ['http://127.0.0.1:4000/__export/slide/12/x', undefined],
    ['https://example.com/', undefined],
  ])('reads the slide number of %j', (uri, slide) => {
    expect(placeholderSlide(uri)).toBe(slide)
  })

  it('takes placeholder links out of a page and keeps other links', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage([200, 200])
    const link = (uri: string, rect: number[]) => doc.context.register(doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      A: {
        S: 'URI',
        URI: PDFString.of(uri),
      },
    }))
    page.node.set(PDFName.of('Annots'), doc.context.obj([
      link('http://127.0.0.1:1/__export/slide/2', [10, 20, 110, 76]),
      link('https://example.com/', [0, 0, 5, 5]),
    ]))
    expect(takePlaceholders(doc)).toEqual([
      {
        page: 0,
        slide: 2,
        x: 10,
        y: 20,
        width: 100,
        height: 56,
      },
    ])
    expect(page.node.Annots()?.size()).toBe(1)
  })
})

describe('html', () => {
  it.each([
    ['<b> & "q" \'s', '&lt;b&gt; &amp; &quot;q&quot; &#39;s'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped)
  })

  it.each([
    ['plain', '"plain"'],
    ['say "hi" \\ bye\nnext', '"say \\"hi\\" \\\\ bye next"'],
    ['</style><img src=x>', '"\\3C /style\\3E \\3C img src=x\\3E "'],
  ])('quotes %j for CSS', (text, quoted) => {
    expect(cssString(text)).toBe(quoted)
  })

  it.each([
    [0, '0:00'],
    [8.25, '8:15'],
    [24.999, '25:00'],
    [2.49, '2:29'],
  ])('formats %d minutes as a clock', (minutes, clock) => {
    expect(formatClock(minutes)).toBe(clock)
  })

  it.each([
    ['1. War: Timeline', '1. War', 'Timeline'],
    ['1. War', '1. War', '1. War'],
    ['Sources', 'Conclusion', 'Sources'],
  ])('shortens %j within section %j', (title, section, short) => {
    expect(titleInSection(title, section)).toBe(short)
  })

  it('serves only the deck\'s fonts from node_modules', () => {
    expect(fontFile('/__export/fonts/inter/400.css')).toMatch(/node_modules\/@fontsource\/inter\/400\.css$/)
    expect(fontFile('/__export/fonts/inter/../../../package.json')).toBeUndefined()
    expect(fontFile('/__export/fonts/evil/400.css')).toBeUndefined()
  })
})

describe('handout and script html', () => {
  it('shows every slide but the backup sources slides, with what each slide leaves out, then every source', () => {
    const html = renderHandoutHtml(deck, 'letter')
    expect(html).toContain('size: letter')
    for (const slide of handoutSlides(deck)) {
      expect(html).toContain(`href="${placeholderHref(slide.number)}"`)
      for (const point of slide.handout.points)
        expect(html).toContain(escapeHtml(point))
    }
    expect(handoutSlides(deck).some(slide => slide.view.kind === 'sources')).toBe(false)
    for (const source of deck.sources)
      expect(html).toContain(escapeHtml(source.text))
  })

  it('gives the script every slide, its notes and click steps, and each section\'s budget and start', () => {
    const html = renderScriptHtml(deck, 'a4')
    for (const slide of deck.slides) {
      expect(html).toContain(`href="${placeholderHref(slide.number)}"`)
      for (const text of [slide.notes.lead, ...slide.notes.steps])
        expect(html).toContain(escapeHtml(text))
    }
    for (const section of deck.sections)
      expect(html).toContain(`Budget ${section.minutes} min</b> · starts at <b>${formatClock(section.startMinute)}</b>`)
  })

  it('times the script from the notes', () => {
    const timings = scriptTimings(deck)
    expect(timings.slides[0]!.startsAt).toBe(0)
    expect(timings.sections.reduce((sum, section) => sum + section.estimatedMinutes, 0)).toBeCloseTo(timings.totalMinutes)
    timings.slides.slice(1).forEach((timing, index) => {
      expect(timing.startsAt).toBeCloseTo(timings.slides[index]!.startsAt + timings.slides[index]!.minutes)
    })
  })
})

describe('slide pages', () => {
  it.each([
    [1, '1'],
    [51, '1-51'],
  ])('prints %d slides as pages %j', (count, range) => {
    expect(slidePageRange(count)).toBe(range)
  })
})

describe('progress', () => {
  it.each([
    [
      { CI: 'true' },
      true,
      true,
    ],
    [{}, false, true],
    [{}, undefined, true],
    [{}, true, false],
  ])('env %j, TTY %s: plain lines %s', (env, tty, plain) => {
    expect(usesPlainOutput(env, tty)).toBe(plain)
  })

  it('draws a bar and fits a line to the terminal', () => {
    expect(progressBar(5, 10, 10)).toBe('[#####.....]')
    expect(progressBar(0, 0, 4)).toBe('[####]')
    expect(fitLine('abcdef', 4)).toBe('abc…')
    expect(fitLine('abc', 4)).toBe('abc')
  })

  it('prints plain lines in CI and one rewritten line on a terminal', () => {
    const plain: string[] = []
    const ci = createProgress({
      plain: true,
      write: text => plain.push(text),
    })
    ci.slide(1, 2, 'One')
    ci.slide(2, 2, 'Two')
    ci.artifact('x.pdf', '2 pages')
    expect(plain.join('')).toBe('export: slides 1/2 One\nexport: slides 2/2 Two\nexport: x.pdf (2 pages)\n')

    const tty: string[] = []
    const terminal = createProgress({
      plain: false,
      write: text => tty.push(text),
      columns: 80,
    })
    terminal.slide(1, 2, 'One')
    terminal.warn('careful')
    expect(tty.join('')).toBe('\r\u001B[2Kexport: slides [##########..........] 1/2 One\nexport: warning: careful\n')
  })
})

describe('build cache and bench', () => {
  it('changes the build digest when an input changes, and only then', () => {
    const root = temporaryDir('deck-digest-')
    mkdirSync(join(root, 'components'))
    writeFileSync(join(root, 'slides.md'), 'a')
    writeFileSync(join(root, 'components', 'A.vue'), 'x')
    const first = buildInputsDigest(root, ['slides.md', 'components', 'absent'])
    expect(buildInputsDigest(root, ['slides.md', 'components', 'absent'])).toBe(first)
    writeFileSync(join(root, 'components', 'A.vue'), 'y')
    expect(buildInputsDigest(root, ['slides.md', 'components', 'absent'])).not.toBe(first)
  })

  it.each([
    [
      [3],
      3,
    ],
    [
      [5, 1, 3],
      3,
    ],
    [
      [4, 1, 3, 2],
      2.5,
    ],
  ])('takes the median of %j', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('reads /proc process data', () => {
    expect(parentPid('123 (tsx (worker) x) S 77 123 1')).toBe(77)
    expect(pssKb('Rss: 10 kB\nPss:  2048 kB\n')).toBe(2048)
    expect(descendants(1, new Map([
      [2, 1],
      [3, 2],
      [4, 9],
    ]))).toEqual([1, 2, 3])
  })
})
