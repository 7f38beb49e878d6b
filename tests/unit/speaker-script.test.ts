import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SlideView } from '../../contract/slide-views.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatSeconds } from '../../contract/deck-model.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { clickCues, cueText } from '../../scripts/export/click-cues.ts'
import { APPARATUS_HEADING, escapeHtml } from '../../scripts/export/html.ts'
import { notesAt, scriptNotes } from '../../scripts/export/script-apparatus.ts'
import { renderScriptHtml } from '../../scripts/export/script-html.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK } from '../support/datasets.ts'

let deck: DeckModel

beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

function slideOf<K extends SlideView['kind']>(kind: K, index = 0): SlideModel & { view: Extract<SlideView, { kind: K }> } {
  return deck.slides.filter(slide => slide.view.kind === kind)[index] as SlideModel & { view: Extract<SlideView, { kind: K }> }
}

/** The deck with one slide changed. */
function withSlide(number: number, change: (slide: SlideModel) => SlideModel): DeckModel {
  return { ...deck, slides: deck.slides.map(slide => slide.number === number ? change(slide) : slide) }
}

describe('what each click brings on screen', () => {
  it('is an event a click on a diagram, the sender and the arrow\'s label, and the answer at the click after the last event', () => {
    const diagram = slideOf('decision')
    const cues = clickCues(diagram.view, diagram.notes.steps.length).map(shown => shown.map(cueText))
    expect(cues).toEqual([
      ['Pyongyang to Moscow: asks to attack the South'],
      ['Moscow to Pyongyang: refuses'],
      ['Washington: withdraws its troops'],
      ['Moscow to Pyongyang: still not favourable'],
      ['the answer: Only Moscow could say yes'],
    ])
  })

  it('is the place and the event a click on a map', () => {
    const map = slideOf('map')
    expect(clickCues(map.view, map.notes.steps.length).map(shown => shown.map(cueText))).toEqual([
      ['Seoul: Pyongyang invades the South'],
    ])
  })

  it('puts no place before a map event whose places the map does not name, in the cue and in the script', () => {
    const map = slideOf('map')
    const step = { ...map.view.steps[0]!, names: [] }
    const unnamed = withSlide(map.number, slide => ({ ...slide, view: { ...map.view, steps: [step] } }))
    expect(clickCues(unnamed.slides[map.number - 1]!.view, 1).map(shown => shown.map(cueText))).toEqual([[`${step.from.name} ${step.label}`]])
    const cue = new RegExp(`<li class="spoken" id="slide-${map.number}-click-1">.*?<p class="cue">(.*?)</p>`).exec(renderScriptHtml(unnamed, 'a4'))
    expect(cue?.[1]).toMatch(new RegExp(`^<span style="color:[^"]+">${escapeHtml(step.from.name)}</span> ${escapeHtml(step.label)}`))
  })

  it('is nothing on a slide whose view does not change with a click', () => {
    expect(clickCues(slideOf('points').view, 2)).toEqual([[], []])
  })
})

