import type { Plugin, UserConfig } from 'vite'

/** Monaco's TypeScript (8 MB) and its type acquisition; only Monaco and its code runners import them. */
const MONACO_DEPS = /(?:^|[\s>])(?:typescript|@typescript\/ata)$/

/** Slidev's list of dependencies to pre-bundle, without Monaco's. */
export function withoutMonacoDeps(include: readonly string[]): string[] {
  return include.filter(id => !MONACO_DEPS.test(id))
}

/**
 * Slidev pre-bundles TypeScript for Monaco at every cold start of the dev server, whether or not a
 * deck uses Monaco. This deck turns Monaco off (`monaco: false` in slides.md), so nothing imports it:
 * leaving it out saves about a third of a cold start's CPU. Runs after Slidev has set its list.
 */
export function skipMonacoDeps(): Plugin {
  return {
    name: 'deck-skip-monaco-deps',
    enforce: 'post',
    config(config: UserConfig) {
      const include = config.optimizeDeps?.include
      if (include)
        config.optimizeDeps!.include = withoutMonacoDeps(include)
    },
  }
}
