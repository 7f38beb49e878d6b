import type { TalkInput } from './schema'

export default {
  id: 'nk-foreign-relations',
  title: 'North Korean Foreign Relations',
  subtitle: 'Historical Roots of Present Patterns',
  speaker: 'Kathryn Weathersby',
  affiliation: 'Visiting Scholar, US-Korea Institute, School of Advanced International Studies, Johns Hopkins University',
  venue: {
    event: 'ICAS Winter Symposium',
    theme: 'Humanity, Peace and Security',
    place: 'Dirksen Senate Office Building, Room SD 226, Capitol Hill, Washington, DC',
    date: '2006-02-22',
  },
  // The essay does not say how long the lecture slot was; 25 minutes is this deck's own choice.
  slotMinutes: 25,
  wordsPerMinute: 130,
  thesis: 'Pyongyang learned its mistrust and isolation less from its enemies than from depending on, and being overruled by, Moscow and Beijing in its first decade.',
  puzzle: [
    'Former allies of the DPRK have built wide ties with Seoul since the Cold War ended; Pyongyang has been reluctant to change.',
    'Neighbours planning a peace mechanism for Northeast Asia doubt that, once engaged, the North will keep to shared rules.',
    'Why do Cold War habits of isolation and mistrust still block a permanent peace regime on the peninsula?',
  ],
} satisfies TalkInput
