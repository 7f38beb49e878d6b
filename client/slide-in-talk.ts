import type { ComputedRef } from 'vue'
import type { SlideInTalk } from '../contract/deck-model.ts'
import { useNav } from '@slidev/client'
import { computed } from 'vue'

/** A slide's place in the talk, from its frontmatter (`talk:`, written by scripts/generate/render-markdown.ts). */
export interface TalkSlides {
  /** The current slide's. */
  readonly current: ComputedRef<SlideInTalk | undefined>
  /** Slide `no`'s, from 1. */
  readonly of: (no: number) => SlideInTalk | undefined
}

export function useTalkSlides(): TalkSlides {
  const { slides, currentSlideNo } = useNav()
  const of = (no: number) => slides.value[no - 1]?.meta.slide.frontmatter.talk as SlideInTalk | undefined
  return {
    current: computed(() => of(currentSlideNo.value)),
    of,
  }
}