describe('the script\'s apparatus', () => {
  it('ties an event\'s note to the click that brings the event, and a note on the slide to the slide', () => {
    const diagram = slideOf('decision', 1)
    const notes = scriptNotes(deck).get(diagram.section)!
    expect(notes.map(({ slide, clicks, about, text, editors }) => ({ slide, clicks, about, text, editors }))).toEqual([
      { slide: diagram.number, clicks: [2], about: 'approves', text: 'undated in the source', editors: false },
      { slide: diagram.number, clicks: [], text: 'Note 7 is cited in the essay but missing from its list of notes.', editors: true },
    ])
    expect(notesAt(notes, diagram.number, 2)).toEqual([notes[0]!.number])
    expect(notesAt(notes, diagram.number, 0)).toEqual([notes[1]!.number])
    expect(notesAt(notes, diagram.number, 1)).toEqual([])
  })

  it('marks a note where its click brings the event, linked to the note, and links the note back to its click', () => {
    const diagram = slideOf('decision', 1)
    const [onEvent, onSlide] = scriptNotes(deck).get(diagram.section)!
    const html = renderScriptHtml(deck, 'a4')
    const click = html.slice(html.indexOf(`<li class="spoken" id="slide-${diagram.number}-click-2">`), html.indexOf(`id="slide-${diagram.number}-click-3"`))
    expect(click).toContain(`approves&#8288;<span class="note-mark"><a href="#note-${onEvent!.number}">${onEvent!.number}</a></span>`)
    expect(click.indexOf('class="note-mark"')).toBeLessThan(click.indexOf('class="words"'))
    const heading = html.slice(html.indexOf(`id="slide-${diagram.number}"`), html.indexOf('</h3>', html.indexOf(`id="slide-${diagram.number}"`)))
    expect(heading).toContain(`<a href="#note-${onSlide!.number}">`)
    expect(html).toContain(`<li id="note-${onEvent!.number}"><span class="note-number">${onEvent!.number}</span><div><p class="note-place"><a href="#slide-${diagram.number}-click-2">Slide ${diagram.number}, click 2</a> · approves</p>`)
  })

  it('numbers the notes through the script, section after section', () => {
    const numbers = [...scriptNotes(deck).values()].flat().map(note => note.number)
    expect(numbers).toEqual(numbers.map((_, index) => index + 1))
    expect(numbers.length).toBe(new Set(deck.slides.flatMap(slide => slide.handout.footnotes)).size)
  })

  it('gives one note to two events of one label, marked at both clicks, and calls a derived date an editor\'s note', () => {
    const diagram = slideOf('decision')
    const [first, second] = diagram.view.steps
    const edited = withSlide(diagram.number, slide => ({
      ...slide,
      view: { ...diagram.view, steps: [first!, { ...second!, label: first!.label }, ...diagram.view.steps.slice(2)] },
      handout: { ...slide.handout, footnotes: [`${first!.label}: Derived: a week after the talks.`, `${first!.label}: Derived: a week after the talks.`] },
    }))
    expect(scriptNotes(edited).get(diagram.section)!.map(({ clicks, text, editors }) => ({ clicks, text, editors }))).toEqual([
      { clicks: [1, 2], text: 'Derived: a week after the talks.', editors: true },
    ])
  })

  it('gathers a sources slide\'s remarks on the essay\'s notes as editor\'s notes', () => {
    const sources = slideOf('sources')
    const entry = sources.view.entries.at(-1)!
    const edited = withSlide(sources.number, slide => ({
      ...slide,
      view: { ...sources.view, entries: [...sources.view.entries.slice(0, -1), { ...entry, remark: 'As printed, the page range repeats note 8\'s.' }] },
    }))
    expect(scriptNotes(edited).get(sources.section)!.map(({ slide, about, text, editors }) => ({ slide, about, text, editors }))).toEqual([
      { slide: sources.number, about: entry.label, text: 'As printed, the page range repeats note 8\'s.', editors: true },
    ])
  })

  it('prints each section\'s notes after its last slide, under their heading, never among the spoken words', () => {
    const html = renderScriptHtml(deck, 'a4')
    for (const section of deck.sections) {
      const start = html.indexOf(`<h2>${escapeHtml(section.title)}</h2>`)
      const end = html.indexOf('</section>', start)
      const part = html.slice(start, end)
      const notes = scriptNotes(deck).get(section.id)!
      if (notes.length === 0) {
        expect(part).not.toContain(APPARATUS_HEADING)
        continue
      }
      const heading = part.indexOf(`<h3>${APPARATUS_HEADING}</h3>`)
      const spoken = section.slides.flatMap(number => [deck.slides[number - 1]!.notes.lead, ...deck.slides[number - 1]!.notes.steps]).map(words => part.indexOf(escapeHtml(words)))
      expect(spoken).not.toContain(-1)
      const lastWords = Math.max(...spoken)
      expect(heading).toBeGreaterThan(lastWords)
      for (const note of notes)
        expect(part.indexOf(`<li id="note-${note.number}">`)).toBeGreaterThan(heading)
    }
  })
})

describe('the script\'s cover', () => {
  it('gives the time of the timed notes, the backup slides\' left out', () => {
    const timed = deck.plan.sections.filter((_, index) => deck.sections[index]!.kind !== 'backup').reduce((sum, section) => sum + section.notesSeconds, 0)
    const backup = deck.plan.sections.find((_, index) => deck.sections[index]!.kind === 'backup')!
    expect(backup.notesSeconds).toBeGreaterThan(0)
    expect(renderScriptHtml(deck, 'a4')).toContain(`words a minute: ${formatSeconds(timed)}, backup slides aside</p>`)
  })
})

describe('the script\'s margin', () => {
  it('names each click\'s slide and its count, so a page that opens mid-slide says where it is, and keeps a slide\'s last click with the one before', () => {
    const html = renderScriptHtml(deck, 'a4')
    const slide = slideOf('decision')
    const clicks = slide.notes.steps.length
    for (let click = 1; click <= clicks; click++)
      expect(html).toContain(`<li class="spoken" id="slide-${slide.number}-click-${click}"><span class="click-number"><span class="click-slide">slide ${slide.number} ·</span> click ${click}/${clicks}</span>`)
    expect(html).toContain('.clicks > li:last-child:not(:first-child) { break-before: avoid; }')
  })
})

describe('the script\'s thumbnails', () => {
  it('draws each slide about 2.5 in wide (61–66 mm), wide enough to tell one diagram from another, and the column beside it as wide', () => {
    const html = renderScriptHtml(deck, 'a4')
    const widths = [...html.matchAll(/<div class="thumb"><div class="slide-frame" style="width:([\d.]+)mm">/g)].map(match => Number(match[1]))
    expect(widths).toHaveLength(deck.slides.length)
    for (const width of widths) {
      expect(width).toBeGreaterThanOrEqual(61)
      expect(width).toBeLessThanOrEqual(66)
    }
    expect(html).toContain(`.thumb { flex: none; width: ${widths[0]}mm;`)
  })
})
