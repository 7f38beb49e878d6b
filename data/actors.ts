import type { ActorInput } from './schema'

/**
 * Every diagram places the capitals in this `order`, left to right: Moscow and Beijing west of
 * Pyongyang, its adversaries east. Colours stay apart for viewers with colour-vision deficiency
 * (Okabe-Ito hues for the allies, greys for the adversaries); the diagrams darken them for lines and text.
 */
export default [
  {
    id: 'eastern-bloc',
    name: 'Eastern Europe',
    label: 'allies',
    color: '#CC79A7',
    order: 0,
  },
  {
    id: 'moscow',
    name: 'Moscow',
    label: 'USSR',
    color: '#D55E00',
    order: 1,
  },
  {
    id: 'beijing',
    name: 'Beijing',
    label: 'PRC',
    color: '#E3B505',
    order: 2,
  },
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    label: 'DPRK',
    color: '#0072B2',
    order: 3,
  },
  // Kim's opponents inside the Korean Workers' Party, who organised against him in 1956 (essay L107).
  {
    id: 'kim-critics',
    name: 'Kim’s critics',
    label: 'party opposition',
    color: '#004D40',
    order: 4,
  },
  // Soviet, but in Pyongyang: beside the critics it helped, as distinct from the leadership in Moscow.
  {
    id: 'soviet-embassy',
    name: 'Soviet embassy',
    label: 'in Pyongyang',
    color: '#7A2E00',
    order: 5,
  },
  {
    id: 'seoul',
    name: 'Seoul',
    label: 'ROK',
    color: '#D2D5DA',
    order: 6,
  },
  {
    id: 'washington',
    name: 'Washington',
    label: 'US / UN',
    color: '#5E636B',
    order: 7,
  },
] satisfies ActorInput[]
