import type { CurrentRehearsalRecord } from '../contract/rehearsal-record.ts'
import type { Recording } from './rehearsal-run.ts'
import { useNav } from '@slidev/client'
import { StorageSerializers, useSessionStorage } from '@vueuse/core'
import { computed, ref, watch } from 'vue'
import { REHEARSAL_ENDPOINT } from '../contract/rehearsal-record.ts'
import { rehearsalRecord } from './rehearsal-run.ts'

/**
 * Records the time on every slide and click while on, kept in sessionStorage across reloads; saves through the dev server.
 * A finished run stays in sessionStorage until the server has saved it: a failed save (the server stopped) can be tried again.
 */
export function useRehearsal(talk: () => string, idOf: (slide: number) => string) {
  const { currentSlideNo, clicks } = useNav()
  const state = useSessionStorage<Recording | null>('deck-rehearsal', null, { serializer: StorageSerializers.object })
  const unsaved = useSessionStorage<CurrentRehearsalRecord | null>('deck-rehearsal-unsaved', null, { serializer: StorageSerializers.object })
  const recording = computed(() => state.value !== null)
  const saving = ref(false)
  const message = ref('')
  const here = () => ({ slide: currentSlideNo.value, id: idOf(currentSlideNo.value), clicks: clicks.value, at: Date.now() })
  watch([currentSlideNo, clicks], () => {
    if (state.value)
      state.value = { ...state.value, steps: [...state.value.steps, here()] }
  })
  const start = () => {
    message.value = 'recording'
    state.value = { startedAt: Date.now(), steps: [here()] }
  }
  const save = async () => {
    const record = unsaved.value
    if (!record || saving.value)
      return
    saving.value = true
    try {
      const response = await fetch(REHEARSAL_ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      })
      const body = await response.json() as { file?: string, error?: string }
      if (!response.ok)
        throw new Error(body.error ?? `HTTP ${response.status}`)
      unsaved.value = null
      message.value = `saved ${body.file}`
    }
    catch (error) {
      message.value = `not saved: ${(error as Error).message}; the run is kept to save again`
    }
    finally {
      saving.value = false
    }
  }
  /** A run the server keeps refusing (a page opened from another address) would otherwise bar rehearsing in this window. */
  const discard = () => {
    unsaved.value = null
    message.value = 'the unsaved run is discarded'
  }
  const stopAndSave = async () => {
    if (!state.value)
      return
    unsaved.value = rehearsalRecord(talk(), state.value, Date.now(), idOf)
    state.value = null
    await save()
  }
  return { recording, unsaved: computed(() => unsaved.value !== null), saving, message, start, stopAndSave, save, discard }
}
