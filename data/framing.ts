import type { FramingInput } from './schema'

export default {
  opening: {
    minutes: 2.5,
    titleNote: 'Good afternoon. My subject is North Korea\'s foreign relations, and why patterns set in the 1950s still shape them. My evidence comes from archives in Russia, China and Eastern Europe, opened after the Cold War. These are the records of Pyongyang\'s allies, not its own: far from ideal, but the best we have until North Korea opens its archives. And its alliances are one strand in a complex mixture of causes. I will end with what this means for building peace.',
    puzzleHeading: 'Why is Pyongyang still so reluctant to change?',
    puzzleNote: 'Since the Cold War ended, Pyongyang\'s old allies have transformed their ties with Seoul, while the North, despite the summit of 2000, has been slow to change. Habits of isolation and mistrust still block a permanent peace regime, and the neighbours doubt the North would keep to shared rules once engaged. The usual explanation is a hostility to America and South Korea that was there from the start, deepened by a failed war of unification, American bombing, terrible losses and American troops in the South. All true, and long known. The archives add something else.',
    thesisHeading: 'The archives point to its allies',
    thesisNote: 'My argument, in one line: its own allies did even more than its enemies to shape how Pyongyang sees threats. It depended on its patrons, and they overruled it, in the war and the years just after; that is where its mistrust and isolation took root. By the end of the fifties it was guarding itself against friend and foe, and getting its allies to pay for it by playing on their fears.',
    timelineHeading: 'One decade, four episodes',
    timelineNote: 'In August 1945 the Americans and Soviets divide Korea without asking Koreans; that December they agree on a trusteeship nearly every Korean resents. By 1948 there are two hostile states, each tied to its patron. Then our four episodes: the decision for war, the Chinese intervention, the armistice talks, and the crisis of 1956. Throughout, I look through the eyes of North Korea\'s leaders, not to judge them, but to find where lasting patterns began.',
  },
  lessonHeading: 'What Pyongyang learned',
  closing: {
    minutes: 1.5,
    ledgerHeading: 'Its allies decided, until their rift after 1956 gave Kim room',
    ledgerNote: 'In the first three episodes, Moscow, and then Beijing with it, made the decisions that mattered most to Pyongyang: whether to fight, whether to rescue it, when to stop. In 1956 both patrons sided with Kim\'s rivals and made him back down in public; only when Hungary distracted them did he strike back and win. From then on each put up with him for fear of losing him to the other. Pyongyang was still dependent, but its dependence now came with leverage.',
    synthesis: {
      heading: 'What follows for a peace regime',
      points: [
        'The 1950s left Pyongyang distrustful of its allies, yet free to stay isolated without losing their aid',
        'These habits grew out of one era\'s conditions; they are not innate to North Koreans',
        'Less threatening conditions can let Pyongyang work with its neighbours for a lasting peace',
      ],
      note: 'Hence a paradox. The decade taught Pyongyang to distrust the powers that saved it, yet let it stay isolated and belligerent without losing their aid, an arrangement that held, in changing forms, until the Soviet collapse of 1991. These habits were formed by trauma and hardened over decades. But they grew out of particular conditions at a particular time, as they would for any country; they are not built into North Koreans or their leaders. Make the conditions less threatening, and working together on a peace regime becomes possible.',
    },
    closingNote: 'To close: Pyongyang\'s hostility to its enemies was there from the start, but its own alliances did even more to shape how it sees threats. A clear view of those roots can give everyone a firmer footing for peace. Thank you.',
    sourcesHeading: 'Sources',
  },
} satisfies FramingInput
