import type { MapPlace, MapStep, MapView } from '../../contract/slide-views.ts'
import type { StoryItem } from '../../data/schema.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { eventsHandout, eventSteps } from './deck-context.ts'
import { koreaMap } from './korea-map.ts'

/** The map's size on the slide, in canvas px: SVG units are canvas px, so its type keeps the room's sizes. */
export const MAP_SIZE = { width: 400, height: 448 } as const

/**
 * The direction (degrees) a river's name runs from its point: along the border, over its next `span` px, where the
 * point lies on it (the Yalu from its mouth); level where it does not.
 */
function courseAngle(border: string, at: { x: number, y: number }, span = 80): number {
  const points = [...border.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }))
  const distance = (a: { x: number, y: number }, b: { x: number, y: number }) => Math.hypot(a.x - b.x, a.y - b.y)
  const nearest = points.reduce((best, point, index) => distance(point, at) < distance(points[best]!, at) ? index : best, 0)
  const end = points.slice(nearest).find(point => distance(point, points[nearest]!) >= span)
  if (!end || distance(points[nearest]!, at) > 12)
    return 0
  return Math.round(Math.atan2(end.y - points[nearest]!.y, end.x - points[nearest]!.x) * 180 / Math.PI)
}

/** A map item's map: its places named from the start, then a click per event, an arrow along its route or its place ringed. */
export function mapView(ctx: DeckContext, item: Extract<StoryItem, { kind: 'map' }>): MapView {
  const { shape, project } = koreaMap(MAP_SIZE.width, MAP_SIZE.height)
  const events = item.events.map(ctx.eventOf)
  const placeOf = (id: string) => ctx.dataset.places.find(candidate => candidate.id === id)!
  const at = (id: string) => project(placeOf(id).lon, placeOf(id).lat)
  const placeIds = [...new Set([...item.places, ...events.flatMap(event => event.place ?? event.route ?? [])])]
  const places: MapPlace[] = placeIds.map(placeOf).filter(place => place.named).map(({ id, name, lon, lat, side, actor, river }) => ({
    id,
    name,
    ...project(lon, lat),
    side,
    fromStart: item.places.includes(id),
    ...(actor === undefined ? {} : { color: ctx.actorOf(actor).color }),
    ...(river ? { river: courseAngle(shape.border, project(lon, lat)) } : {}),
  }))
  const steps: MapStep[] = eventSteps(ctx, events, item.heading, false).map((step, index) => {
    const { place, route } = events[index]!
    const names = [place, ...route ?? []].filter((id): id is string => id !== undefined && placeOf(id).named)
    return { ...step, ...(place ? { place } : {}), ...(route ? { route: route.map(at) } : {}), names }
  })
  return { heading: item.heading, map: shape, places, steps }
}

export function mapSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'map' }>, prefix: string): SlideDraft {
  const events = item.events.map(ctx.eventOf)
  return {
    id: `map:${item.id}`,
    title: `${prefix}: ${item.heading}`,
    view: { kind: 'map', ...mapView(ctx, item) },
    notes: { lead: item.note, steps: events.map(event => event.note) },
    handout: eventsHandout(ctx, events),
  }
}
