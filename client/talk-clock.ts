import { sharedState, useNav } from '@slidev/client'
import { StorageSerializers, useIntervalFn, useSessionStorage } from '@vueuse/core'
import { computed, ref, watch } from 'vue'

type Timer = typeof sharedState.timer

/** Seconds the talk has run, by Slidev's own timer state. */
function elapsedSeconds(timer: Timer, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  return Math.max(0, ((timer.status === 'paused' ? timer.pausedAt : now) - timer.startedAt) / 1000)
}

/**
 * The presenter's clock: Slidev's countdown, started on the first advance of a fresh presenter session and kept in
 * sessionStorage, so a reload (or a static build without a server) carries on. After a reset, Slidev's ⏯ restarts it.
 */
export function useTalkClock(sectionOf: (slide: number) => string | undefined) {
  const { currentSlideNo, clicks } = useNav()
  const saved = useSessionStorage<Timer | null>('deck-talk-timer', null, { serializer: StorageSerializers.object })
  const sectionEntered = useSessionStorage<Record<string, number>>('deck-section-entered', {})
  if (sharedState.timer.status === 'stopped' && saved.value && saved.value.status !== 'stopped')
    sharedState.timer = { ...saved.value, slides: {} }
  const startedOnce = useSessionStorage('deck-talk-started', sharedState.timer.status !== 'stopped')
  const elapsed = ref(elapsedSeconds(sharedState.timer, Date.now()))

  const tick = () => {
    elapsed.value = elapsedSeconds(sharedState.timer, Date.now())
    saved.value = { ...sharedState.timer }
    if (sharedState.timer.status === 'stopped') {
      sectionEntered.value = {}
      return
    }
    startedOnce.value = true
    const section = sectionOf(currentSlideNo.value)
    if (section !== undefined && !(section in sectionEntered.value))
      sectionEntered.value = { ...sectionEntered.value, [section]: elapsed.value }
  }
  useIntervalFn(tick, 1000)
  watch(() => sharedState.timer, tick, { deep: true })
  watch([currentSlideNo, clicks], () => {
    if (sharedState.timer.status === 'stopped' && !startedOnce.value)
      sharedState.timer = { status: 'running', slides: {}, startedAt: Date.now(), pausedAt: 0 }
    tick()
  })
  return { started: computed(() => sharedState.timer.status !== 'stopped'), elapsed, sectionEntered }
}
