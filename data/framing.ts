import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 3,
    titleNote: 'North Korean Foreign Relations: Historical Roots of Present Patterns. ICAS Winter Symposium, 22 February 2006, on Capitol Hill. The written text we follow, and the affiliation on this slide, are dated December 2007, after the lecture. The argument in one sentence: Pyongyang was hostile to its enemies from the start, but in the Korean War era and just after, how its own allies, the Soviet Union and China, treated it shaped its sense of threat even more. The evidence is archival: records from Russia, China and Eastern Europe, opened after the Cold War. We end with what it means for peace today.',
    puzzleNote: 'Since the Cold War ended, Pyongyang\'s former allies have transformed their relations with Seoul, while the DPRK has been reluctant to change. Contact between the two Koreas grew after the 2000 summit, yet old habits of isolation and mistrust still block a permanent peace regime, and neighbours doubt that, once engaged, the North would keep to shared rules. The familiar explanation is hostility to the United States and South Korea, there from the DPRK\'s founding and sharpened by the failed war of unification, American bombing, heavy casualties, and US troops staying in the South. All true, and long known. What the archives add is how Pyongyang was treated by its own side.',
    puzzleHeading: 'Why is Pyongyang still so slow to change?',
    thesisHeading: 'The archives point to its allies',
    roadmapHeading: 'Four formative episodes',
    roadmapNote: 'Four chapters. First, how Kim Il Sung had to win permission to attack the South in 1949 and 1950. Second, how Moscow and Beijing responded when the DPRK nearly collapsed in October 1950. Third, how Soviet and Chinese priorities overrode Pyongyang\'s in the armistice talks of 1951 to 1953. Fourth, what Soviet de-Stalinization did to North Korea in 1956. Throughout, we look through the North Korean leaders\' eyes: not to judge, but to find where durable patterns began, so they can be handled with more skill today. Keep the destination in mind: by the end of the 1950s Pyongyang was fortifying itself against allies and enemies alike, while working its allies\' fears for their own security to get the aid it needed.',
  },
  lessonHeading: 'What Pyongyang learned',
  tallyHeading: 'Refusals and decisions, by capital',
  closing: {
    minutes: 2,
    ledgerHeading: 'Four lessons, one pattern: its allies had the final say',
    ledgerNote: 'Side by side, the four lessons: each time Moscow or Beijing made the call that mattered, and Pyongyang drew its conclusion.',
    conclusions: [
      {
        heading: 'The paradox of the 1950s',
        points: [
          'The 1950s left Pyongyang mistrusting the allies that had saved it',
          'They also let it stay isolated and hostile without losing aid',
          'That arrangement held, in changing forms, until 1991',
        ],
        note: 'The paradox: the decade left Pyongyang deeply distrustful of its allies, yet free to stay isolated and belligerent without losing their aid. That held, in changing forms, until the Soviet collapse in 1991.',
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
        note: 'So, for a peace regime: if circumstances made the pattern, less threatening circumstances can let Pyongyang work with its neighbours toward lasting peace. An honest look at the roots of today\'s difficulties gives every party solid ground.',
      },
    ],
    sourcesNote: 'On sources: note 1 warns that this history rests on the archives of Pyongyang\'s allies, not its own; that is the best evidence until DPRK records open. The essay\'s list also lacks notes 7, 10, 16 and 18; there, the deck cites the essay and records the missing note number.',
    closingNote: 'In short: Pyongyang\'s hostility to its enemies was there from the start, but its own alliances did even more to shape how it saw threats. Seeing that clearly is the first step toward changing the conditions that sustain its mistrust. Thank you.',
    sourcesHeading: 'Sources',
  },
} satisfies FramingInput
