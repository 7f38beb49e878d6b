import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['tests/support/remove-temporary-dirs.ts'],
    reporters: ['default'],
    // Two files at a time, even on two cores: a browser file spends much of its time waiting on Chromium or a build.
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure modules: a worker runs file after file instead of starting afresh for each.
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'deck/**/*.test.ts'],
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
        },
      },
    ],
  },
})
