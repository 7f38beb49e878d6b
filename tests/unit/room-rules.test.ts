import type { BrowserContext } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { LabelCrossing, TextOverlap, TextRun } from '../../scripts/audit/measure.ts'
import { describe, expect, it } from 'vitest'
import { stepState } from '../../client/reveal-sequence.ts'
import { CANVAS, ROOM_RULES, roomCssVariables, roomPx } from '../../contract/room-rules.ts'
import { judgeAnswer, judgeCrossings, judgeDiagramEvents, judgeOverlaps, judgeRoom, roomFigures } from '../../scripts/audit/judge.ts'
import { auditVerdict, formatAuditTable } from '../../scripts/audit/report.ts'
import { auditDeck, problemsOfPage } from '../../scripts/audit/slide-audit.ts'

const run = (px: number, chars: number, diagram = false): TextRun => ({ element: 'p', px, chars, diagram, answer: false })
const talk = {
  backup: false,
  view: { kind: 'points', heading: 'H', points: [] },
} as unknown as Pick<SlideModel, 'backup' | 'view'>
const backup = { ...talk, backup: true }
const decision = {
  backup: false,
  view: { kind: 'decision' },
} as unknown as Pick<SlideModel, 'backup' | 'view'>
function diagram(areaShare: number) {
  return {
    error: null,
    roleDescription: null,
    title: null,
    description: null,
    participants: [],
    events: [],
    text: '',
    areaShare,
    crossings: [],
  }
}

describe('room rules', () => {
  it('sizes type as fractions of the canvas height', () => {
    expect(roomPx(ROOM_RULES.bodyFraction)).toBeCloseTo(CANVAS.height / 23)
    expect(roomPx(ROOM_RULES.minFraction, 1080)).toBe(27)
    expect(roomCssVariables(552)['--room-body']).toBe('24.00px')
  })

  it.each<[string, TextRun[], number]>([
    [
      'all at body size',
      [
        run(24, 100),
      ],
      1,
    ],
    [
      'a quarter small',
      [
        run(30, 75),
        run(16, 25),
      ],
      0.75,
    ],
    [
      'mostly small',
      [
        run(24, 10),
        run(18, 90),
      ],
      0.1,
    ],
    ['no text', [], 1],
  ])('counts the share of characters at body size: %s', (_name, runs, share) => {
    expect(roomFigures({ textRuns: runs, diagrams: [] }).bodyShare).toBeCloseTo(share)
  })

  it.each<[string, Pick<SlideModel, 'backup' | 'view'>, TextRun[], number[], RegExp[]]>([
    [
      'a talk slide in large type passes',
      talk,
      [
        run(36, 40),
        run(24, 200),
        run(14, 20),
      ],
      [],
      [],
    ],
    [
      'a talk slide of small type fails',
      talk,
      [
        run(36, 40),
        run(18, 200),
      ],
      [],
      [/^only 17% of characters at body size/],
    ],
    [
      'text under 1/40 fails anywhere',
      backup,
      [
        run(13, 20),
      ],
      [],
      [/^smallest text 13px < 13\.8px/],
    ],
    [
      'a backup slide may be dense',
      backup,
      [
        run(14, 2000),
        run(24, 10),
      ],
      [],
      [],
    ],
    [
      'a diagram of 45% with large labels passes',
      decision,
      [
        run(24, 100),
        run(20, 10, true),
      ],
      [0.45],
      [],
    ],
    [
      'a thumbnail diagram fails',
      decision,
      [
        run(24, 100),
      ],
      [0.2],
      [/^diagram covers 20% of the slide; needs 40%/],
    ],
    [
      'a diagram just short of 40% does not read as 40%',
      decision,
      [
        run(24, 100),
      ],
      [0.396],
      [/^diagram covers 39% of the slide; needs 40%/],
    ],
    [
      'a body share just short of 75% does not read as 75%',
      talk,
      [
        run(24, 2995),
        run(18, 1005),
      ],
      [],
      [/^only 74% of characters at body size/],
    ],
    [
      'small diagram labels fail',
      decision,
      [
        run(24, 100),
        run(16, 5, true),
      ],
      [0.5],
      [/^diagram label 16px < 18\.4px/],
    ],
  ])('%s', (_name, slide, runs, areas, expected) => {
    const problems = judgeRoom(slide, roomFigures({
      textRuns: runs,
      diagrams: areas.map(diagram),
    }))
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })
})

