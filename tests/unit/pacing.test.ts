import type { SlideInTalk } from '../../contract/deck-model.ts'
import { describe, expect, it } from 'vitest'
import { formatStanding, pacingAt, standing, TOLERANCE_SECONDS } from '../../client/pacing.ts'
import { formatSeconds } from '../../contract/deck-model.ts'

/** Slide 2 of a talk: its section runs from 2:00 for 8:00, its lead from 2:00, its one click from 3:00 to 10:00. */
const slide: SlideInTalk = {
  id: 'one/diagram:x',
  section: {
    id: 'one',
    title: '1. One',
    start: 120,
    budget: 480,
  },
  clicks: [120, 180],
  end: 600,
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
  const running = (elapsed: number, sectionEnteredAt?: number) => ({ started: true, elapsed, sectionEnteredAt })

  it('paces against the current click\'s window', () => {
    const pacing = pacingAt(slide, 1, running(215))
    expect(pacing.plan).toBe('plan 3:00')
    expect(pacing.elapsed).toBe('3:35')
    expect(pacing.status).toBe('on time')
    expect(pacingAt(slide, 0, running(215)).status).toBe('0:35 behind')
    expect(pacingAt(slide, 1, running(110)).status).toBe('1:10 ahead')
  })

  it('tells a speaker who opened the presenter at a later slide that the countdown has not started, not that they are ahead', () => {
    const pacing = pacingAt(slide, 1, { started: false, elapsed: 0 })
    expect(pacing.standing).toEqual({ kind: 'not started' })
    expect(pacing.status).toBe('countdown not started')
    expect([pacing.plan, pacing.elapsed, pacing.used]).toEqual(['plan 3:00', '0:00', '0:00'])
  })

  it('on a backup slide, shown for questions after the timed talk, is neither behind nor over a budget: it is not timed', () => {
    const backup: SlideInTalk = { id: 'backup/sources:1', section: { id: 'backup', title: 'Backup', start: 1500, budget: 0 }, clicks: [1500], end: 1500 }
    const pacing = pacingAt(backup, 0, running(1800, 1700))
    expect([pacing.timed, pacing.status, pacing.elapsed]).toEqual([false, 'backup: not timed', '30:00'])
    expect(pacingAt(backup, 0, { started: false, elapsed: 0 }).standing).toEqual({ kind: 'untimed' })
    expect(pacingAt(slide, 0, running(1800)).timed).toBe(true)
  })

  it('measures the section\'s budget from when the speaker entered it, else from its planned start', () => {
    const entered = pacingAt(slide, 0, running(300, 60))
    expect([entered.budget, entered.used, entered.usedRatio]).toEqual(['8:00', '4:00', 0.5])
    expect(pacingAt(slide, 0, running(300)).used).toBe('3:00')
    expect(pacingAt(slide, 0, running(60)).used).toBe('0:00')
  })

  it('clamps clicks to the slide\'s', () => {
    expect(pacingAt(slide, 9, running(0)).plan).toBe('plan 3:00')
    expect(pacingAt(slide, -1, running(0)).plan).toBe('plan 2:00')
  })
})
