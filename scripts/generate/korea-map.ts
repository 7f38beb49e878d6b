import type { Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { MapShape } from '../../contract/slide-views.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoMercator, geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import { MAP_BOUNDS } from '../../contract/slide-views.ts'

/** Natural Earth's countries at 1:50m (world-atlas), by ISO 3166 numeric code. */
const COUNTRY = { northKorea: '408', southKorea: '410', china: '156', japan: '392', russia: '643' } as const
/** The line that divided Korea in 1945, drawn across the whole frame. */
const PARALLEL_LATITUDE = 38
/** The neighbours the map names, at a point inside each. */
const NAMED_COUNTRIES = [{ name: 'CHINA', lon: 123.3, lat: 41.7 }] as const

type Countries = Topology<{ countries: GeometryCollection }>

function drawKoreaMap(width: number, height: number) {
  const data = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as Countries
  const extent: [[number, number], [number, number]] = [[0, 0], [width, height]]
  const { west, east, south, north } = MAP_BOUNDS
  const frame: Polygon = { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] }
  const projection = geoMercator().fitExtent(extent, frame).clipExtent(extent)
  const path = geoPath(projection).digits(1)
  const all = feature(data, data.objects.countries).features
  const draw = (id: string) => path(all.find(country => String(country.id) === id)!) ?? ''
  const border = mesh(data, data.objects.countries, (a, b) =>
    [String(a.id), String(b.id)].sort().join('|') === [COUNTRY.china, COUNTRY.northKorea].sort().join('|'))
  const project = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat])!
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
  }
  // A parallel is a straight line on Mercator; a path would follow the great circle between its ends.
  const parallelY = project(MAP_BOUNDS.west, PARALLEL_LATITUDE).y
  return {
    shape: {
      width,
      height,
      land: [COUNTRY.china, COUNTRY.russia, COUNTRY.japan].map(draw),
      peninsula: `${draw(COUNTRY.northKorea)}${draw(COUNTRY.southKorea)}`,
      border: path(border) ?? '',
      parallel: { path: `M0,${parallelY}L${width},${parallelY}`, x: 0, y: parallelY },
      countries: NAMED_COUNTRIES.map(({ name, lon, lat }) => ({ name, ...project(lon, lat) })),
    } satisfies MapShape,
    project,
  }
}

const drawn = new Map<string, ReturnType<typeof drawKoreaMap>>()
/**
 * The peninsula (Natural Earth, Mercator) filling `width` x `height` px: land as SVG paths, coordinates to one
 * decimal, the same every time. Drawn once per size: the projection is a quarter of a deck model's build.
 */
export function koreaMap(width: number, height: number): ReturnType<typeof drawKoreaMap> {
  const key = `${width}x${height}`
  if (!drawn.has(key))
    drawn.set(key, drawKoreaMap(width, height))
  return drawn.get(key)!
}
