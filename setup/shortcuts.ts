import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { jumpToBackup, returnFromBackup } from '../client/backup-jump.ts'
import { useDeckModel } from '../client/use-deck-model.ts'

/** `b` jumps to the sources behind the current slide for questions, `r` returns to the slide and click left. */
export default defineShortcutsSetup((nav, base) => {
  const { currentSlideNo, clicks } = useNav()
  const deck = useDeckModel()
  return [
    ...base,
    {
      name: 'deck_backup',
      key: 'b',
      fn: () => jumpToBackup(deck.value.backups, { slide: currentSlideNo.value, clicks: clicks.value }, nav.go),
    },
    {
      name: 'deck_return',
      key: 'r',
      fn: () => returnFromBackup(nav.go),
    },
  ]
})
