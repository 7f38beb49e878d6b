import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['tests/support/clean-env.ts', 'tests/support/remove-temporary-dirs.ts'],
    reporters: ['default'],
    // One file per core, at least two (vitest's default leaves a core free). On this 2-core machine the
    // suite keeps both busy: 2 workers 194 s, 3 workers 203 s.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure modules: a worker runs file after file instead of starting afresh for each.
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Slidev updates a window some time after a key press or a route change; longer on a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
})
