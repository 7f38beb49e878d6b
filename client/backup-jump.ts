import type { Position } from './pacing.ts'
import { StorageSerializers, useSessionStorage } from '@vueuse/core'

/** Where `r` returns to; kept over a reload of the window. */
const returnTo = useSessionStorage<Position | null>('deck-backup-return', null, { serializer: StorageSerializers.object })

type Go = (slide: number | string, clicks: number) => unknown

export interface Here {
  readonly position: Position
  /** The `routeAlias` of the sources slide for this one (its `talk.backup`). */
  readonly backup?: string
  /** This slide's own `routeAlias`: only the sources slides the key jumps to have one. */
  readonly alias?: string
}

/**
 * Jumps to the backup slide for the current one, remembering where the speaker was; pressed again on
 * a backup slide it keeps the first place, so the way back is always to the talk.
 */
export function jumpToBackup(here: Here, go: Go): void {
  if (!here.backup)
    return
  if (!here.alias || !returnTo.value)
    returnTo.value = here.position
  if (here.backup !== here.alias)
    go(here.backup, 0)
}

/** Returns to the slide and click the speaker left for the backup slide, if any. */
export function returnFromBackup(go: Go): void {
  const back = returnTo.value
  if (!back)
    return
  returnTo.value = null
  go(back.slide, back.clicks)
}
