import type { PersonInput } from './schema'

export default [
  {
    id: 'kim-il-sung',
    name: 'Kim Il Sung',
    role: 'DPRK leader',
    actor: 'pyongyang',
  },
  {
    id: 'pak-hon-yong',
    name: 'Pak Hon-yong',
    role: 'DPRK Foreign Minister',
    actor: 'pyongyang',
  },
  {
    id: 'pak-il-yu',
    name: 'Pak Il-yu',
    role: 'Korean figure openly favoured by Peng Dehuai for the leadership',
    actor: 'pyongyang',
  },
  {
    id: 'stalin',
    name: 'Joseph Stalin',
    role: 'Soviet leader (died 5 March 1953)',
    actor: 'moscow',
  },
  {
    id: 'shtykov',
    name: 'Terentii F. Shtykov',
    role: 'Soviet Ambassador in Pyongyang',
    actor: 'moscow',
  },
  {
    id: 'khrushchev',
    name: 'Nikita Khrushchev',
    role: 'Stalin\'s successor; launched de-Stalinization in February 1956',
    actor: 'moscow',
  },
  {
    id: 'mikoyan',
    name: 'Anastas Mikoyan',
    role: 'Senior Soviet leader sent to Beijing and Pyongyang in 1956',
    actor: 'moscow',
  },
  {
    id: 'ponomarev',
    name: 'Boris Ponomarev',
    role: 'Head of the CPSU Central Committee Department of Liaison with Foreign Communist Parties',
    actor: 'moscow',
  },
  {
    id: 'mao-zedong',
    name: 'Mao Zedong',
    role: 'Leader of the People\'s Republic of China',
    actor: 'beijing',
  },
  {
    id: 'zhou-enlai',
    name: 'Zhou Enlai',
    role: 'PRC Foreign Minister',
    actor: 'beijing',
  },
  {
    id: 'peng-dehuai',
    name: 'Peng Dehuai',
    role: 'Commander of the Chinese People\'s Volunteers in the Korean War; Beijing\'s envoy to Pyongyang, with Mikoyan, in 1956',
    actor: 'beijing',
  },
  {
    id: 'albanian-leadership',
    name: 'the Albanian leadership',
    role: 'Like-minded allies with whom Kim discussed 1956 afterwards',
    actor: 'eastern-bloc',
  },
] satisfies PersonInput[]