describe('revealing a decision diagram', () => {
  it.each([
    [1, 0, 3, 'hidden'],
    [1, 1, 3, 'current'],
    [1, 3, 3, 'past'],
    [3, 2, 3, 'hidden'],
    [3, 3, 3, 'current'],
    [1, 4, 3, 'final'],
    [3, 99, 3, 'final'],
  ] as const)('event %i at click %i of %i events is %s', (step, clicks, total, state) => {
    expect(stepState(step, clicks, total)).toBe(state)
  })
})

describe('what a decision diagram must draw', () => {
  const view = {
    kind: 'decision',
    steps: [
      { step: 1, label: 'asks to attack' },
      { step: 2, label: 'no: not yet' },
    ],
  } as unknown as Parameters<typeof judgeDiagramEvents>[0]
  const drawn = (label: string, from = 'n_a', to = 'n_b') => ({
    id: null,
    kind: 'message',
    from,
    to,
    label,
  })
  const diagram = (events: ReturnType<typeof drawn>[]) => ({ events }) as unknown as Parameters<typeof judgeDiagramEvents>[1]

  it.each<[string, ReturnType<typeof drawn>[], RegExp[]]>([
    [
      'one arrow an event, each in words, passes',
      [
        drawn('asks to attack'),
        drawn('no: not yet', 'n_b', 'n_a'),
      ],
      [],
    ],
    [
      'two events on one arrow fail',
      [
        drawn('asks to attack · no: not yet'),
      ],
      [/^diagram draws 1 arrows and notes for 2 events/, /^arrow 1 \("asks to attack · no: not yet"\) is not event 1/],
    ],
    [
      'a label of step numbers fails',
      [
        drawn('1 · 5'),
        drawn('no: not yet'),
      ],
      [/^arrow 1 \("1 · 5"\) has no words/],
    ],
    [
      'an arrow from a capital to itself fails',
      [
        drawn('asks to attack'),
        drawn('no: not yet', 'n_a', 'n_a'),
      ],
      [/^arrow 2 \("no: not yet"\) runs from a capital to itself/],
    ],
  ])('%s', (_name, events, expected) => {
    const problems = judgeDiagramEvents(view, diagram(events))
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })
})

describe('texts set on each other', () => {
  const overlap = (x: number, y: number): TextOverlap => ({ first: 'li.timeline-mark "Division, trusteeship"', second: 'li.timeline-mark "War"', x, y })

  it.each<[string, TextOverlap[], RegExp[]]>([
    ['glyph boxes that touch pass', [overlap(40, 1), overlap(1.5, 20)], []],
    ['no overlap passes', [], []],
    [
      'a label across another fails, naming both',
      [overlap(12, 18)],
      [/^texts overlap by 12px across and 18px down: li\.timeline-mark "Division, trusteeship" and li\.timeline-mark "War"$/],
    ],
    ['a 3 px leader through a label fails', [overlap(3, 23), overlap(0.5, 0.5)], [/^texts overlap by 3px across and 23px down/]],
  ])('%s', (_name, overlaps, expected) => {
    const problems = judgeOverlaps(overlaps)
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })
})

describe('no line visible through a diagram\'s label', () => {
  const crossing = (backing: Partial<LabelCrossing>): LabelCrossing => ({
    label: 'asks Moscow for help',
    line: 'the lifeline of Beijing',
    px: 21,
    under: true,
    shape: false,
    ...backing,
  })

  it.each<[string, LabelCrossing, RegExp | null]>([
    ['a line under an opaque shape (a label\'s ground, a note\'s box) passes', crossing({ shape: true }), null],
    ['a line under a label with nothing between fails', crossing({}), /^line through label "asks Moscow for help": the lifeline of Beijing crosses it for 21px; the label has no opaque ground under it$/],
    ['a line drawn over the label fails, ground or not', crossing({ under: false, shape: true }), /; the lifeline of Beijing is drawn over the label$/],
  ])('%s', (_name, found, expected) => {
    const problems = judgeCrossings([found])
    if (expected)
      expect(problems).toEqual([expect.stringMatching(expected)])
    else
      expect(problems).toEqual([])
  })
})

