import process from 'node:process'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'

// Vitest mirrors Vite's import.meta.env into process.env (BASE_URL, MODE, DEV, PROD, SSR), and every
// command a test starts inherits it: a `slidev export` started with PROD set to '' printed its slides
// without their clicks. The commands must run as a user's shell runs them.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'])
  delete process.env[name]

// The tests run each command as `npm run <command>` typed in the project's folder, which npm keeps in INIT_CWD and the
// commands read a relative --data, --out, --dist or --dir from: the suite's own INIT_CWD is wherever `npm test` was
// typed (`cd tests && npm test` read `--out usb` as tests/usb), or another project's under an outer npm.
process.env.INIT_CWD = PROJECT_ROOT
