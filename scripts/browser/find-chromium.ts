import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'

const CHROMIUM_ENV = 'CHROMIUM_PATH'
const WELL_KNOWN_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

export interface ChromiumLookup {
  env?: string | undefined
  candidates?: readonly string[]
  exists?: (path: string) => boolean
  playwrightPath?: () => string
}

/** Loaded only when asked: every command reports a missing Chromium, and most never launch one. */
function playwrightsOwnChromium(): string {
  const { chromium } = createRequire(import.meta.url)('playwright-chromium') as typeof import('playwright-chromium')
  return chromium.executablePath()
}

export function findChromium(lookup: ChromiumLookup = {}): string {
  const exists = lookup.exists ?? existsSync
  const env = lookup.env ?? process.env[CHROMIUM_ENV]
  if (env) {
    if (!exists(env))
      throw new ChromiumNotFoundError(`${CHROMIUM_ENV}=${env} names no file. Point ${CHROMIUM_ENV} at a Chromium binary (e.g. /usr/bin/chromium) or unset it.`)
    return env
  }
  const candidates = lookup.candidates ?? WELL_KNOWN_CHROMIUM_PATHS
  const found = candidates.find(path => exists(path))
  if (found)
    return found
  const playwrightPath = (lookup.playwrightPath ?? playwrightsOwnChromium)()
  if (playwrightPath && exists(playwrightPath))
    return playwrightPath
  throw new ChromiumNotFoundError(`No Chromium found (tried ${candidates.join(', ')} and Playwright's own browser). `
    + `Install one: apt-get install -y chromium, or set ${CHROMIUM_ENV}=/path/to/chromium.`)
}
