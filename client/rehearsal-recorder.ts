import type { Ref } from 'vue'
import type { RehearsalRecord } from '../contract/rehearsal-record.ts'
import type { Position } from './pacing.ts'
import { useNav } from '@slidev/client'
import { ref, watch } from 'vue'
import { REHEARSAL_ENDPOINT, REHEARSAL_FORMAT } from '../contract/rehearsal-record.ts'
import { isObject, readSession, writeSession } from './session-store.ts'

const RECORDING_KEY = 'deck-rehearsal'

interface Step extends Position {
  /** Date.now() when the step came up. */
  readonly at: number
}

interface Recording {
  readonly startedAt: number
  readonly steps: readonly Step[]
}

function isRecording(value: unknown): value is Recording {
  return isObject(value) && typeof value.startedAt === 'number' && Array.isArray(value.steps)
}

/** The record of a run-through: each step's seconds until the next (the last until `endedAt`), and per slide in total. */
export function rehearsalRecord(talk: string, recording: Recording, endedAt: number): RehearsalRecord {
  const steps = recording.steps.map((step, index) => ({
    slide: step.slide,
    clicks: step.clicks,
    seconds: Math.max(0, ((recording.steps[index + 1]?.at ?? endedAt) - step.at) / 1000),
  }))
  const perSlide = new Map<number, number>()
  for (const step of steps)
    perSlide.set(step.slide, (perSlide.get(step.slide) ?? 0) + step.seconds)
  return {
    format: REHEARSAL_FORMAT,
    version: 1,
    talk,
    startedAt: new Date(recording.startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    steps,
    slides: [...perSlide].sort(([a], [b]) => a - b).map(([slide, seconds]) => ({ slide, seconds })),
  }
}

export interface Rehearsal {
  readonly recording: Ref<boolean>
  /** What happened to the last save: the file written or the error. */
  readonly message: Ref<string>
  readonly start: () => void
  readonly stopAndSave: () => Promise<void>
}

/** Records the time on every slide and click while on, kept in sessionStorage across reloads; saves through the dev server. */
export function useRehearsal(talk: () => string): Rehearsal {
  const { currentSlideNo, clicks } = useNav()
  const state = ref<Recording | undefined>(readSession(RECORDING_KEY, isRecording))
  const recording = ref(state.value !== undefined)
  const message = ref('')
  const save = (value: Recording | undefined) => {
    state.value = value
    recording.value = value !== undefined
    writeSession(RECORDING_KEY, value)
  }
  const here = (): Step => ({
    slide: currentSlideNo.value,
    clicks: clicks.value,
    at: Date.now(),
  })
  watch([currentSlideNo, clicks], () => {
    if (state.value) {
      save({
        ...state.value,
        steps: [
          ...state.value.steps,
          here(),
        ],
      })
    }
  })
  const start = () => {
    message.value = 'recording'
    save({
      startedAt: Date.now(),
      steps: [
        here(),
      ],
    })
  }
  const stopAndSave = async () => {
    if (!state.value)
      return
    const record = rehearsalRecord(talk(), state.value, Date.now())
    save(undefined)
    try {
      const response = await fetch(REHEARSAL_ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      })
      const body = await response.json() as { file?: string, error?: string }
      message.value = response.ok
        ? `saved ${body.file}`
        : `not saved: ${body.error}`
    }
    catch (error) {
      message.value = `not saved: ${String(error)}`
    }
  }
  return {
    recording,
    message,
    start,
    stopAndSave,
  }
}
