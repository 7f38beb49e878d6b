import type { TalkPlan } from '../../contract/deck-model.ts'
import { describe, expect, it } from 'vitest'
import { formatStanding, pacingAt, standing, TOLERANCE_SECONDS } from '../../client/pacing.ts'
import { formatSeconds } from '../../contract/deck-model.ts'

const plan: TalkPlan = {
  slotSeconds: 600,
  wordsPerMinute: 130,
  sections: [
    {
      section: 'opening',
      title: 'Opening',
      start: 0,
      budgetSeconds: 120,
      notesSeconds: 110,
      slides: [1],
    },
    {
      section: 'one',
      title: '1. One',
      start: 120,
      budgetSeconds: 480,
      notesSeconds: 500,
      slides: [2],
    },
  ],
  slides: [
    {
      slide: 1,
      section: 'opening',
      start: 0,
      seconds: 120,
      notesSeconds: 110,
      clicks: [
        { clicks: 0, start: 0, seconds: 120 },
      ],
    },
    {
      slide: 2,
      section: 'one',
      start: 120,
      seconds: 480,
      notesSeconds: 500,
      clicks: [
        { clicks: 0, start: 120, seconds: 60 },
        { clicks: 1, start: 180, seconds: 420 },
      ],
    },
  ],
}

describe('formatSeconds', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59.9, '0:59'],
    [580, '9:40'],
    [3723, '1:02:03'],
    [-35, '-0:35'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text)
  })
})

describe('standing', () => {
  it.each([
    // window 100..160
    [100, 'on time'],
    [160, 'on time'],
    [100 - TOLERANCE_SECONDS, 'on time'],
    [160 + TOLERANCE_SECONDS, 'on time'],
    [195, '0:35 behind'],
    [30, '1:10 ahead'],
    [100 - TOLERANCE_SECONDS - 1, '0:31 ahead'],
  ])('at %d s into the talk the speaker is %s', (elapsed, text) => {
    expect(formatStanding(standing(100, 160, elapsed))).toBe(text)
  })

  it('takes a tolerance', () => {
    expect(standing(100, 160, 170, 5)).toEqual({ kind: 'behind', seconds: 10 })
    expect(standing(100, 160, 170, 0)).toEqual({ kind: 'behind', seconds: 10 })
    expect(standing(100, 160, 95, 0)).toEqual({ kind: 'ahead', seconds: 5 })
  })
})

describe('pacingAt', () => {
  it('paces against the current click\'s window', () => {
    const pacing = pacingAt(plan, { slide: 2, clicks: 1 }, 215)!
    expect(pacing.plan).toBe('plan 3:00')
    expect(pacing.elapsed).toBe('3:35')
    expect(pacing.status).toBe('on time')
    expect(pacingAt(plan, { slide: 2, clicks: 0 }, 215)!.status).toBe('0:35 behind')
    expect(pacingAt(plan, { slide: 2, clicks: 1 }, 110)!.status).toBe('1:10 ahead')
  })

  it('measures the section\'s budget from when the speaker entered it, else from its planned start', () => {
    const entered = pacingAt(plan, { slide: 2, clicks: 0 }, 300, 60)!
    expect([entered.budget, entered.used, entered.usedRatio]).toEqual(['8:00', '4:00', 0.5])
    expect(pacingAt(plan, { slide: 2, clicks: 0 }, 300)!.used).toBe('3:00')
    expect(pacingAt(plan, { slide: 2, clicks: 0 }, 60)!.used).toBe('0:00')
  })

  it('clamps clicks and knows no slide outside the plan', () => {
    expect(pacingAt(plan, { slide: 2, clicks: 9 }, 0)!.plan).toBe('plan 3:00')
    expect(pacingAt(plan, { slide: 3, clicks: 0 }, 0)).toBeUndefined()
    expect(pacingAt(plan, { slide: 0, clicks: 0 }, 0)).toBeUndefined()
  })
})
