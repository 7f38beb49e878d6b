import type { Plugin } from 'vite'

/**
 * Slidev's print page (`/print`), which the export prints through, in a plain build (docs/workarounds.md). Slidev
 * gates it with an undocumented flag: if an update renames it, the export tests, which print through it, fail.
 */
export function printPageInBuild(): Plugin {
  return {
    name: 'deck-print-page-in-build',
    enforce: 'post',
    config: (_config, env) => env.command === 'build' ? { define: { __SLIDEV_FEATURE_PRINT__: 'true' } } : undefined,
  }
}
