import type { BackupLink } from '../contract/deck-model.ts'
import type { Position } from './pacing.ts'
import { isObject, readSession, writeSession } from './session-store.ts'

const RETURN_KEY = 'deck-backup-return'

function isPosition(value: unknown): value is Position {
  return isObject(value) && typeof value.slide === 'number' && typeof value.clicks === 'number'
}

type Go = (slide: number, clicks: number) => unknown

/**
 * Jumps to the backup slide for the current one, remembering where the speaker was; pressed again on
 * the backup slide it keeps the first place, so the way back is always to the talk.
 */
export function jumpToBackup(links: readonly BackupLink[], at: Position, go: Go): void {
  const link = links.find(candidate => candidate.slide === at.slide)
  if (!link)
    return
  const isBackup = links.some(candidate => candidate.backup === at.slide)
  if (!isBackup || !readSession(RETURN_KEY, isPosition))
    writeSession(RETURN_KEY, at)
  if (link.backup !== at.slide)
    go(link.backup, 0)
}

/** Returns to the slide and click the speaker left for the backup slide, if any. */
export function returnFromBackup(go: Go): void {
  const back = readSession(RETURN_KEY, isPosition)
  if (!back)
    return
  writeSession(RETURN_KEY, undefined)
  go(back.slide, back.clicks)
}
