import type { PlaceInput } from './schema'

/** Places the essay names, as the map of the peninsula marks them (longitude, latitude in degrees). */
export default [
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    lon: 125.75,
    lat: 39.02,
    actor: 'pyongyang',
  },
  {
    id: 'seoul',
    name: 'Seoul',
    lon: 126.98,
    lat: 37.57,
    actor: 'seoul',
  },
  {
    id: 'inchon',
    name: 'Inchon',
    lon: 126.63,
    lat: 37.46,
    side: 'left',
  },
  {
    id: 'pusan',
    name: 'Pusan',
    lon: 129.04,
    lat: 35.1,
    side: 'left',
  },
  // Placed at Sinuiju (geography); the essay names only 'the Yalu River bridges' (L93).
  {
    id: 'yalu',
    name: 'Yalu River',
    lon: 124.4,
    lat: 40.1,
  },
] satisfies PlaceInput[]
