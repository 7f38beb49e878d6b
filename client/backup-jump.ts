import type { BackupLink } from '../contract/deck-model.ts'
import type { Position } from './pacing.ts'
import { StorageSerializers, useSessionStorage } from '@vueuse/core'

/** Where `r` returns to; kept over a reload of the window. */
const returnTo = useSessionStorage<Position | null>('deck-backup-return', null, { serializer: StorageSerializers.object })

type Go = (slide: number, clicks: number) => unknown

/**
 * Jumps to the backup slide for the current one, remembering where the speaker was; pressed again on
 * the backup slide it keeps the first place, so the way back is always to the talk.
 */
export function jumpToBackup(links: readonly BackupLink[], at: Position, go: Go): void {
  const link = links.find(candidate => candidate.slide === at.slide)
  if (!link)
    return
  const onBackup = links.some(candidate => candidate.backup === at.slide)
  if (!onBackup || !returnTo.value)
    returnTo.value = at
  if (link.backup !== at.slide)
    go(link.backup, 0)
}

/** Returns to the slide and click the speaker left for the backup slide, if any. */
export function returnFromBackup(go: Go): void {
  const back = returnTo.value
  if (!back)
    return
  returnTo.value = null
  go(back.slide, back.clicks)
}
