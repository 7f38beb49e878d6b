import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 3,
    titleNote: 'North Korean Foreign Relations: Historical Roots of Present Patterns. This lecture was given at the ICAS Winter Symposium on Humanity, Peace and Security, on 22 February 2006, on Capitol Hill. The argument in one sentence: the mistrust and isolation that mark Pyongyang\'s dealings with the world took root in the Korean War era and the years just after it, and they were learned less from the DPRK\'s enemies than from its own allies, the Soviet Union and China. The evidence is archival: records from Russia, China and the former communist states of Eastern Europe, opened after the Cold War ended. We will go through it chapter by chapter, and end with what it means for building peace on the peninsula today.',
    puzzleNote: 'Start with the puzzle. Since the Cold War ended, Pyongyang\'s former allies have transformed their relations with Seoul. The DPRK has barely moved. Contact between the two Koreas grew after the 2000 summit, yet the old habits of isolation and mistrust still block a permanent peace regime. Neighbours designing new security arrangements for Northeast Asia struggle to draw the North in, and doubt it will keep to shared rules once it joins. The familiar explanation is hostility to the United States and South Korea, sharpened by the failed war of unification, the scale of American bombing, heavy casualties, and US troops staying in the South after the armistice. All true, and long known. What the archives add is the other half of the story: how Pyongyang was treated by its own side.',
    roadmapNote: 'Four chapters. First, how Kim Il Sung had to win permission to attack the South in 1949 and 1950. Second, how Moscow and Beijing responded when the DPRK nearly collapsed in October 1950. Third, how Pyongyang was held to Soviet and Chinese priorities during the armistice talks of 1951 to 1953. Fourth, what Soviet de-Stalinization did to North Korea in 1956. Each chapter ends with the lesson Pyongyang drew. Throughout, the aim is to see these events as the North Korean leadership saw them. This is not about passing judgement. It is about locating the roots of lasting patterns, so they can be handled with more skill today. And keep the destination in mind: by the end of the 1950s the DPRK had chosen to fortify itself against friend and foe alike, while drawing aid from allies worried about their own security.',
  },
  closing: {
    minutes: 2,
    paradox: [
      'The 1950s taught Pyongyang to mistrust its own allies',
      'They also let it stay isolated and hostile without losing aid',
      'That arrangement held, in changing forms, until 1991',
    ],
    conditions: [
      'Traumatic events formed habits that decades of experience reinforced',
      'These traits grew from particular conditions at a particular time',
      'They are not inherent in North Korea\'s people or leaders',
    ],
    peaceRegime: [
      'Less threatening circumstances can make cooperation possible',
      'Pyongyang could then work with its neighbours on a peace regime',
      'A clear view of these roots gives all parties firm footing',
    ],
    paradoxNote: 'Here is the paradox. The 1950s left Pyongyang deeply distrustful of its allies, yet the same decade let it stay isolated and belligerent without risking the aid it needed. Those conditions shifted over three decades but held in essence until the Soviet Union collapsed in 1991. Since then, the DPRK has faced challenges its history did little to prepare it for.',
    conditionsNote: 'Now the hopeful part. As the Kim Jong Il government edges toward reconciliation with South Korea, the United States and Japan, it is held back by perceptions and reflexes formed in trauma and reinforced for decades. But, as with any country, those traits came from particular conditions at a particular time. They are not built into the North Korean people or their leaders.',
    peaceRegimeNote: 'What follows for a peace regime? If circumstances made the pattern, then different and less threatening circumstances can make cooperation possible, with Pyongyang working alongside the other powers of the region toward a lasting peace regime for the peninsula. A clear-eyed view of where today\'s difficulties come from gives every party solid ground to build on.',
    sourcesNote: 'A word on sources. Note 1 of the essay warns that this history rests on the archives of Pyongyang\'s allies, not its own: far from ideal, but the best evidence until DPRK records open. The essay\'s footnote list also lacks notes 7, 10, 16 and 18; where those fall, the deck cites the essay text itself. The written version is dated December 2007.',
    closingNote: 'To sum up: Pyongyang learned its mistrust inside its own alliances, in its first decade. Seeing that history clearly is the first step toward changing the conditions that keep it alive. Thank you.',
  },
} satisfies FramingInput
