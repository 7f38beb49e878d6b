import type { Plugin } from 'vite'

/**
 * The export prints every slide in one pass through Slidev's print page (`/print`), which a plain
 * `slidev build` leaves out unless `download` is set (and then the build also prints its own PDF).
 * Slidev gates the page with this compile-time flag, which it does not document: if a Slidev update
 * renames it, the export tests (tests/browser/export.test.ts), which print through /print, fail.
 */
const PRINT_FEATURE_FLAG = '__SLIDEV_FEATURE_PRINT__'

export function printPageInBuild(): Plugin {
  return {
    name: 'deck-print-page-in-build',
    enforce: 'post',
    config: (_config, env) => env.command === 'build' ? { define: { [PRINT_FEATURE_FLAG]: 'true' } } : undefined,
  }
}
