import type { DeckWindow, OpenContext } from '../../scripts/present/open-windows.ts'
import { describe, expect, it } from 'vitest'
import { noBrowserReason, openWindows } from '../../scripts/present/open-windows.ts'

const WINDOWS: readonly DeckWindow[] = [
  { role: 'audience', url: 'http://127.0.0.1:3030/1' },
  { role: 'presenter', url: 'http://127.0.0.1:3030/presenter/1' },
]

/** A system whose browser opener records what it was asked to open, failing for the addresses in `failing`. */
function system(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, failing: readonly string[] = []) {
  const opened: string[] = []
  const context: OpenContext = {
    platform,
    env,
    open: async (url) => {
      if (failing.includes(url))
        throw new Error('Exited with code 3\nmore detail')
      opened.push(url)
    },
  }
  return { context, opened }
}

describe('opening the audience and presenter windows', () => {
  it('opens both and says nothing more when there is a display', async () => {
    const { context, opened } = system('linux', { DISPLAY: ':0' })
    expect(await openWindows(WINDOWS, context)).toEqual([])
    expect(opened).toEqual(WINDOWS.map(deckWindow => deckWindow.url))
  })

  it.each([
    [
      'linux',
      { WAYLAND_DISPLAY: 'wayland-0' },
    ],
    [
      'linux',
      { WSL_DISTRO_NAME: 'Debian' },
    ],
    ['darwin', {}],
    ['win32', {}],
  ] as const)('tries a browser on %s with %j', (platform, env) => {
    expect(noBrowserReason(platform, env)).toBeUndefined()
  })

  it('on Linux without a display opens nothing, says so, and gives the two addresses to open by hand', async () => {
    const { context, opened } = system('linux', { DISPLAY: '', HOME: '/root' })
    expect(await openWindows(WINDOWS, context)).toEqual([
      'present: nothing was opened: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Open these addresses in a browser yourself:',
      'present:   audience   http://127.0.0.1:3030/1',
      'present:   presenter  http://127.0.0.1:3030/presenter/1',
    ])
    expect(opened).toEqual([])
  })

  it('when the browser cannot be started, says which window did not open and why', async () => {
    const { context } = system('darwin', {}, [WINDOWS[1]!.url])
    expect(await openWindows(WINDOWS, context)).toEqual([
      'present: the presenter window was not opened: the browser could not be started (Exited with code 3). Open this address in a browser yourself:',
      'present:   presenter  http://127.0.0.1:3030/presenter/1',
    ])
  })

  it('when no window opens, says nothing was opened', async () => {
    const { context } = system('win32', {}, WINDOWS.map(deckWindow => deckWindow.url))
    expect((await openWindows(WINDOWS, context))[0]).toBe('present: nothing was opened: the browser could not be started (Exited with code 3). Open these addresses in a browser yourself:')
  })
})
