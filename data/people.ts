import type { PersonInput } from './schema'

export default [
  {
    id: 'kim-il-sung',
    name: 'Kim Il Sung',
    actor: 'pyongyang',
  },
  {
    id: 'pak-hon-yong',
    name: 'Pak Hon-yong',
    actor: 'pyongyang',
  },
  {
    id: 'pak-il-yu',
    name: 'Pak Il-yu',
    actor: 'pyongyang',
  },
  {
    id: 'stalin',
    name: 'Joseph Stalin',
    actor: 'moscow',
  },
  {
    id: 'shtykov',
    name: 'Terentii F. Shtykov',
    actor: 'moscow',
  },
  {
    id: 'khrushchev',
    name: 'Nikita Khrushchev',
    actor: 'moscow',
  },
  {
    id: 'mikoyan',
    name: 'Anastas Mikoyan',
    actor: 'moscow',
  },
  {
    id: 'ponomarev',
    name: 'Boris Ponomarev',
    actor: 'moscow',
  },
  {
    id: 'mao-zedong',
    name: 'Mao Zedong',
    actor: 'beijing',
  },
  {
    id: 'zhou-enlai',
    name: 'Zhou Enlai',
    actor: 'beijing',
  },
  {
    id: 'peng-dehuai',
    name: 'Peng Dehuai',
    actor: 'beijing',
  },
  {
    id: 'albanian-leadership',
    name: 'the Albanian leadership',
    actor: 'eastern-bloc',
  },
] satisfies PersonInput[]
