import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { jumpToBackup, returnFromBackup } from '../client/backup-jump.ts'
import { useTalkSlides } from '../client/slide-in-talk.ts'

/** `b` jumps to the sources behind the current slide for questions, `r` returns to the slide and click left. */
export default defineShortcutsSetup((_nav, base) => {
  const { currentSlideNo, clicks, currentFrontmatter, go } = useNav()
  const talk = useTalkSlides()
  return [
    ...base,
    {
      name: 'deck_backup',
      key: 'b',
      fn: () => jumpToBackup({
        position: { slide: currentSlideNo.value, clicks: clicks.value },
        backup: talk.current.value?.backup,
        alias: currentFrontmatter.value.routeAlias as string | undefined,
      }, go),
    },
    {
      name: 'deck_return',
      key: 'r',
      fn: () => returnFromBackup(go),
    },
  ]
})
