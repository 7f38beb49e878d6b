import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 2.5,
    titleNote: 'Good afternoon. In October 1950, with UN forces pushing north, Stalin told Kim Il Sung to take what was left of his army out of Korea. North Korea’s own patron was ready to let it go under. Moments like that, which we can now read in the archives of Pyongyang’s former allies, explain a good part of how it deals with the world today. I will end with what that means for building peace.',
    puzzleHeading: 'Why is Pyongyang still so reluctant to change?',
    puzzleNote: 'Since the Cold War, Pyongyang’s old allies have built wide ties with Seoul; even after the summit of 2000, the North has barely moved. Its neighbours doubt that, once engaged, it would keep to shared rules, and its habits of isolation and mistrust still stand in the way of a lasting peace. So why is Pyongyang still so reluctant to change? The usual answer points to its enemies. The archives add its allies.',
    thesisNote: 'My argument is this: its own allies, more than its enemies, taught Pyongyang the mistrust and isolation it still shows.',
    comparison: {
      enemies: {
        heading: 'Its enemies: long known',
        points: [
          'Hostile to America and Seoul from the start',
          'A war of unification lost',
          'American bombing, terrible losses',
          'US troops kept in the South',
        ],
        note: 'The enemies’ side is familiar. Pyongyang was hostile to America and the South from its first day. A lost war, the bombing, the dead, and American troops who stayed only deepened it.',
      },
      allies: {
        heading: 'Its allies: what the archives add',
        points: [
          'Its war waited on Moscow’s yes',
          'Moscow would give it up rather than fight',
          'Moscow and Beijing kept the war going',
          'In 1956 both backed Kim’s rivals',
        ],
        note: 'The allies’ archives add the other side: records far from ideal, and only one strand among many causes, but the best we have until Pyongyang opens its own. Its war waited on Moscow’s yes. Moscow would give it up rather than fight. Moscow and Beijing kept the war going. In 1956 both backed Kim’s rivals. By the end of the fifties Pyongyang guarded itself against friend and foe, and made its allies pay.',
      },
    },
    timelineHeading: 'One decade, {episodes} episodes',
    timelineNote: 'In August 1945 the Americans and Soviets divide Korea without asking Koreans; that December they agree on a trusteeship nearly every Korean resents. By 1948 there are two hostile states, each tied to its patron. Then our {episodes} episodes, from the decision for war to the crisis of 1956. Throughout, I look through the eyes of North Korea’s leaders, not to judge them, but to find where lasting patterns began. Each time I ask who had the final say, and what Pyongyang learned.',
  },
  lessonHeading: 'What Pyongyang learned',
  closing: {
    minutes: 1.25,
    ledgerNote: 'Let me put the four together. In the first three, Moscow, then Beijing with it, made the calls that mattered most to Pyongyang: whether to fight, whether to rescue it, when to stop. In the fourth, both backed Kim’s rivals, and he came out stronger, his dependence now bringing leverage. Read down the right-hand column and you have my argument: its own allies, more than its enemies, taught Pyongyang the mistrust and isolation it still shows.',
    endLine: 'A less threatening world can open Pyongyang’s way to a lasting peace',
    endNote: 'That answers my opening question, with a paradox. The decade that taught Pyongyang to distrust its protectors also let it stay isolated without losing their aid, until the Soviet collapse of 1991. Since then it has faced a world its past never prepared it for. Its habits, like any country’s, grew from particular conditions; they are not built into North Koreans or their leaders. Make those conditions less threatening, and a lasting peace becomes possible. Thank you.',
    endPoints: [
      'The 1950s left Pyongyang distrustful of its allies, yet free to stay isolated without losing their aid',
      'These habits grew out of one era’s conditions; they are not innate to North Koreans or their leaders',
      'Less threatening conditions can let Pyongyang work with its neighbours for a lasting peace',
    ],
    sourcesHeading: 'Sources',
  },
  handout: {
    quotes: ['order-of-stalin-is-law', 'very-hard-for-them', 'stalin-patience'],
    caveat: {
      text: 'The evidence is the records of Pyongyang’s allies, opened in Russia, China and the old Soviet bloc after the Cold War: far from ideal, but the best available until North Korea’s own records become accessible.',
      sources: ['n1'],
    },
  },
} satisfies FramingInput
