import type { Position } from '../client/pacing.ts'
import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { StorageSerializers, useMagicKeys, useSessionStorage } from '@vueuse/core'
import { computed } from 'vue'
import { useTalkSlides } from '../client/slide-in-talk.ts'

/** Where `r` returns to; kept over a reload of the window. */
const returnTo = useSessionStorage<Position | null>('deck-backup-return', null, { serializer: StorageSerializers.object })

/**
 * `b` jumps to the sources behind the current slide (its `talk.backup`), `r` returns to the slide and click left. On a
 * sources slide (the only slides with a `routeAlias`) `b` keeps the first place, so the way back is always to the talk.
 */
export default defineShortcutsSetup((_nav, base) => {
  const { currentSlideNo, clicks, currentFrontmatter, go } = useNav()
  const talk = useTalkSlides()
  const jumpToBackup = () => {
    const backup = talk.current.value?.backup
    if (!backup)
      return
    const alias = currentFrontmatter.value.routeAlias as string | undefined
    if (!alias || !returnTo.value)
      returnTo.value = { slide: currentSlideNo.value, clicks: clicks.value }
    if (backup !== alias)
      void go(backup, 0)
  }
  const returnFromBackup = () => {
    const back = returnTo.value
    if (!back)
      return
    returnTo.value = null
    void go(back.slide, back.clicks)
  }
  // The letter alone: Ctrl+R (Cmd+R) reloading the window on a sources slide took it back to the talk and lost the way back.
  const keys = useMagicKeys()
  const alone = (key: string) => computed(() => keys[key]!.value && !keys.ctrl!.value && !keys.meta!.value && !keys.alt!.value)
  return [
    ...base,
    { name: 'deck_backup', key: alone('b'), fn: jumpToBackup },
    { name: 'deck_return', key: alone('r'), fn: returnFromBackup },
  ]
})
