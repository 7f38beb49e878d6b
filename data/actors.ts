import type { ActorInput } from './schema'

/** Okabe-Ito colours, chosen to stay apart for viewers with colour-vision deficiency; shapes repeat the distinction. */
export default [
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    label: 'DPRK',
    description: 'The Democratic People\'s Republic of Korea and its leadership',
    color: '#0072B2',
    shape: 'stadium',
  },
  {
    id: 'moscow',
    name: 'Moscow',
    label: 'USSR',
    description: 'The Soviet leadership',
    color: '#D55E00',
    shape: 'rect',
  },
  {
    id: 'beijing',
    name: 'Beijing',
    label: 'PRC',
    description: 'The leadership of the People\'s Republic of China',
    color: '#F0E442',
    shape: 'hexagon',
  },
  {
    id: 'washington',
    name: 'Washington',
    label: 'US / UN',
    description: 'The United States and the UN command it led',
    color: '#56B4E9',
    shape: 'subroutine',
  },
  {
    id: 'seoul',
    name: 'Seoul',
    label: 'ROK',
    description: 'The Republic of Korea',
    color: '#009E73',
    shape: 'round',
  },
  {
    id: 'eastern-bloc',
    name: 'Eastern Europe',
    label: 'allies',
    description: 'The communist states of Eastern Europe (GDR, Hungary, Albania and others)',
    color: '#CC79A7',
    shape: 'trapezoid',
  },
  {
    id: 'soviet-embassy',
    name: 'Soviet embassy',
    label: 'embassy',
    description: 'The Soviet embassy to the DPRK, which the essay says helped Kim\'s party critics organise in 1956 (as distinct from the leadership in Moscow)',
    // A dark shade of Moscow's vermilion: related to it, yet at least 30 apart from every other colour under each simulated vision.
    color: '#7A2E00',
    shape: 'cylinder',
  },
] satisfies ActorInput[]
