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
    description: 'The Democratic People\'s Republic of Korea and its leadership',
    color: '#0072B2',
    shape: 'circle',
    column: 2,
  },
  {
    id: 'moscow',
    name: 'Moscow',
    label: 'USSR',
    description: 'The Soviet leadership',
    color: '#D55E00',
    shape: 'rect',
    column: 0,
  },
  {
    id: 'beijing',
    name: 'Beijing',
    label: 'PRC',
    description: 'The leadership of the People\'s Republic of China',
    color: '#E3B505',
    shape: 'hexagon',
    column: 1,
  },
  {
    id: 'washington',
    name: 'Washington',
    label: 'US / UN',
    description: 'The United States and the UN command it led',
    color: '#5E636B',
    shape: 'subroutine',
    column: 3,
  },
  {
    id: 'seoul',
    name: 'Seoul',
    label: 'ROK',
    description: 'The Republic of Korea',
    color: '#D2D5DA',
    shape: 'round',
    column: 3,
  },
  {
    id: 'eastern-bloc',
    name: 'Eastern Europe',
    label: 'allies',
    description: 'The communist states of Eastern Europe (GDR, Hungary, Albania and others)',
    color: '#CC79A7',
    shape: 'trapezoid',
    column: 1,
  },
  {
    id: 'soviet-embassy',
    name: 'Soviet embassy',
    label: 'embassy',
    description: 'The Soviet embassy to the DPRK, which the essay says helped Kim\'s party critics organise in 1956 (as distinct from the leadership in Moscow)',
    // A dark shade of Moscow's vermilion: related to it, yet at least 30 apart from every other colour under each simulated vision.
    color: '#7A2E00',
    shape: 'cylinder',
    // Drawn on Moscow's side of the map: Soviet, though it sat in Pyongyang.
    column: 0,
  },
] satisfies ActorInput[]
