import process from 'node:process'
import open from 'open'

export interface DeckWindow { readonly role: 'audience' | 'presenter', readonly url: string }

export interface OpenContext {
  readonly platform: NodeJS.Platform
  readonly env: NodeJS.ProcessEnv
  /** Opens an address in the system's browser; rejects when it cannot. */
  readonly open: (url: string) => Promise<unknown>
}

const SYSTEM: OpenContext = { platform: process.platform, env: process.env, open }

/**
 * Why no browser can be opened here, if none can. On Linux a browser needs a display; `open` starts xdg-open regardless
 * and cannot tell that it failed. WSL opens the Windows browser, which needs no Linux display.
 */
export function noBrowserReason(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | undefined {
  const headless = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.WSL_DISTRO_NAME
  return headless ? 'this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' : undefined
}

/**
 * Opens each window in the system's browser; returns the lines to print, none when every window opened, else what did
 * not open, why, and the addresses to open by hand.
 */
export async function openWindows(windows: readonly DeckWindow[], context: OpenContext = SYSTEM): Promise<string[]> {
  let reason = noBrowserReason(context.platform, context.env)
  const missed = reason ? [...windows] : []
  if (!reason) {
    for (const deckWindow of windows) {
      try {
        await context.open(deckWindow.url)
      }
      catch (error) {
        missed.push(deckWindow)
        const message = error instanceof Error ? error.message : String(error)
        reason = `the browser could not be started (${message.split('\n')[0]})`
      }
    }
  }
  if (missed.length === 0)
    return []
  const what = missed.length === windows.length
    ? 'nothing was opened'
    : `the ${missed.map(deckWindow => deckWindow.role).join(' and ')} window was not opened`
  const these = missed.length === 1 ? 'this address' : 'these addresses'
  return [
    `present: ${what}: ${reason}. Open ${these} in a browser yourself:`,
    ...missed.map(deckWindow => `present:   ${deckWindow.role.padEnd(9)}  ${deckWindow.url}`),
  ]
}
