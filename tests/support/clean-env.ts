import process from 'node:process'

// Vitest mirrors Vite's import.meta.env into process.env (BASE_URL, MODE, DEV, PROD, SSR), and every
// command a test starts inherits it: a `slidev export` started with PROD set to '' printed its slides
// without their clicks. The commands must run as a user's shell runs them.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'])
  delete process.env[name]
