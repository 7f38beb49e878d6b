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
    river: true,
  },
  // Points the war's movements pass through, drawn without a name: where the arrows of the map start and
  // end, as far as the essay places them (the push south from the parallel to the perimeter around Pusan,
  // the landing from the sea, the drive north beyond Pyongyang, the Chinese crossing of the Yalu).
  { id: 'parallel-crossing', name: 'the 38th parallel', lon: 127.0, lat: 38.05, named: false },
  { id: 'pusan-perimeter', name: 'the line around Pusan', lon: 128.35, lat: 35.75, named: false },
  { id: 'yellow-sea', name: 'the Yellow Sea off Inchon', lon: 124.7, lat: 37.0, named: false },
  { id: 'north-of-pyongyang', name: 'north of Pyongyang', lon: 126.25, lat: 39.65, named: false },
  { id: 'china-shore', name: 'the Chinese side of the Yalu', lon: 126.9, lat: 41.75, named: false },
  { id: 'korea-shore', name: 'the Korean side of the Yalu', lon: 127.3, lat: 40.75, named: false },
] satisfies PlaceInput[]