describe('the answer is the largest type at the last click', () => {
  const answer = (px: number): TextRun => ({ ...run(px, 40), element: 'h1.decision-answer "Moscow decided"', answer: true })
  const label = run(19, 12, true)

  it.each<[string, number, TextRun[], RegExp | null]>([
    ['an answer larger than every label passes', 1, [answer(26.4), label, run(18.4, 20, true)], null],
    ['no answer fails', 0, [run(26.4, 40), label], /^no answer at the last click/],
    ['an answer no larger than a diagram label fails, with both sizes', 1, [answer(19), label], /^the answer at 19px is not the largest type: p is 19px$/],
    ['an answer smaller than the legend fails', 1, [answer(16), run(18.4, 20, true)], /^the answer at 16px is not the largest type: p is 18\.4px$/],
  ])('%s', (_name, answers, runs, expected) => {
    const problems = judgeAnswer({ answers, textRuns: runs })
    if (expected)
      expect(problems).toEqual([expect.stringMatching(expected)])
    else
      expect(problems).toEqual([])
  })
})

describe('a slide that never renders', () => {
  /** A browser context whose page loads, reports an error thrown by the slide's code, and never shows the slide. */
  function brokenContext(): Promise<BrowserContext> {
    const listeners = new Map<string, (value: unknown) => void>()
    const context = { addInitScript: async () => {}, newPage: async (): Promise<object> => ({}), close: async () => {} }
    const page = {
      on: (event: string, listener: (value: unknown) => void) => listeners.set(event, listener),
      url: () => 'about:blank',
      goto: async () => listeners.get('pageerror')?.(new Error('boom in the slide')),
      locator: () => ({ first: () => ({ waitFor: async () => {
        throw new Error('locator.waitFor: Timeout 30000ms exceeded.\nCall log:\n  - waiting for locator')
      } }) }),
      isClosed: () => false,
      context: () => context,
    }
    context.newPage = async () => page
    return Promise.resolve(context as unknown as BrowserContext)
  }
  const deck = { slides: [{ number: 7, title: 'A quote', backup: false, view: { kind: 'quote' } }] } as unknown as DeckModel

  it('fails its own row, saying so and what the page said, instead of stopping the whole check', async () => {
    const rows = await auditDeck(brokenContext, 'http://127.0.0.1:1', deck)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.problems).toEqual([
      '[1920x1080] not measured: the slide did not render (locator.waitFor: Timeout 30000ms exceeded.)',
      '[1920x1080] page error: boom in the slide',
      '[1024x768] not measured: the slide did not render (locator.waitFor: Timeout 30000ms exceeded.)',
      '[1024x768] page error: boom in the slide',
    ])
    // No figures measured: dashes, not a smallest font of Infinity.
    expect(formatAuditTable(rows).split('\n')[2]).toMatch(/^7 {2}A quote +- +- +- +- +0 +0 {2}FAIL \(4\)$/)
  })

  it('ends a check of that one slide in the singular, as it ends a check of one slide that passes', async () => {
    const rows = await auditDeck(brokenContext, 'http://127.0.0.1:1', deck)
    expect(auditVerdict(rows)).toBe('check: the 1 slide fails: 7.')
    expect(auditVerdict([{ ...rows[0]!, problems: [] }])).toBe('check: the 1 slide passes.')
    expect(auditVerdict([rows[0]!, { ...rows[0]!, number: 8, problems: [] }])).toBe('check: 1 of 2 slides fail: 7.')
  })
})

it('an error the page logs with its stack is one problem line', () => {
  const logged = 'Error: boom in slide 7\n    at setup (http://127.0.0.1:4000/assets/md-f0.js:1:217)\n    at Xn (http://127.0.0.1:4000/assets/shiki.js:1:25619)'
  expect(problemsOfPage({ consoleErrors: [logged], pageErrors: [], failedRequests: [], dialogs: [] })).toEqual(['console error: Error: boom in slide 7'])
})
