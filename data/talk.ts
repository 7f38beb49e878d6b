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
    place: 'US Senate Dirksen Building, Room SD 226, Capitol Hill, Washington, DC',
    date: '2006-02-22',
  },
  focus: 'pyongyang',
  // The essay does not say how long the lecture slot was; 25 minutes is this deck's own choice.
  slotMinutes: 25,
  wordsPerMinute: 130,
  thesis: 'Its own allies, more than its enemies, taught Pyongyang the mistrust and isolation it still shows.',
  puzzle: [
    'Since the Cold War, its former allies have built wide ties with Seoul',
    'Its neighbours doubt that, once engaged, it would keep to shared rules',
    'Old habits of isolation and mistrust still block a lasting peace',
  ],
} satisfies TalkInput
