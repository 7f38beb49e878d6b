import type { DeckModel } from '../../contract/deck-model.ts'
import type { ExportFileNames } from '../../scripts/export/options.ts'
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { formatSeconds } from '../../contract/deck-model.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { fontFile } from '../../scripts/export/browser.ts'
import { fitWarnings } from '../../scripts/export/fit-warnings.ts'
import { handoutPoints, handoutSections, renderHandoutHtml } from '../../scripts/export/handout-html.ts'
import { cssString, escapeHtml, formatClock, titleInSection } from '../../scripts/export/html.ts'
import { exportFileNames } from '../../scripts/export/options.ts'
import { addOutline, deckOutline, documentDate, fontBaseName, printProblems } from '../../scripts/export/pdf-document.ts'
import { slidePageRange } from '../../scripts/export/print-slides.ts'
import { createProgress } from '../../scripts/export/progress.ts'
import { renderScriptHtml } from '../../scripts/export/script-html.ts'
import { slideAltText } from '../../scripts/export/slide-figure.ts'
import { staleExports } from '../../scripts/export/stale-exports.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'

let deck: DeckModel

beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
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
  it('load the deck\'s own font files, each from the project\'s node_modules', () => {
    const deckFonts = [...readFileSync(join(PROJECT_ROOT, 'styles', 'index.ts'), 'utf8').matchAll(/^import '@fontsource\/(.+)\.css'$/gm)].map(match => match[1])
    expect(deckFonts.length).toBeGreaterThan(0)
    const html = renderScriptHtml(deck, 'a4')
    const printed = [...html.matchAll(/<link rel="stylesheet" href="\/__export\/fonts\/(.+?)\.css">/g)].map(match => match[1])
    expect(printed).toEqual(deckFonts)
    for (const font of printed)
      expect(fontFile(`/__export/fonts/${font}.css`), font).toBe(join(PROJECT_ROOT, 'node_modules', '@fontsource', `${font}.css`))
  })

  it('shows the timed talk but its title card and the episodes\' openers, each slide beside the detail it leaves out, then every source once', () => {
    const html = renderHandoutHtml(deck, { paper: 'letter', perPage: 3, lines: false })
    expect(html).toContain('size: letter')
    const blocks = [
      ...html.matchAll(/<article class="slide" data-slide="(\d+)">([\s\S]*?)<\/article>/g),
    ]
    const shown = blocks.map(match => Number(match[1]))
    expect(shown).toEqual(deck.slides.filter(slide => !slide.backup && slide.view.kind !== 'title' && !slide.id.endsWith('/opener')).map(slide => slide.number))
    for (const [, number, block] of blocks) {
      const slide = deck.slides[Number(number) - 1]!
      expect(handoutPoints(slide).items.length, `slide ${number} has detail beside it`).toBeGreaterThan(0)
      for (const text of handoutPoints(slide).items)
        expect(block).toContain(`<li>${escapeHtml(text)}</li>`)
    }
    for (const source of deck.sources)
      expect(html.split(escapeHtml(source.text)).length - 1, source.label).toBe(1)
  })

  it('marks the timeline\'s numbered episodes once: an ordered list of the points without their own "1.", not bullets and numbers', () => {
    const timeline = deck.slides.find(slide => slide.id === 'opening/timeline')!
    expect(timeline.handout.points[0]).toMatch(/^1\. /)
    expect(handoutPoints(timeline)).toEqual({ ordered: true, items: timeline.handout.points.map(point => point.replace(/^\d+\. /, '')) })
    const html = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })
    const block = html.split(`<article class="slide" data-slide="${timeline.number}">`)[1]!.split('</article>')[0]!
    expect(block).toContain(`<ol class="points"><li>${escapeHtml(handoutPoints(timeline).items[0]!)}</li>`)
    expect(block).not.toContain('<ul class="points">')
    expect(block).not.toMatch(/<li>\d+\. /)
    const bullets = deck.slides.find(slide => slide.view.kind === 'thesis')!
    expect(handoutPoints(bullets)).toEqual({ ordered: false, items: bullets.handout.points })
  })

  it('drops a diagram\'s last point where it repeats the answer that heads the slide, and keeps one that differs', () => {
    const decisions = deck.slides.filter(slide => slide.view.kind === 'decision')
    expect(decisions.length).toBeGreaterThan(0)
    for (const slide of decisions) {
      const { answer } = slide.view as Extract<typeof slide.view, { kind: 'decision' }>
      expect(slide.handout.points.at(-1)).toBe(answer)
      expect(handoutPoints(slide).items).toEqual(slide.handout.points.slice(0, -1))
      const block = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false }).split(`<article class="slide" data-slide="${slide.number}">`)[1]!.split('</article>')[0]!
      expect(block).not.toContain(`<li>${escapeHtml(answer)}</li>`)
      // Compared as text: case and punctuation aside.
      const restated = { ...slide, handout: { ...slide.handout, points: [...slide.handout.points.slice(0, -1), `${answer.toUpperCase()}.`] } }
      expect(handoutPoints(restated).items).toEqual(slide.handout.points.slice(0, -1))
      const differs = { ...slide, handout: { ...slide.handout, points: [...slide.handout.points.slice(0, -1), `${answer}, in the end`] } }
      expect(handoutPoints(differs).items.at(-1)).toBe(`${answer}, in the end`)
    }
  })

  it('capitalises a point\'s first letter where it is lowercase (a dated turn: "after 1956: …"), and nothing else', () => {
    const slide = deck.slides.find(slide => slide.view.kind === 'thesis')!
    const points = ['after 1956: Moscow tolerates Kim', 'late 1950: Kim resists', '1961: a treaty', '“quoted” words', 'Éclat', 'évidence: ok']
    expect(handoutPoints({ ...slide, handout: { ...slide.handout, points } }).items)
      .toEqual(['After 1956: Moscow tolerates Kim', 'Late 1950: Kim resists', '1961: a treaty', '“quoted” words', 'Éclat', 'Évidence: ok'])
    const html = renderHandoutHtml({ ...deck, slides: deck.slides.map(other => other === slide ? { ...slide, handout: { ...slide.handout, points } } : other) }, { paper: 'a4', perPage: 3, lines: false })
    expect(html).toContain('<li>After 1956: Moscow tolerates Kim</li>')
    expect(html).not.toContain('<li>after 1956')
  })

  it('numbers the apparatus\'s slides once: "Slide 7 · The first request — Who could say yes?", not "Slide 7. 1. The first request: …"', () => {
    const html = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })
    const apparatus = html.split('<section class="apparatus">')[1]!
    const noted = handoutSections(deck).flatMap(section => section.slides.filter(slide => slide.handout.footnotes.length > 0).map(slide => ({ slide, section })))
    expect(noted.some(({ section }) => /^\d+\. /.test(section.title))).toBe(true)
    for (const { slide, section } of noted) {
      const title = titleInSection(slide.title, section.title)
      const place = title === slide.title ? title : `${section.title.replace(/^\d+\. /, '')} — ${title}`
      expect(apparatus).toContain(`<li><span class="label">Slide ${slide.number}</span> · ${escapeHtml(place)}<ol class="footnotes">`)
    }
    expect(apparatus).not.toMatch(/Slide \d+\.<\/span>/)
    expect(apparatus).not.toMatch(/<\/span> · \d+\. /)
  })

  it('gathers the apparatus in one place after the sources, none of it under a slide', () => {
    const html = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })
    const [slides, end] = html.split('<section class="sources">')
    const footnotes = deck.slides.flatMap(slide => slide.handout.footnotes)
    expect(footnotes.length).toBeGreaterThan(0)
    // An event's lead-in is set apart (`<span class="lead-in">asks again:</span> The essay…`): the words compared without the tags.
    const marked = end!.split('<section class="apparatus">')[1]!
    expect(marked).toContain('<li><span class="lead-in">')
    const apparatus = marked.replaceAll(/<span class="lead-in">([^<]*)<\/span>/g, '$1')
    for (const note of footnotes) {
      expect(slides, note).not.toContain(escapeHtml(note))
      expect(apparatus, note).toContain(escapeHtml(note))
    }
    expect(html).not.toMatch(/Slide \d+ · [^<]*n\. \d+, n\. /)
  })

  it('keeps each section\'s heading on the page of its first slide', () => {
    const html = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })
    const starts = [...html.matchAll(/<div class="section-start">(?:<h2>([^<]*)<\/h2>)?(?:<p class="question">[^<]*<\/p>)?\s*<article class="slide" data-slide="\d+">/g)]
    expect(starts.map(match => match[1])).toEqual(handoutSections(deck).map(section => section.title === deck.talk.title ? undefined : escapeHtml(section.title)))
    expect(html).toMatch(/\.section-start \{ break-inside: avoid; \}/)
  })

  it('heads no section with the talk\'s title, which the cover just above prints (the opening is named after the talk)', () => {
    expect(deck.sections[0]!.title).toBe(deck.talk.title)
    const html = renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false })
    expect(html.split(`<h1>${escapeHtml(deck.talk.title)}</h1>`).length - 1).toBe(1)
    expect(html).not.toContain(`<h2>${escapeHtml(deck.talk.title)}</h2>`)
    expect(html).toContain(`<h2>${escapeHtml(deck.sections[1]!.title)}</h2>`)
  })

  it('puts each slide\'s heading before its picture in the handout and the script, the order a screen reader and the PDF\'s tags follow', () => {
    for (const html of [renderHandoutHtml(deck, { paper: 'a4', perPage: 3, lines: false }), renderScriptHtml(deck, 'a4')]) {
      const slides = html.split('<article class="slide"').slice(1)
      expect(slides.length).toBeGreaterThan(0)
      expect(slides.filter(slide => !(slide.indexOf('<h3') < slide.indexOf('class="slide-picture"'))).length).toBe(0)
    }
  })

  it('gives the script every slide, its notes and click steps, and each section\'s budget and start', () => {
    const html = renderScriptHtml(deck, 'a4')
    for (const slide of deck.slides) {
      expect(html).toContain(`alt="${escapeHtml(slideAltText(slide))}"`)
      for (const text of [slide.notes.lead, ...slide.notes.steps])
        expect(html).toContain(escapeHtml(text))
    }
    for (const section of deck.sections)
      expect(html).toContain(`Budget ${section.minutes} min</b> · starts at <b>${formatClock(section.startMinute)}</b>`)
  })

  it('prints each slide\'s planned start from the talk plan, and a rehearsal beside it', () => {
    const html = renderScriptHtml(deck, 'a4', {
      label: 'r.json',
      slides: new Map([
        [2, 75],
      ]),
      sections: new Map([
        ['opening', 75],
      ]),
      unmatched: [],
    })
    for (const slide of deck.plan.slides) {
      expect(html).toContain(deck.slides[slide.slide - 1]!.backup
        ? `Slide ${slide.slide} · backup: not timed`
        : `Slide ${slide.slide} · plan ${formatSeconds(slide.start)} · `)
    }
    expect(html).toContain(', 1:15 rehearsed')
    expect(html).toContain('<th class="num">Rehearsed</th>')
    expect(renderScriptHtml(deck, 'a4')).not.toContain('Rehearsed')
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

describe('room-rule warnings of a print', () => {
  const overlap = (x: number, y: number) => ({ first: 'li.timeline-mark "Division, trusteeship"', second: 'li.timeline-mark "War"', x, y })

  it('warns once a slide, of running off the canvas and of overlapping texts, naming the check to run', () => {
    expect(fitWarnings([
      { number: 3, overflowPx: 0, overlaps: [overlap(1, 30)] },
      { number: 28, overflowPx: 62.6, overlaps: [] },
      { number: 4, overflowPx: 0, overlaps: [overlap(3, 23), overlap(3, 18)] },
      { number: 9, overflowPx: 5, overlaps: [overlap(8, 8)] },
    ], 'data')).toEqual([
      'slide 28 runs 63 px off the canvas; npm run check -- --slides 28 says why',
      'slide 4 sets texts on each other (li.timeline-mark "Division, trusteeship" and li.timeline-mark "War", and 1 more); npm run check -- --slides 4 says why',
      'slide 9 runs 5 px off the canvas and sets texts on each other (li.timeline-mark "Division, trusteeship" and li.timeline-mark "War"); npm run check -- --slides 9 says why',
    ])
    expect(fitWarnings([{ number: 2, overflowPx: 10, overlaps: [] }], '../other-talk')).toEqual([
      'slide 2 runs 10 px off the canvas; npm run check -- --data ../other-talk --slides 2 says why',
    ])
    // A command to paste: a folder with a space or a quote in its name is quoted as a shell reads it.
    expect(fitWarnings([{ number: 2, overflowPx: 10, overlaps: [] }], '/tmp/Kim\'s talk')).toEqual([
      'slide 2 runs 10 px off the canvas; npm run check -- --data \'/tmp/Kim\'\\\'\'s talk\' --slides 2 says why',
    ])
  })
})

describe('stale exports', () => {
  /** A folder with the talk's slide PNGs from an export of `made`, another talk's PNG, and the record that export wrote. */
  function folderWithPngs(made: DeckModel) {
    const names = exportFileNames(temporaryDir('stale-'), made.talk)
    const pngs = made.slides.map(slide => names.png(slide.number, made.slides.length))
    const otherTalk = names.png(1, 1).replace(/-slide-1\.png$/, '-slide-notes-slide-1.png')
    mkdirSync(join(names.png(1, 1), '..'), { recursive: true })
    for (const file of [...pngs, otherTalk])
      writeFileSync(file, 'png')
    writeFileSync(names.record, staleExports(names, pngs, made).record)
    return { names, pngs }
  }

  it('keeps the PNGs of the same version of the talk when an export writes none, and removes those of another version', () => {
    const { names, pngs } = folderWithPngs(deck)
    expect(staleExports(names, [names.handout], deck).stalePngs).toEqual([])
    expect(Object.keys(JSON.parse(staleExports(names, [names.handout], deck).record)[deck.talk.id])).toEqual(expect.arrayContaining([join('png', basename(pngs[0]!))]))
    const edited = { ...deck, talk: { ...deck.talk, thesis: `${deck.talk.thesis} Edited.` } }
    expect(staleExports(names, [names.handout], edited).stalePngs.toSorted()).toEqual(pngs.toSorted())
  })

  it('never names a folder that bears an export\'s name as a stale export: removing it failed after the new files were written', () => {
    const names = exportFileNames(temporaryDir('stale-folder-'), deck.talk)
    mkdirSync(names.handout)
    writeFileSync(names.slides, 'an earlier export')
    expect(staleExports(names, [names.notes], deck).stale).toEqual([names.slides])
  })

  it('after a retitling, removes the talk\'s files made under its earlier title, never another talk\'s nor the user\'s', () => {
    const dir = temporaryDir('stale-retitled-')
    /** An export of `made` into the folder, as exportDeck makes one: the files it names stale, then its files and its record written. */
    function exportOf(made: DeckModel, files: (names: ExportFileNames) => string[]) {
      const names = exportFileNames(dir, made.talk)
      const { stale, stalePngs, record } = staleExports(names, files(names), made)
      mkdirSync(join(dir, 'png'), { recursive: true })
      for (const file of files(names))
        writeFileSync(file, made.talk.title)
      writeFileSync(names.record, record)
      return { stale, stalePngs, names }
    }
    const before = exportOf(deck, names => [names.slides, names.pptx, names.png(1, 2), names.png(2, 2)]).names
    const other = exportOf({ ...deck, talk: { ...deck.talk, id: 'another-talk', title: 'Another talk' } }, names => [names.slides]).names
    writeFileSync(join(dir, 'my-notes.pdf'), 'the user\'s')
    const retitled = exportOf({ ...deck, talk: { ...deck.talk, title: 'A new title' } }, names => [names.handout])
    expect(retitled.stale).toEqual([before.slides, before.pptx])
    expect(retitled.stalePngs).toEqual([before.png(1, 2), before.png(2, 2)])
    expect(readFileSync(other.slides, 'utf8')).toBe('Another talk')
    // The other talk's files stay in the record: its next export keeps them.
    expect(Object.keys(JSON.parse(readFileSync(before.record, 'utf8')))).toEqual(['another-talk', deck.talk.id])
    expect(exportOf({ ...deck, talk: { ...deck.talk, id: 'another-talk', title: 'Another talk' } }, names => [names.handout]).stale).toEqual([])
  })

  it('with new PNGs, removes only the talk\'s PNGs it does not write, never another talk\'s whose name starts alike', () => {
    const { names, pngs } = folderWithPngs(deck)
    const fewer = pngs.slice(0, -2)
    expect(staleExports(names, fewer, deck).stalePngs.toSorted()).toEqual(pngs.slice(-2).toSorted())
  })
})

describe('an export that fails as it writes its files', () => {
  it('names none of them as written; one that succeeds names each, as before', async () => {
    // The build, Chromium and the printing stood in for: the slides' pages, blank.
    const blank = await PDFDocument.create()
    deck.slides.forEach(() => blank.addPage())
    const pdf = await blank.save()
    const dist = temporaryDir('export-commit-dist-')
    writeFileSync(join(dist, 'index.html'), '')
    const browser = { newContext: async () => ({ route: async () => undefined, newPage: async () => ({}) }), close: async () => undefined }
    const standIns: Record<string, object> = {
      '../../scripts/browser/launch-browser.ts': { launchChromium: async () => browser },
      '../../scripts/build/build-deck.ts': { buildEntry: async (entry: unknown) => ({ dist, entry, built: false }) },
      '../../scripts/export/print-slides.ts': { printSlides: async () => ({ pdf, pngs: [], fits: [] }) },
    }
    vi.resetModules()
    for (const [module, replaced] of Object.entries(standIns))
      vi.doMock(module, async (original: () => Promise<object>) => ({ ...await original(), ...replaced }))
    try {
      const { exportDeck } = await import('../../scripts/export/export-deck.ts')
      const out = temporaryDir('export-commit-')
      const names = exportFileNames(out, deck.talk)
      mkdirSync(names.slides)
      const lines: string[] = []
      const exporting = () => exportDeck({ dataDir: SECOND_TALK, outDir: out, only: ['slides'] }, createProgress(line => lines.push(line)))
      await expect(exporting()).rejects.toThrow(`cannot replace ${names.slides}: it is a folder`)
      expect(lines.filter(line => line.includes(names.slides))).toEqual([])
      rmdirSync(names.slides)
      await exporting()
      expect(lines.filter(line => line.includes(names.slides))).toEqual([expect.stringMatching(new RegExp(`^export: ${names.slides} \\(${deck.slides.length} pages, \\d+ KB\\)$`))])
    }
    finally {
      Object.keys(standIns).forEach(module => vi.doUnmock(module))
      vi.resetModules()
    }
  })
})

describe('printProblems', () => {
  it('names a page once where two subsets of one font are not embedded on it', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage()
    const fonts = [await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.Helvetica)]
    fonts.forEach((font, index) => page.drawText('x', { font, y: 100 + index * 20 }))
    await doc.flush()
    fonts.forEach((font, index) => doc.context.lookup(font.ref, PDFDict).set(PDFName.of('BaseFont'), PDFName.of(`${'AB'[index]!.repeat(6)}+Helvetica`)))
    expect(printProblems(doc)).toEqual(['font Helvetica is not embedded on page 1'])
  })
})
