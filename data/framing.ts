import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 3,
    titleNote: 'North Korean Foreign Relations: Historical Roots of Present Patterns. ICAS lists this lecture under its Winter Symposium on Humanity, Peace and Security, 22 February 2006, on Capitol Hill; the written text we follow is dated December 2007. The argument in one sentence: the mistrust and isolation that mark Pyongyang\'s dealings with the world took root in the Korean War era and the years just after it, and they were learned less from the DPRK\'s enemies than from its own allies, the Soviet Union and China. The evidence is archival: records from Russia, China and the former Soviet bloc in Eastern Europe, opened after the Cold War ended. We end with what it means for peace today.',
    puzzleNote: 'Start with the puzzle. Since the Cold War ended, Pyongyang\'s former allies have transformed their relations with Seoul. The DPRK has been slow to change. Contact between the two Koreas grew after the 2000 summit, yet the old habits of isolation and mistrust still block a permanent peace regime. Neighbours planning new security structures doubt that, once engaged, the North would keep to shared rules. The familiar explanation is hostility to the United States and South Korea, sharpened by the failed war of unification, the scale of American bombing, heavy casualties, and US troops staying in the South after the armistice. All true, and long known. What the archives add is the other half of the story: how Pyongyang was treated by its own side.',
    puzzleHeading: 'Why is Pyongyang still so slow to change?',
    thesisHeading: 'The archives point to its allies',
    roadmapHeading: 'Four formative episodes',
    roadmapNote: 'Four chapters. First, how Kim Il Sung had to win permission to attack the South in 1949 and 1950. Second, how Moscow and Beijing responded when the DPRK nearly collapsed in October 1950. Third, how Soviet and Chinese priorities overrode Pyongyang\'s in the armistice talks of 1951 to 1953. Fourth, what Soviet de-Stalinization did to North Korea in 1956. Throughout, the aim is to see these events as the North Korean leadership saw them. This is not about passing judgement. It is about finding where durable patterns began, so they can be handled with more skill today. And keep the destination in mind: by 1960 Pyongyang was guarding itself against allies and enemies alike, while living on aid from allies anxious about their own security.',
  },
  lessonHeading: 'What Pyongyang learned',
  tallyHeading: 'Refusals and decisions, by capital',
  closing: {
    minutes: 2,
    conclusions: [
      {
        heading: 'The paradox of the 1950s',
        points: [
          'The 1950s taught Pyongyang to mistrust its own allies',
          'They also let it stay isolated and hostile without losing aid',
          'That arrangement held, in changing forms, until 1991',
        ],
        note: 'The paradox. The 1950s left Pyongyang deeply distrustful of its allies, yet the same decade let it stay isolated and belligerent without risking the aid it needed. That arrangement shifted but held in essence until the Soviet collapse in 1991. Since then, the DPRK has faced challenges its history ill prepared it for.',
      },
      {
        heading: 'Formed by conditions, not inherent',
        points: [
          'Traumatic events formed habits that decades of experience reinforced',
          'These traits grew out of specific circumstances in a specific era',
          'Nothing about them is innate to North Korea\'s people or leaders',
        ],
        note: 'Now the hopeful part. As the Kim Jong Il government edges toward reconciliation with Seoul, Washington and Tokyo, perceptions formed in trauma and reinforced for decades hold it back. But, as with any country, those traits came out of a specific era. They are not built into North Koreans or their leaders.',
      },
      {
        heading: 'What follows for a peace regime',
        points: [
          'Less threatening circumstances can make cooperation possible',
          'Pyongyang could then work with its neighbours on a peace regime',
          'A clear view of these roots gives all parties firm footing',
        ],
        note: 'So, for a peace regime: if circumstances made the pattern, different and less threatening circumstances can let Pyongyang work with its regional neighbours toward lasting peace on the peninsula. An honest look at the roots of today\'s difficulties gives every party solid ground.',
      },
    ],
    sourcesNote: 'On sources: note 1 warns that this history rests on the archives of Pyongyang\'s allies, not its own; that is the best evidence until DPRK records open. The essay\'s list also lacks notes 7, 10, 16 and 18; there, the deck cites the essay and records the missing note number. The written text is dated December 2007.',
    sourcesHeading: 'Sources',
    closingNote: 'In short: Pyongyang learned its mistrust inside its own alliances. Seeing that clearly is the first step toward changing the conditions that sustain it. Thank you.',
  },
} satisfies FramingInput
