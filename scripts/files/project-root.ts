import { resolve } from 'node:path'

/** The project's folder, wherever the command is run from. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')
