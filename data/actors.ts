import type { ActorInput } from './schema'

/**
 * Colours chosen to stay apart for viewers with colour-vision deficiency (Okabe-Ito hues for the allies,
 * greys for the adversaries, so colour answers "which ally acted"); shapes repeat the distinction.
 */
export default [
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    label: 'DPRK',
    color: '#0072B2',
    shape: 'circle',
    column: 2,
  },
  {
    id: 'moscow',
    name: 'Moscow',
    label: 'USSR',
    color: '#D55E00',
    shape: 'rect',
    column: 0,
  },
  {
    id: 'beijing',
    name: 'Beijing',
    label: 'PRC',
    color: '#E3B505',
    shape: 'hexagon',
    column: 1,
  },
  {
    id: 'washington',
    name: 'Washington',
    label: 'US / UN',
    color: '#5E636B',
    shape: 'subroutine',
    column: 3,
  },
  {
    id: 'seoul',
    name: 'Seoul',
    label: 'ROK',
    color: '#D2D5DA',
    shape: 'round',
    column: 3,
  },
  {
    id: 'eastern-bloc',
    name: 'Eastern Europe',
    label: 'allies',
    color: '#CC79A7',
    shape: 'trapezoid',
    column: 1,
  },
  {
    id: 'soviet-embassy',
    name: 'Soviet embassy',
    label: 'embassy',
    // A dark shade of Moscow's vermilion: related to it, yet at least 30 apart from every other colour under each simulated vision.
    color: '#7A2E00',
    shape: 'cylinder',
    // Drawn on Moscow's side of the map: Soviet, though it sat in Pyongyang.
    column: 0,
  },
] satisfies ActorInput[]
