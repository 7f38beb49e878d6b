import type { Plugin, UserConfig } from 'vite'

/** Monaco's TypeScript (8 MB) and its type acquisition; only Monaco and its code runners import them. */
const MONACO_DEPS = /(?:^|[\s>])(?:typescript|@typescript\/ata)$/

export const withoutMonacoDeps = (include: readonly string[]): string[] => include.filter(id => !MONACO_DEPS.test(id))

/** Slidev pre-bundles Monaco's TypeScript at every cold dev start even with `monaco: false` (docs/workarounds.md). */
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
