import type { SlideInTalk } from '../contract/deck-model.ts'
import { useNav } from '@slidev/client'
import { computed } from 'vue'

/** Each slide's place in the talk, its `talk:` frontmatter: the current slide's, and slide `no`'s (from 1). */
export function useTalkSlides() {
  const { slides, currentSlideNo } = useNav()
  const of = (no: number) => slides.value[no - 1]?.meta.slide.frontmatter.talk as SlideInTalk | undefined
  return { current: computed(() => of(currentSlideNo.value)), of }
}
