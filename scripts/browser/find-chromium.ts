import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

export const CHROMIUM_ENV = 'CHROMIUM_PATH'
export const WELL_KNOWN_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
]

export class ChromiumNotFoundError extends Error {
  constructor(tried: readonly string[]) {
    super(
      `No Chromium found (tried $${CHROMIUM_ENV}, ${tried.join(', ')} and Playwright's own browser). `
      + `Install one: apt-get install -y chromium, or set ${CHROMIUM_ENV}=/path/to/chromium.`,
    )
    this.name = 'ChromiumNotFoundError'
  }
}

export interface ChromiumLookup {
  env?: string | undefined
  candidates?: readonly string[]
  exists?: (path: string) => boolean
  playwrightPath?: () => string
}

/** Env override first, then well-known install paths, then Playwright's own download. */
export function findChromium(lookup: ChromiumLookup = {}): string {
  const exists = lookup.exists ?? existsSync
  const env = lookup.env ?? process.env[CHROMIUM_ENV]
  if (env) {
    if (!exists(env))
      throw new ChromiumNotFoundError([`${CHROMIUM_ENV}=${env} (no such file)`])
    return env
  }
  const candidates = lookup.candidates ?? WELL_KNOWN_CHROMIUM_PATHS
  const found = candidates.find(path => exists(path))
  if (found)
    return found
  const playwrightPath = (lookup.playwrightPath ?? (() => chromium.executablePath()))()
  if (playwrightPath && exists(playwrightPath))
    return playwrightPath
  throw new ChromiumNotFoundError(candidates)
}
