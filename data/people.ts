import type { PersonInput } from './schema'

export default [
  { id: 'kim-il-sung', name: 'Kim Il Sung', actor: 'pyongyang' },
  { id: 'stalin', name: 'Joseph Stalin', actor: 'moscow' },
  { id: 'shtykov', name: 'Terentii F. Shtykov', actor: 'moscow' },
  { id: 'zhou-enlai', name: 'Zhou Enlai', actor: 'beijing' },
  { id: 'albanian-leadership', name: 'the Albanian leadership', actor: 'eastern-bloc' },
] satisfies PersonInput[]
