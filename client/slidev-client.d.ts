/**
 * The part of @slidev/client's API the deck uses. Its TypeScript sources only compile with Slidev's build-time
 * globals, so tsconfig.json maps the typecheck here; Vite still bundles the real module.
 */
import type { ComputedRef, Ref } from 'vue'

export declare function useNav(): {
  readonly slides: Ref<{ readonly meta: { readonly slide: { readonly frontmatter: Record<string, unknown> } } }[]>
  readonly currentSlideNo: ComputedRef<number>
  readonly currentFrontmatter: ComputedRef<Record<string, unknown>>
  readonly clicks: ComputedRef<number>
  readonly isPresenter: ComputedRef<boolean>
  readonly go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
}

export declare function useSlideContext(): { readonly $clicks: ComputedRef<number> }

export declare const configs: { readonly title: string } & Record<string, unknown>

export declare const sharedState: {
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
}
