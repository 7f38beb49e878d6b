import type { TalkInput } from './schema'

export default {
  id: 'nk-foreign-relations',
  title: 'North Korean Foreign Relations',
  subtitle: 'Historical Roots of Present Patterns',
  speaker: 'Kathryn Weathersby',
  // The essay prints this affiliation under the date December 2007 (L24-27), after the 22 February 2006 lecture.
  affiliation: 'Visiting Scholar, US-Korea Institute, School of Advanced International Studies, Johns Hopkins University (as printed on the written text of December 2007, after the lecture)',
  venue: {
    event: 'ICAS Winter Symposium',
    theme: 'Humanity, Peace and Security',
    place: 'Dirksen Senate Office Building, Room SD 226, Capitol Hill, Washington, DC',
    date: '2006-02-22',
  },
  // The essay does not say how long the lecture slot was; 25 minutes is this deck's own choice.
  slotMinutes: 25,
  wordsPerMinute: 130,
  thesis: 'In its first decade, depending on and being overruled by Moscow and Beijing shaped Pyongyang\'s sense of threat even more than its enemies did; by the end of the 1950s it had taken up a guarded, isolated stance toward friend and foe.',
  puzzle: [
    'Former allies of the DPRK have built wide ties with Seoul since the Cold War ended; Pyongyang has been reluctant to change.',
    'Neighbours planning a peace mechanism for Northeast Asia doubt that, once engaged, the North will keep to shared rules.',
    'Why do Cold War habits of isolation and mistrust still block a permanent peace regime on the peninsula?',
  ],
} satisfies TalkInput
