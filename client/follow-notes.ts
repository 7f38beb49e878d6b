import { useNav } from '@slidev/client'
import { nextTick, watch } from 'vue'

/** Room left above the current click's paragraph, so the speaker sees where it starts. */
const LEAD_PX = 8

/**
 * Keeps the current click's notes (its marker's paragraph, or the notes' start before the first click) at the top of
 * the presenter's notes pane on every slide and click, in the static build as in dev: Slidev scrolls them only while
 * its notes are editable (dev), and then to the middle, where a long paragraph runs off the bottom.
 */
export function useNotesFollowClick(): void {
  const { currentSlideNo, clicks } = useNav()
  watch([currentSlideNo, clicks], async () => {
    await nextTick()
    // Slidev marks the active click in a watcher of its own: wait for the frame after it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const scroller = document.querySelector<HTMLElement>('.slidev-presenter .grid-section.note .slidev-note')
      const marker = scroller?.querySelector<HTMLElement>('.slidev-note-click-mark-active')
      const block = marker?.closest<HTMLElement>('p, li') ?? marker
      if (scroller) {
        const top = block ? scroller.scrollTop + block.getBoundingClientRect().top - scroller.getBoundingClientRect().top : 0
        scroller.scrollTop = Math.max(0, top - LEAD_PX)
      }
    }))
  }, { immediate: true, flush: 'post' })
}
