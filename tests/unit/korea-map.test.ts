import { describe, expect, it } from 'vitest'
import { nameRaised } from '../../contract/slide-views.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { mapSvg } from '../../scripts/export/sheet-figures.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { koreaMap } from '../../scripts/generate/korea-map.ts'
import { MAIN_DATA } from '../support/datasets.ts'

describe('the map of the peninsula', () => {
  const { shape, project } = koreaMap(380, 448)

  it('draws the peninsula, its neighbours, the Chinese border and the 38th parallel as SVG paths', () => {
    expect(shape.peninsula).toMatch(/^M[\d.]+,[\d.]+L/)
    expect(shape.land).toHaveLength(3)
    expect(shape.border).toMatch(/^M/)
    expect(shape.parallel.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)
  })

  it('puts places where they are: Pyongyang north-west of Seoul, Pusan south-east, all inside the map', () => {
    const pyongyang = project(125.75, 39.02)
    const seoul = project(126.98, 37.57)
    const pusan = project(129.04, 35.1)
    expect(pyongyang.x).toBeLessThan(seoul.x)
    expect(pyongyang.y).toBeLessThan(seoul.y)
    expect(seoul.y).toBeLessThan(pusan.y)
    for (const point of [pyongyang, seoul, pusan]) {
      expect(point.x).toBeGreaterThan(0)
      expect(point.x).toBeLessThan(380)
      expect(point.y).toBeLessThan(448)
    }
    // The 38th parallel runs between them.
    expect(shape.parallel.y).toBeGreaterThan(pyongyang.y)
    expect(shape.parallel.y).toBeLessThan(seoul.y)
  })

  it('is the same every time', () => {
    expect(koreaMap(380, 448).shape).toEqual(shape)
  })
})

describe('a place\'s name on the map', () => {
  const inchon = { id: 'inchon', name: 'Inchon', x: 100, y: 200, side: 'left', fromStart: false } as const
  const arrow = (from: { x: number, y: number }, to = { x: 100, y: 200 }) => [{ id: 'e', step: 1, date: '', label: '', names: [], from: { id: 'a', name: 'A', label: 'A', color: '#000', text: '#fff', ink: '#000' }, route: [from, to] }]

  it('goes above its dot where an arrow ends there from below on the name\'s side, whose head it would hide', () => {
    expect(nameRaised(inchon, arrow({ x: 40, y: 230 }))).toBe(true)
  })

  it('stays beside its dot for an arrow from above, from the other side, or ending elsewhere', () => {
    expect(nameRaised(inchon, arrow({ x: 40, y: 170 }))).toBe(false)
    expect(nameRaised(inchon, arrow({ x: 160, y: 230 }))).toBe(false)
    expect(nameRaised(inchon, arrow({ x: 40, y: 230 }, { x: 120, y: 200 }))).toBe(false)
  })
})

describe('a river on the map', () => {
  it('is named along the border from its point, with no dot, where other places keep their dots', async () => {
    const talk = buildDeckModel((await loadDataset(MAIN_DATA)).dataset)
    const map = talk.slides.flatMap(slide => slide.view.kind === 'map' ? [slide.view] : [])[0]!
    const rivers = map.places.filter(place => place.river !== undefined)
    expect(rivers.map(place => place.id)).toEqual(['yalu'])
    // The Yalu runs north-east from its mouth: up and to the right, in the SVG's downward y.
    expect(rivers[0]!.river).toBeGreaterThan(-90)
    expect(rivers[0]!.river).toBeLessThan(0)
    // The handout sheet's map names it the same way, and draws no dot for it.
    const yalu = rivers[0]!
    const sheet = mapSvg(map, 60)
    expect(sheet).toMatch(new RegExp(`<text class="map-name map-river"[^>]* transform="rotate\\(${yalu.river} ${yalu.x} ${yalu.y}\\)">Yalu River<`))
    expect(sheet).not.toContain(`cx="${yalu.x}" cy="${yalu.y}" r="4.5"`)
  })
})
