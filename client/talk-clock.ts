import type { SharedState } from '@slidev/client'
import type { Ref } from 'vue'
import { sharedState, useNav } from '@slidev/client'
import { onScopeDispose, ref, watch } from 'vue'
import { isObject, readSession, writeSession } from './session-store.ts'

const TIMER_KEY = 'deck-talk-timer'
const SECTIONS_KEY = 'deck-section-entered'

type Timer = SharedState['timer']

function isTimer(value: unknown): value is Timer {
  return isObject(value) && ['stopped', 'running', 'paused'].includes(value.status as string)
    && typeof value.startedAt === 'number' && typeof value.pausedAt === 'number'
}

function isEntries(value: unknown): value is Record<string, number> {
  return isObject(value) && Object.values(value).every(seconds => typeof seconds === 'number')
}

/** Seconds the talk has run, by Slidev's own timer state. */
export function elapsedSeconds(timer: Timer, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  const end = timer.status === 'paused'
    ? timer.pausedAt
    : now
  return Math.max(0, (end - timer.startedAt) / 1000)
}

/**
 * Starts Slidev's countdown through its own play control in the presenter's bottom bar, so its display
 * ticks; where that control is missing, sets the shared timer state directly.
 */
function startTimer(): void {
  const play = document.querySelector('.slidev-presenter .grid-section.bottom .i-carbon\\:play')?.parentElement
  if (play) {
    play.click()
  }
  else {
    sharedState.timer = {
      status: 'running',
      slides: {},
      startedAt: Date.now(),
      pausedAt: 0,
    }
  }
}

export interface TalkClock {
  /** Seconds since the countdown started, updated every second. */
  readonly elapsed: Ref<number>
  /** Elapsed seconds when the speaker first reached each section since the countdown started. */
  readonly sectionEntered: Ref<Record<string, number>>
}

/**
 * The presenter's clock: Slidev's countdown, started on the first advance and kept in sessionStorage so a
 * reload of the presenter window (or a static build without a server) carries on where it was.
 */
export function useTalkClock(sectionOf: (slide: number) => string | undefined): TalkClock {
  const { currentSlideNo, clicks } = useNav()
  const saved = readSession(TIMER_KEY, isTimer)
  if (sharedState.timer.status === 'stopped' && saved && saved.status !== 'stopped')
    sharedState.timer = { ...saved, slides: {} }
  const elapsed = ref(elapsedSeconds(sharedState.timer, Date.now()))
  const sectionEntered = ref(readSession(SECTIONS_KEY, isEntries) ?? {})

  const enter = () => {
    const section = sectionOf(currentSlideNo.value)
    if (section !== undefined && sharedState.timer.status !== 'stopped' && !(section in sectionEntered.value))
      sectionEntered.value = { ...sectionEntered.value, [section]: elapsed.value }
  }
  const tick = () => {
    elapsed.value = elapsedSeconds(sharedState.timer, Date.now())
    writeSession(TIMER_KEY, sharedState.timer)
    if (sharedState.timer.status === 'stopped' && Object.keys(sectionEntered.value).length > 0)
      sectionEntered.value = {}
    enter()
    writeSession(SECTIONS_KEY, sectionEntered.value)
  }
  const interval = setInterval(tick, 1000)
  onScopeDispose(() => clearInterval(interval))
  watch(() => sharedState.timer, tick, { deep: true })
  watch([currentSlideNo, clicks], () => {
    if (sharedState.timer.status === 'stopped')
      startTimer()
    tick()
  })
  return { elapsed, sectionEntered }
}
