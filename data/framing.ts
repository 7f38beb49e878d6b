import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 2.5,
    titleNote: 'Good afternoon. My subject is North Korea’s foreign relations, and why patterns set in the 1950s still shape them. My evidence comes from archives in Russia, China and Eastern Europe, opened after the Cold War. These are the records of Pyongyang’s allies, not its own: far from ideal, but the best we have until North Korea opens its archives. And its alliances are one strand in a complex mixture of causes. I will end with what this means for building peace.',
    puzzleHeading: 'Why is Pyongyang still so reluctant to change?',
    puzzleNote: 'Since the Cold War ended, Pyongyang’s old allies have transformed their ties with Seoul; the North, despite the summit of 2000, has been slow to change. Habits of isolation and mistrust still block a permanent peace regime, and the neighbours doubt the North would keep to shared rules once engaged. Why? The usual answer points to its enemies. The archives add its allies.',
    thesisNote: 'My argument: its own allies, more than its enemies, shaped how Pyongyang sees threats, and laid the ground for the mistrust and isolation it still shows.',
    comparison: {
      enemies: {
        heading: 'Its enemies: long known',
        points: [
          'Hostile to America and Seoul from the start',
          'A war of unification lost',
          'American bombing, terrible losses',
          'US troops kept in the South',
        ],
        note: 'The enemies’ side is familiar. Pyongyang was hostile to America and the South from its first day, and a lost war, the bombing, the dead and the American troops who stayed only deepened that hostility.',
      },
      allies: {
        heading: 'Its allies: what the archives add',
        points: [
          'Its war waited on Moscow’s yes',
          'Moscow would give it up rather than fight',
          'Moscow and Beijing kept the war going',
          'In 1956 both backed Kim’s rivals',
        ],
        note: 'The archives add the other side. Its war waited on Moscow’s yes. Moscow would give it up rather than fight. Moscow and Beijing kept the war going. And in 1956 both backed Kim’s rivals. By the end of the fifties it was guarding itself against friend and foe, and making its allies pay.',
      },
    },
    timelineHeading: 'One decade, {episodes} episodes',
    timelineNote: 'In August 1945 the Americans and Soviets divide Korea without asking Koreans; that December they agree on a trusteeship nearly every Korean resents. By 1948 there are two hostile states, each tied to its patron. Then our {episodes} episodes, from the decision for war to the crisis of 1956. Throughout, I look through the eyes of North Korea’s leaders, not to judge them, but to find where lasting patterns began. Each time I ask who had the final say, and what Pyongyang learned.',
  },
  lessonHeading: 'What Pyongyang learned',
  closing: {
    minutes: 1.25,
    ledgerNote: 'Let me put the episodes together. In the first three, Moscow, and then Beijing with it, made the decisions that mattered most to Pyongyang: whether to fight, whether to rescue it, when to stop. In 1956 both sided with Kim’s rivals, until Hungary drew their eyes away and he struck back. From then on each put up with him for fear of losing him to the other. Pyongyang was still dependent, but its dependence now came with leverage. That is my argument: its own allies, more than its enemies, shaped how Pyongyang sees threats.',
    endLine: 'A less threatening world can open Pyongyang’s way to a lasting peace',
    endNote: 'That answers my opening question, and leaves a paradox. The decade taught Pyongyang to distrust the powers that saved it. Yet it also let Pyongyang stay isolated without losing their aid, an arrangement that held until the Soviet collapse of 1991. These habits grew out of the conditions of one particular time; they are not built into North Koreans. Change the conditions, make them less threatening, and a lasting peace becomes possible. Thank you.',
    endPoints: [
      'The 1950s left Pyongyang distrustful of its allies, yet free to stay isolated without losing their aid',
      'These habits grew out of one era’s conditions; they are not innate to North Koreans',
      'Less threatening conditions can let Pyongyang work with its neighbours for a lasting peace',
    ],
    sourcesHeading: 'Sources',
  },
  handout: {
    quotes: ['order-of-stalin-is-law', 'very-hard-for-them', 'stalin-patience'],
    caveat: {
      text: 'The evidence is the records of Pyongyang’s allies, released by Russia, China and the former communist states of Eastern Europe since the Cold War: far from ideal, but the best available until North Korea’s own records become accessible.',
      sources: ['n1'],
    },
  },
} satisfies FramingInput
